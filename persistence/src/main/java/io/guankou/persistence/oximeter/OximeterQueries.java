package io.guankou.persistence.oximeter;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.OXIMETER;
import static io.guankou.persistence.jooq.Tables.OXIMETER_MOVE;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.oximeter.Candidate;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderNeed;
import io.guankou.model.oximeter.HolderRef;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.OximeterRules;
import io.guankou.model.org.FacilityType;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Tier;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.OximeterRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * Reads the {@link OximeterOverview}. Need (issue 13) counts the active red and yellow persons of a village, and among
 * them those 65 or older who cannot move about easily ({@code Mobility.isImpaired}) and have no working device at
 * home (nor a serial in the ledger that is no device here: one from elsewhere), at the holder that issues devices to
 * their homes: the village's health station or clinic (the first one, by id), or its committee when it has none.
 * The other holders carry no need, so no person is counted twice. "At risk of severe illness" is read as the red or
 * yellow tier.
 */
final class OximeterQueries {

    /** 65 or older (DOMAIN.md §6). */
    static final int AT_RISK_AGE = 65;

    private OximeterQueries() {
    }

    static Select<Record1<Long>> personsWithDevices() {
        return org.jooq.impl.DSL.select(OXIMETER.PERSON_ID).from(OXIMETER).where(OXIMETER.PERSON_ID.isNotNull())
                .union(org.jooq.impl.DSL.select(OXIMETER_MOVE.PERSON_ID).from(OXIMETER_MOVE)
                        .where(OXIMETER_MOVE.PERSON_ID.isNotNull()));
    }

