package io.guankou.model.place.rules;

import io.guankou.model.org.TeamRole;

/**
 * A member of a responsibility team as the form holds it.
 *
 * @param id      the member's row id, 0 for a new member
 * @param teamId  the team
 * @param role    null when not chosen
 * @param phone   "" for none
 * @param medical a doctor or nurse: the team needs at least one (DOMAIN.md §1)
 */
public record MemberEdit(long id, long teamId, String name, TeamRole role, String phone, boolean medical) {

    public MemberEdit {
        name = PlaceNameRule.normalize(name);
        phone = phone == null ? "" : phone.strip();
    }

    public boolean isNew() {
        return id == 0;
    }
}
