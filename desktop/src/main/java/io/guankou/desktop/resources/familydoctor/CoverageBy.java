package io.guankou.desktop.resources.familydoctor;

/** Whether the contract coverage is shown per village or per family-doctor team. */
public enum CoverageBy {
    VILLAGE,
    TEAM
}