    static OximeterOverview overview(DSLContext dsl, OximeterRules rules, LocalDate today) {
        HolderNames names = HolderNames.read(dsl);
        Map<Long, Long> facilityVillage = new HashMap<>();
        Map<Long, Long> teamVillage = new HashMap<>();
        List<Holder> holders = holders(dsl, facilityVillage, teamVillage);

        List<DeviceEntry> devices = new ArrayList<>();
        for (OximeterRecord r : dsl.selectFrom(OXIMETER).where(OXIMETER.DELETED.isFalse())
                .orderBy(OXIMETER.SERIAL, OXIMETER.ID).fetch()) {
            HolderRef h = HolderColumns.of(r);
            String village;
            switch (h.kind()) {
                case FACILITY:
                    village = names.village(facilityVillage.get(h.id()));
                    break;
                case VILLAGE:
                    village = names.village(h.id());
                    break;
                case RESPONSIBILITY_TEAM:
                    village = names.village(teamVillage.get(h.id()));
                    break;
                case PERSON:
                    village = names.villageOfPerson(h);
                    break;
                default:
                    village = null;
            }
            devices.add(entry(r, h, names.name(h), names.residentId(h), village));
        }
        Map<HolderRef, Integer> working = new HashMap<>();
        int inStock = 0;
        for (DeviceEntry d : devices) {
            if (d.condition() == DeviceCondition.WORKING) {
                working.merge(d.holder(), 1, Integer::sum);
                if (d.holder().isStock()) {
                    inStock++;
                }
            }
        }
        Map<HolderRef, HolderNeed> needs = needs(dsl, holders, devices, today);

        List<HolderStock> stocks = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Holder h : holders) {
            int held = working.getOrDefault(h.ref(), 0);
            int minimum = rules.minimum(h.type());
            stocks.add(new HolderStock(h.ref(), h.type(), h.name(), h.villageId(), names.village(h.villageId()), held,
                    minimum));
            candidates.add(new Candidate(h.ref(), h.type(), h.name(), held, minimum,
                    needs.getOrDefault(h.ref(), HolderNeed.NONE)));
        }
        List<DeviceEntry> overdue = devices.stream()
                .filter(d -> d.atHome() && d.condition() == DeviceCondition.WORKING
                        && rules.isReturnOverdue(d.heldSince(), today))
                .sorted(Comparator.comparing(DeviceEntry::heldSince).thenComparing(DeviceEntry::serial))
                .toList();
        return new OximeterOverview(today, rules, stocks, candidates, devices, inStock, overdue);
    }

    /** A holder with a minimum: its reference, type, name and village (null: serves the township). */
    record Holder(HolderRef ref, HolderType type, String name, Long villageId) {
    }

    /** Facilities, committees, family-doctor teams and responsibility teams not removed, by holder type then id. */
    static List<Holder> holders(DSLContext dsl, Map<Long, Long> facilityVillage, Map<Long, Long> teamVillage) {
        List<Holder> out = new ArrayList<>();
        dsl.select(FACILITY.ID, FACILITY.TYPE, FACILITY.NAME, FACILITY.VILLAGE_ID).from(FACILITY)
                .where(FACILITY.DELETED.isFalse()).orderBy(FACILITY.ID).forEach(r -> {
                    facilityVillage.put(r.get(FACILITY.ID), r.get(FACILITY.VILLAGE_ID));
                    out.add(new Holder(HolderRef.of(HolderKind.FACILITY, r.get(FACILITY.ID)),
                            HolderType.of(FacilityType.valueOf(r.get(FACILITY.TYPE))), r.get(FACILITY.NAME),
                            r.get(FACILITY.VILLAGE_ID)));
                });
        dsl.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE).where(VILLAGE.DELETED.isFalse()).orderBy(VILLAGE.ID)
                .forEach(r -> out.add(new Holder(HolderRef.of(HolderKind.VILLAGE, r.get(VILLAGE.ID)),
                        HolderType.COMMITTEE, r.get(VILLAGE.NAME), r.get(VILLAGE.ID))));
        dsl.select(FAMILY_DOCTOR_TEAM.ID, FAMILY_DOCTOR_TEAM.NAME).from(FAMILY_DOCTOR_TEAM)
                .where(FAMILY_DOCTOR_TEAM.DELETED.isFalse()).orderBy(FAMILY_DOCTOR_TEAM.ID)
                .forEach(r -> out.add(new Holder(HolderRef.of(HolderKind.FAMILY_DOCTOR_TEAM,
                        r.get(FAMILY_DOCTOR_TEAM.ID)), HolderType.FAMILY_DOCTOR_TEAM, r.get(FAMILY_DOCTOR_TEAM.NAME),
                        null)));
        dsl.select(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.NAME, RESPONSIBILITY_TEAM.VILLAGE_ID)
                .from(RESPONSIBILITY_TEAM).where(RESPONSIBILITY_TEAM.DELETED.isFalse()).orderBy(RESPONSIBILITY_TEAM.ID)
                .forEach(r -> {
                    teamVillage.put(r.get(RESPONSIBILITY_TEAM.ID), r.get(RESPONSIBILITY_TEAM.VILLAGE_ID));
                    out.add(new Holder(HolderRef.of(HolderKind.RESPONSIBILITY_TEAM, r.get(RESPONSIBILITY_TEAM.ID)),
                            HolderType.RESPONSIBILITY_TEAM, r.get(RESPONSIBILITY_TEAM.NAME),
                            r.get(RESPONSIBILITY_TEAM.VILLAGE_ID)));
                });
        out.sort(Comparator.comparing(Holder::type)); // stable: by id within a type
        return out;
    }

    /** Red, yellow and 65+ at-risk persons without a device at home, per village, at the holder that issues. */
    private static Map<HolderRef, HolderNeed> needs(DSLContext dsl, List<Holder> holders, List<DeviceEntry> devices,
                                                    LocalDate today) {
        Map<Long, HolderRef> issuer = new HashMap<>();
        for (Holder h : holders) {
            if (h.villageId() != null && h.ref().kind() == HolderKind.FACILITY
                    && (h.type() == HolderType.VILLAGE_CLINIC || h.type() == HolderType.HEALTH_STATION)) {
                issuer.putIfAbsent(h.villageId(), h.ref());
            }
        }
        for (Holder h : holders) {
            if (h.type() == HolderType.COMMITTEE) {
                issuer.putIfAbsent(h.villageId(), h.ref());
            }
        }
        Set<Long> withDevice = new HashSet<>();
        Set<String> serials = new HashSet<>();
        for (DeviceEntry d : devices) {
            serials.add(d.serial());
            if (d.atHome() && d.condition() == DeviceCondition.WORKING) {
                withDevice.add(d.holder().id());
            }
        }
        String born65 = SqlText.date(today.minusYears(AT_RISK_AGE));
        Map<HolderRef, int[]> counts = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.VILLAGE_ID, PERSON.BIRTH_DATE, PERSON.MOBILITY, PERSON.COMPUTED_TIER,
                        PERSON.OVERRIDE_TIER, PERSON.OXIMETER_SERIAL)
                .from(PERSON)
                .where(PERSON.DELETED.isFalse()).and(PERSON.DEPARTURE_REASON.isNull())
                .forEach(r -> {
                    HolderRef at = issuer.get(r.get(PERSON.VILLAGE_ID));
                    if (at == null) {
                        return;
                    }
                    String tierText = r.get(PERSON.OVERRIDE_TIER) != null ? r.get(PERSON.OVERRIDE_TIER)
                            : r.get(PERSON.COMPUTED_TIER);
                    Tier tier = Tier.valueOf(tierText);
                    if (tier == Tier.GREEN) {
                        return;
                    }
                    int[] c = counts.computeIfAbsent(at, k -> new int[3]);
                    c[tier == Tier.RED ? 0 : 1]++;
                    String serial = r.get(PERSON.OXIMETER_SERIAL);
                    // a serial in the ledger that is no device here is one the person got elsewhere
                    boolean hasOne = withDevice.contains(r.get(PERSON.ID))
                            || serial != null && !serial.isBlank() && !serials.contains(serial);
                    boolean old = r.get(PERSON.BIRTH_DATE).compareTo(born65) <= 0;
                    if (old && !hasOne && Mobility.valueOf(r.get(PERSON.MOBILITY)).isImpaired()) {
                        c[2]++;
                    }
                });
        Map<HolderRef, HolderNeed> out = new HashMap<>();
        counts.forEach((h, c) -> out.put(h, new HolderNeed(c[0], c[1], c[2])));
        return out;
    }

    static DeviceEntry entry(OximeterRecord r, HolderRef h, String holderName, String residentId, String village) {
        return new DeviceEntry(r.getId(), r.getSerial(), DeviceCondition.valueOf(r.getCondition()), h, holderName,
                residentId, village, SqlText.date(r.getHeldSince()), SqlText.date(r.getDeliveredOn()),
                r.getReturnedOn() == null ? null : SqlText.date(r.getReturnedOn()), r.getNote());
    }
}
