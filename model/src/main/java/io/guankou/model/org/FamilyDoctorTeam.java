package io.guankou.model.org;

import io.guankou.model.sync.RecordMeta;

/** A family-doctor team, based at a facility. */
public record FamilyDoctorTeam(long id, RecordMeta meta, String name, Long facilityId, String leader) {
}
