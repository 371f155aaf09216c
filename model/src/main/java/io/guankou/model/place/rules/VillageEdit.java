package io.guankou.model.place.rules;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;

/**
 * A village as the editor's form holds it, normalised (spaces around the texts dropped, full-width digits made
 * ASCII); {@link VillageRules} says what is wrong with it.
 *
 * @param id         the village's row id, 0 for a new village
 * @param urbanRural the urban-rural class; null when not chosen
 * @param longitude  as typed, "" for none
 * @param latitude   as typed, "" for none
 */
public record VillageEdit(long id, String code, String name, UrbanRuralClass urbanRural, String longitude,
                          String latitude) {

    public VillageEdit {
        code = VillageCodeRule.normalize(code);
        name = PlaceNameRule.normalize(name);
        longitude = CoordinateRule.normalize(longitude);
        latitude = CoordinateRule.normalize(latitude);
    }

    public boolean isNew() {
        return id == 0;
    }

    /** The village's point; null for none. Only for an edit {@link VillageRules} accepts. */
    public GeoPoint centroid() {
        return CoordinateRule.point(longitude, latitude);
    }
}
