package io.guankou.model.meeting;

/** The fields of the item form and the closing form that a problem can point at. */
public enum ActionField { KIND, TEXT, OWNER, DUE, LINK, OUTCOME }
