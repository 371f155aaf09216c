package io.guankou.model.org;

import io.guankou.model.sync.RecordMeta;

/** 家庭医生团队, based at a facility. */
public record FamilyDoctorTeam(long id, RecordMeta meta, String name, Long facilityId, String leader) {
}
