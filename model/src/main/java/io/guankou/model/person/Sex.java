package io.guankou.model.person;

public enum Sex { MALE, FEMALE }
