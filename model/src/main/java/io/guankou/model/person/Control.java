package io.guankou.model.person;

/** Whether a comorbidity is under control (稳定 / 不稳定). */
public enum Control { STABLE, UNSTABLE }
