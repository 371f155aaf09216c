package io.guankou.persistence.meeting;

import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.org.FacilityType;

/** A facility in the daily entry form, with the day's entry if one was made (null otherwise). */
public record DailyEntryFacility(long facilityId, String name, FacilityType type, boolean feverClinic, FacilityDay entry) {
}
