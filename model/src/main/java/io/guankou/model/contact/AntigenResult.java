package io.guankou.model.contact;

/** Result of a rapid antigen test reported in a contact. */
public enum AntigenResult { NOT_TESTED, NEGATIVE, POSITIVE }
