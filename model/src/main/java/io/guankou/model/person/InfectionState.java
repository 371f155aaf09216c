package io.guankou.model.person;

/** Never infected, in the course of illness, recovered. */
public enum InfectionState { NEVER, INFECTED, RECOVERED }
