package io.guankou.persistence.oximeter;


import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderRef;
import io.guankou.persistence.jooq.tables.records.OximeterMoveRecord;
import io.guankou.persistence.jooq.tables.records.OximeterRecord;

/**
 * The holder of a device or history row as stored: the kind and the one reference column it names; the other
 * reference columns are written NULL and never read (V8).
 */
final class HolderColumns {

    private HolderColumns() {
    }

    static void set(OximeterRecord r, HolderRef h) {
        r.setHolderKind(h.kind().name());
        r.setFacilityId(h.kind() == HolderKind.FACILITY ? h.id() : null);
        r.setVillageId(h.kind() == HolderKind.VILLAGE ? h.id() : null);
        r.setFamilyDoctorTeamId(h.kind() == HolderKind.FAMILY_DOCTOR_TEAM ? h.id() : null);
        r.setResponsibilityTeamId(h.kind() == HolderKind.RESPONSIBILITY_TEAM ? h.id() : null);
        r.setPersonId(h.kind() == HolderKind.PERSON ? h.id() : null);
    }

    static void set(OximeterMoveRecord r, HolderRef h) {
        r.setHolderKind(h.kind().name());
        r.setFacilityId(h.kind() == HolderKind.FACILITY ? h.id() : null);
        r.setVillageId(h.kind() == HolderKind.VILLAGE ? h.id() : null);
        r.setFamilyDoctorTeamId(h.kind() == HolderKind.FAMILY_DOCTOR_TEAM ? h.id() : null);
        r.setResponsibilityTeamId(h.kind() == HolderKind.RESPONSIBILITY_TEAM ? h.id() : null);
        r.setPersonId(h.kind() == HolderKind.PERSON ? h.id() : null);
    }

    static HolderRef of(OximeterRecord r) {
        return ref(r.getHolderKind(), r.getFacilityId(), r.getVillageId(), r.getFamilyDoctorTeamId(),
                r.getResponsibilityTeamId(), r.getPersonId());
    }

    static HolderRef of(OximeterMoveRecord r) {
        return ref(r.getHolderKind(), r.getFacilityId(), r.getVillageId(), r.getFamilyDoctorTeamId(),
                r.getResponsibilityTeamId(), r.getPersonId());
    }

    private static HolderRef ref(String kindText, Long facility, Long village, Long doctorTeam, Long team,
                                 Long person) {
        HolderKind kind = HolderKind.valueOf(kindText);
        switch (kind) {
            case FACILITY:
                return HolderRef.of(kind, facility);
            case VILLAGE:
                return HolderRef.of(kind, village);
            case FAMILY_DOCTOR_TEAM:
                return HolderRef.of(kind, doctorTeam);
            case RESPONSIBILITY_TEAM:
                return HolderRef.of(kind, team);
            case PERSON:
                return HolderRef.of(kind, person);
            default:
                return HolderRef.stock();
        }
    }
}
