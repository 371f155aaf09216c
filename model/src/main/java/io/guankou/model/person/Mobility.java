package io.guankou.model.person;

/** Disability / mobility: 正常, 行动不便, 失能, 卧床. */
public enum Mobility {
    NORMAL, LIMITED, DISABLED, BEDRIDDEN;

    /** Oximeters may go to people who cannot move about easily (DOMAIN.md §6). */
    public boolean isImpaired() {
        return this != NORMAL;
    }
}
