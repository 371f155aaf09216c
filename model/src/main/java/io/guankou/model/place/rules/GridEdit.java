package io.guankou.model.place.rules;

/**
 * A grid as the editor's form holds it.
 *
 * @param id        the grid's row id, 0 for a new grid
 * @param villageId its village; null when not chosen
 * @param teamId    the responsibility team serving it; null for none yet
 */
public record GridEdit(long id, Long villageId, String name, Long teamId) {

    public GridEdit {
        name = PlaceNameRule.normalize(name);
    }

    public boolean isNew() {
        return id == 0;
    }
}
