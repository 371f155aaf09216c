package io.guankou.persistence.ledger;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Departure;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.model.person.TierOverride;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Converts between a {@link Person} and its row, and names its fields for the change history. */
public final class PersonRows {

    private PersonRows() {
    }

    public static Person toPerson(PersonRecord r, List<Comorbidity> comorbidities) {
        TierOverride override = r.getOverrideTier() == null ? null
                : new TierOverride(Tier.valueOf(r.getOverrideTier()), r.getOverrideBy(),
                        SqlText.instant(r.getOverrideAt()), r.getOverrideReason());
        Departure departure = r.getDepartureReason() == null ? null
                : new Departure(Departure.Reason.valueOf(r.getDepartureReason()), SqlText.date(r.getDepartureDate()));
        return Person.builder()
                .id(r.getId())
                .meta(Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(), r.getRevision(), r.getDeleted()))
                .name(r.getName())
                .residentId(r.getResidentId())
                .sex(Sex.valueOf(r.getSex()))
                .birthDate(SqlText.date(r.getBirthDate()))
                .phone(r.getPhone())
                .emergencyContactName(r.getEmergencyContactName())
                .emergencyContactPhone(r.getEmergencyContactPhone())
                .villageId(r.getVillageId())
                .gridId(r.getGridId())
                .householdId(r.getHouseholdId())
                .address(r.getAddress())
                .livingSituations(SqlText.enumSet(LivingSituation.class, r.getLivingSituations()))
                .mobility(Mobility.valueOf(r.getMobility()))
                .comorbidities(comorbidities)
                .vaccination(Vaccination.valueOf(r.getVaccination()))
                .infection(InfectionState.valueOf(r.getInfection()))
                .infectionDate(SqlText.date(r.getInfectionDate()))
                .pregnant(Boolean.TRUE.equals(r.getPregnant()))
                .familyDoctorTeamId(r.getFamilyDoctorTeamId())
                .familyDoctorContractDate(SqlText.date(r.getFamilyDoctorContractDate()))
                .responsibilityTeamId(r.getResponsibilityTeamId())
                .oximeterSerial(r.getOximeterSerial())
                .healthPackIssued(SqlText.date(r.getHealthPackIssued()))
                .tierOverride(override)
                .departure(departure)
                .build();
    }

    /** Writes the ledger fields of a person into a row; meta columns and the computed tier are the caller's. */
    public static void fill(PersonRecord r, Person p) {
        r.setName(p.name());
        r.setResidentId(p.residentId());
        r.setSex(SqlText.name(p.sex()));
        r.setBirthDate(SqlText.date(p.birthDate()));
        r.setPhone(p.phone());
        r.setEmergencyContactName(p.emergencyContactName());
        r.setEmergencyContactPhone(p.emergencyContactPhone());
        r.setVillageId(p.villageId());
        r.setGridId(p.gridId());
        r.setHouseholdId(p.householdId());
        r.setAddress(p.address());
        r.setLivingSituations(SqlText.enumSet(p.livingSituations()));
        r.setMobility(SqlText.name(p.mobility()));
        r.setVaccination(SqlText.name(p.vaccination()));
        r.setInfection(SqlText.name(p.infection()));
        r.setInfectionDate(SqlText.date(p.infectionDate()));
        r.setPregnant(p.pregnant());
        r.setFamilyDoctorTeamId(p.familyDoctorTeamId());
        r.setFamilyDoctorContractDate(SqlText.date(p.familyDoctorContractDate()));
        r.setResponsibilityTeamId(p.responsibilityTeamId());
        r.setOximeterSerial(p.oximeterSerial());
        r.setHealthPackIssued(SqlText.date(p.healthPackIssued()));
        TierOverride o = p.tierOverride();
        r.setOverrideTier(o == null ? null : o.tier().name());
        r.setOverrideBy(o == null ? null : o.by());
        r.setOverrideAt(o == null ? null : SqlText.instant(o.at()));
        r.setOverrideReason(o == null ? null : o.reason());
        Departure d = p.departure();
        r.setDepartureReason(d == null ? null : d.reason().name());
        r.setDepartureDate(d == null ? null : SqlText.date(d.date()));
    }

    /**
     * Every ledger field of a person as the text the history stores, in form order. Field names are
     * the {@link Person} component names, so a view can label them from its resource bundle.
     */
    public static Map<String, String> fieldTexts(Person p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", p.name());
        f.put("residentId", p.residentId());
        f.put("sex", SqlText.name(p.sex()));
        f.put("birthDate", SqlText.date(p.birthDate()));
        f.put("phone", p.phone());
        f.put("emergencyContactName", p.emergencyContactName());
        f.put("emergencyContactPhone", p.emergencyContactPhone());
        f.put("villageId", Long.toString(p.villageId()));
        f.put("gridId", Objects.toString(p.gridId(), null));
        f.put("householdId", Objects.toString(p.householdId(), null));
        f.put("address", p.address());
        f.put("livingSituations", SqlText.enumSet(p.livingSituations()));
        f.put("mobility", SqlText.name(p.mobility()));
        f.put("comorbidities", comorbidityText(p.comorbidities()));
        f.put("vaccination", SqlText.name(p.vaccination()));
        f.put("infection", SqlText.name(p.infection()));
        f.put("infectionDate", SqlText.date(p.infectionDate()));
        f.put("pregnant", Boolean.toString(p.pregnant()));
        f.put("familyDoctorTeamId", Objects.toString(p.familyDoctorTeamId(), null));
        f.put("familyDoctorContractDate", SqlText.date(p.familyDoctorContractDate()));
        f.put("responsibilityTeamId", Objects.toString(p.responsibilityTeamId(), null));
        f.put("oximeterSerial", p.oximeterSerial());
        f.put("healthPackIssued", SqlText.date(p.healthPackIssued()));
        f.put("tierOverride", overrideText(p.tierOverride()));
        f.put("departure", departureText(p.departure()));
        return f;
    }

    /** Comorbidities as "DISEASE:CONTROL" in disease order, e.g. {@code HYPERTENSION:STABLE,DIABETES:UNSTABLE}. */
    public static String comorbidityText(List<Comorbidity> comorbidities) {
        if (comorbidities.isEmpty()) {
            return null;
        }
        return comorbidities.stream().sorted(Comparator.comparing(Comorbidity::disease))
                .map(c -> c.disease().name() + ":" + c.control().name()).collect(Collectors.joining(","));
    }

    /** Override as "TIER|by|at|reason": the three facts the notice asks for, next to the tier. */
    public static String overrideText(TierOverride o) {
        return o == null ? null : o.tier().name() + "|" + o.by() + "|" + SqlText.instant(o.at()) + "|" + o.reason();
    }

    static String departureText(Departure d) {
        return d == null ? null : d.reason().name() + "|" + SqlText.date(d.date());
    }

    /**
     * The history rows a save writes: for a new person ({@code before == null}) every field that has a value,
     * otherwise every field whose text changed, the computed tier included; in form order.
     */
    static List<FieldChange> changes(Person before, String beforeTier, Person after, String afterTier) {
        Map<String, String> oldFields = before == null ? Map.of() : fieldTexts(before);
        Map<String, String> newFields = fieldTexts(after);
        newFields.put(FieldChange.COMPUTED_TIER, afterTier);
        List<FieldChange> out = new ArrayList<>();
        for (Map.Entry<String, String> f : newFields.entrySet()) {
            String old = f.getKey().equals(FieldChange.COMPUTED_TIER) ? beforeTier : oldFields.get(f.getKey());
            boolean write = before == null ? f.getValue() != null : !Objects.equals(old, f.getValue());
            if (write) {
                out.add(new FieldChange(f.getKey(), before == null ? null : old, f.getValue()));
            }
        }
        return out;
    }
}
