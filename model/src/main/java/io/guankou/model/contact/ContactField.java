package io.guankou.model.contact;

/** The fields of the contact form that can be refused. */
public enum ContactField { AT, MADE_BY, MODE, TEMPERATURE, SPO2 }
