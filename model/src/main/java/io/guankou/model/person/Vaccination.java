package io.guankou.model.person;

/** COVID vaccination: none, incomplete, complete, booster. */
public enum Vaccination {
    NONE, INCOMPLETE, COMPLETE, BOOSTER;

    public boolean isComplete() {
        return this == COMPLETE || this == BOOSTER;
    }
}
