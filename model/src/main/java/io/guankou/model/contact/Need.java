package io.guankou.model.contact;

/** What a person says they need (DOMAIN.md §4: medicine, transport, help). */
public enum Need { MEDICINE, TRANSPORT, DAILY_HELP, OXIMETER, DOCTOR_VISIT }
