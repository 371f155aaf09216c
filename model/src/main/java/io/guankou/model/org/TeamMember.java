package io.guankou.model.org;

import io.guankou.model.sync.RecordMeta;

/** A member of a responsibility team; {@code medical} marks health-centre and village doctors. */
public record TeamMember(long id, RecordMeta meta, String name, TeamRole role, String phone, boolean medical) {
}
