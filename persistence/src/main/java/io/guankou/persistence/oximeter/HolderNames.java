package io.guankou.persistence.oximeter;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderRef;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Names of every holder (removed places too: a device's history may name them), read once per load. */
final class HolderNames {

    private final Map<HolderKind, Map<Long, String>> names = new EnumMap<>(HolderKind.class);
    private final Map<Long, String> residentIds = new HashMap<>();
    private final Map<Long, Long> personVillages = new HashMap<>();
    private final Map<Long, String> villages = new HashMap<>();

    static HolderNames read(DSLContext dsl) {
        HolderNames n = new HolderNames();
        n.names.put(HolderKind.FACILITY, dsl.select(FACILITY.ID, FACILITY.NAME).from(FACILITY)
                .fetchMap(FACILITY.ID, FACILITY.NAME));
        n.names.put(HolderKind.VILLAGE, dsl.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE)
                .fetchMap(VILLAGE.ID, VILLAGE.NAME));
        n.villages.putAll(n.names.get(HolderKind.VILLAGE));
        n.names.put(HolderKind.FAMILY_DOCTOR_TEAM, dsl.select(FAMILY_DOCTOR_TEAM.ID, FAMILY_DOCTOR_TEAM.NAME)
                .from(FAMILY_DOCTOR_TEAM).fetchMap(FAMILY_DOCTOR_TEAM.ID, FAMILY_DOCTOR_TEAM.NAME));
        n.names.put(HolderKind.RESPONSIBILITY_TEAM, dsl.select(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.NAME)
                .from(RESPONSIBILITY_TEAM).fetchMap(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.NAME));
        Map<Long, String> persons = new HashMap<>();
        // only the persons who hold or held a device: the ledger may have 100,000
        dsl.select(PERSON.ID, PERSON.NAME, PERSON.RESIDENT_ID, PERSON.VILLAGE_ID).from(PERSON)
                .where(PERSON.ID.in(OximeterQueries.personsWithDevices()))
                .forEach(r -> {
                    persons.put(r.get(PERSON.ID), r.get(PERSON.NAME));
                    n.residentIds.put(r.get(PERSON.ID), r.get(PERSON.RESIDENT_ID));
                    n.personVillages.put(r.get(PERSON.ID), r.get(PERSON.VILLAGE_ID));
                });
        n.names.put(HolderKind.PERSON, persons);
        return n;
    }

    /** The holder's name; null for the stock (views say "stock") and for a row no longer there. */
    String name(HolderRef h) {
        return h.isStock() ? null : names.get(h.kind()).get(h.id());
    }

    String residentId(HolderRef h) {
        return h.isPerson() ? residentIds.get(h.id()) : null;
    }

    String villageOfPerson(HolderRef h) {
        Long village = h.isPerson() ? personVillages.get(h.id()) : null;
        return village == null ? null : villages.get(village);
    }

    String village(Long id) {
        return id == null ? null : villages.get(id);
    }
}
