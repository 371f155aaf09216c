package io.guankou.model.person;

/** Living situations offices record (DOMAIN.md §2); a person may have several. */
public enum LivingSituation {
    ALONE,
    WIDOWED_CHILDLESS,
    WITH_DISABLED_CHILD_ONLY,
    LEFT_BEHIND
}
