package io.guankou.model.person;

/** 从未感染 / 病程中 / 已康复. */
public enum InfectionState { NEVER, INFECTED, RECOVERED }
