package io.guankou.model.person;

/** Whether a comorbidity is under control. */
public enum Control { STABLE, UNSTABLE }
