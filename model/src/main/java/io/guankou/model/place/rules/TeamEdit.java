package io.guankou.model.place.rules;

/**
 * A responsibility team as the editor's form holds it (its members are edited one by one: {@link MemberEdit}).
 *
 * @param id        the team's row id, 0 for a new team
 * @param villageId its village; null when not chosen
 */
public record TeamEdit(long id, Long villageId, String name) {

    public TeamEdit {
        name = PlaceNameRule.normalize(name);
    }

    public boolean isNew() {
        return id == 0;
    }
}
