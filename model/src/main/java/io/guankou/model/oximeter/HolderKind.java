package io.guankou.model.oximeter;

/**
 * Where an oximeter is (DOMAIN.md §6): in the township office's stock (delivered, not yet shared out), at a health
 * facility, a villagers'/residents' committee (the village row), a family-doctor team, a responsibility team, or
 * with a person at home.
 */
public enum HolderKind {
    STOCK, FACILITY, VILLAGE, FAMILY_DOCTOR_TEAM, RESPONSIBILITY_TEAM, PERSON
}
