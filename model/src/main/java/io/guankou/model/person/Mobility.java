package io.guankou.model.person;

/** Disability and mobility: normal, limited, disabled, bedridden (labels in the bundles). */
public enum Mobility {
    NORMAL, LIMITED, DISABLED, BEDRIDDEN;

    /** Oximeters may go to people who cannot move about easily (DOMAIN.md §6). */
    public boolean isImpaired() {
        return this != NORMAL;
    }
}
