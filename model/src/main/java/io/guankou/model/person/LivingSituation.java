package io.guankou.model.person;

/** Living situations offices record (DOMAIN.md §2); a person may have several. */
public enum LivingSituation {
    /** 独居 */
    ALONE,
    /** 孤寡 */
    WIDOWED_CHILDLESS,
    /** 仅与残疾子女同住 */
    WITH_DISABLED_CHILD_ONLY,
    /** 留守 */
    LEFT_BEHIND
}
