package io.guankou.model.place.rules;

import io.guankou.model.org.FacilityType;
import io.guankou.model.place.GeoPoint;

/**
 * A health facility as the editor's form holds it.
 *
 * @param id          the facility's row id, 0 for a new facility
 * @param type        null when not chosen
 * @param villageId   where it stands; null for a township-wide facility
 * @param dutyPhone   the 24-hour duty phone (DOMAIN.md §1), "" for none
 * @param feverClinic whether it runs a fever clinic
 * @param longitude   as typed, "" for none
 * @param latitude    as typed, "" for none
 */
public record FacilityEdit(long id, FacilityType type, String name, Long villageId, String dutyPhone,
                           boolean feverClinic, String longitude, String latitude) {

    public FacilityEdit {
        name = PlaceNameRule.normalize(name);
        dutyPhone = dutyPhone == null ? "" : dutyPhone.strip();
        longitude = CoordinateRule.normalize(longitude);
        latitude = CoordinateRule.normalize(latitude);
    }

    public boolean isNew() {
        return id == 0;
    }

    /** The facility's point; null for none. Only for an edit {@link FacilityRules} accepts. */
    public GeoPoint location() {
        return CoordinateRule.point(longitude, latitude);
    }
}
