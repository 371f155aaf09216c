package io.guankou.model.org;

import io.guankou.model.sync.RecordMeta;
import java.util.List;

/** A responsibility team: serves one or more grids of a village; needs at least one medical member. */
public record ResponsibilityTeam(long id, RecordMeta meta, String name, long villageId, List<TeamMember> members) {
    public ResponsibilityTeam {
        members = List.copyOf(members);
    }

    /** The members in the leader's role ({@link TeamRole#isLeader()}); normally one. */
    public List<TeamMember> leaders() {
        return members.stream().filter(m -> m.role() != null && m.role().isLeader()).toList();
    }

    public boolean hasMedicalMember() {
        return members.stream().anyMatch(TeamMember::medical);
    }
}
