package io.guankou.model.contact;

/**
 * What a contact does to the person's infection episode: nothing, start home treatment (a positive test,
 * treated at home) or end the observation of the open episode.
 */
public enum EpisodeChange { NONE, START_HOME_TREATMENT, END_OBSERVATION }
