package io.guankou.model.person;

/** COVID vaccination: 未接种 / 未全程 / 已全程 / 已加强. */
public enum Vaccination {
    NONE, INCOMPLETE, COMPLETE, BOOSTER;

    public boolean isComplete() {
        return this == COMPLETE || this == BOOSTER;
    }
}
