package io.guankou.model.person;

import io.guankou.model.sync.RecordMeta;
import io.guankou.model.person.TierOverride;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the key-population ledger (DOMAIN.md §2).
 * References to places and teams are local row ids; {@code id == 0} means not stored yet.
 * The computed tier is not a field: it is derived from these facts by the tier rules.
 */
public record Person(
        long id,
        RecordMeta meta,
        String name,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String emergencyContactName,
        String emergencyContactPhone,
        long villageId,
        Long gridId,
        Long householdId,
        String address,
        Set<LivingSituation> livingSituations,
        Mobility mobility,
        List<Comorbidity> comorbidities,
        Vaccination vaccination,
        InfectionState infection,
        LocalDate infectionDate,
        boolean pregnant,
        Long familyDoctorTeamId,
        LocalDate familyDoctorContractDate,
        Long responsibilityTeamId,
        String oximeterSerial,
        LocalDate healthPackIssued,
        TierOverride tierOverride,
        Departure departure) {

    public Person {
        livingSituations = livingSituations.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(livingSituations));
        comorbidities = List.copyOf(comorbidities);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isActive() {
        return departure == null;
    }

    public boolean hasFamilyDoctorContract() {
        return familyDoctorTeamId != null;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder for forms, imports and the demo generator. */
    public static final class Builder {
        private long id;
        private RecordMeta meta;
        private String name;
        private String residentId;
        private Sex sex;
        private LocalDate birthDate;
        private String phone;
        private String emergencyContactName;
        private String emergencyContactPhone;
        private long villageId;
        private Long gridId;
        private Long householdId;
        private String address;
        private Set<LivingSituation> livingSituations = Set.of();
        private Mobility mobility = Mobility.NORMAL;
        private List<Comorbidity> comorbidities = List.of();
        private Vaccination vaccination = Vaccination.NONE;
        private InfectionState infection = InfectionState.NEVER;
        private LocalDate infectionDate;
        private boolean pregnant;
        private Long familyDoctorTeamId;
        private LocalDate familyDoctorContractDate;
        private Long responsibilityTeamId;
        private String oximeterSerial;
        private LocalDate healthPackIssued;
        private TierOverride tierOverride;
        private Departure departure;

        private Builder() {
        }

        private Builder(Person p) {
            id = p.id;
            meta = p.meta;
            name = p.name;
            residentId = p.residentId;
            sex = p.sex;
            birthDate = p.birthDate;
            phone = p.phone;
            emergencyContactName = p.emergencyContactName;
            emergencyContactPhone = p.emergencyContactPhone;
            villageId = p.villageId;
            gridId = p.gridId;
            householdId = p.householdId;
            address = p.address;
            livingSituations = p.livingSituations;
            mobility = p.mobility;
            comorbidities = p.comorbidities;
            vaccination = p.vaccination;
            infection = p.infection;
            infectionDate = p.infectionDate;
            pregnant = p.pregnant;
            familyDoctorTeamId = p.familyDoctorTeamId;
            familyDoctorContractDate = p.familyDoctorContractDate;
            responsibilityTeamId = p.responsibilityTeamId;
            oximeterSerial = p.oximeterSerial;
            healthPackIssued = p.healthPackIssued;
            tierOverride = p.tierOverride;
            departure = p.departure;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder meta(RecordMeta v) { meta = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder residentId(String v) { residentId = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder emergencyContactName(String v) { emergencyContactName = v; return this; }
        public Builder emergencyContactPhone(String v) { emergencyContactPhone = v; return this; }
        public Builder villageId(long v) { villageId = v; return this; }
        public Builder gridId(Long v) { gridId = v; return this; }
        public Builder householdId(Long v) { householdId = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder livingSituations(Set<LivingSituation> v) { livingSituations = v; return this; }
        public Builder mobility(Mobility v) { mobility = v; return this; }
        public Builder comorbidities(List<Comorbidity> v) { comorbidities = v; return this; }
        public Builder vaccination(Vaccination v) { vaccination = v; return this; }
        public Builder infection(InfectionState v) { infection = v; return this; }
        public Builder infectionDate(LocalDate v) { infectionDate = v; return this; }
        public Builder pregnant(boolean v) { pregnant = v; return this; }
        public Builder familyDoctorTeamId(Long v) { familyDoctorTeamId = v; return this; }
        public Builder familyDoctorContractDate(LocalDate v) { familyDoctorContractDate = v; return this; }
        public Builder responsibilityTeamId(Long v) { responsibilityTeamId = v; return this; }
        public Builder oximeterSerial(String v) { oximeterSerial = v; return this; }
        public Builder healthPackIssued(LocalDate v) { healthPackIssued = v; return this; }
        public Builder tierOverride(TierOverride v) { tierOverride = v; return this; }
        public Builder departure(Departure v) { departure = v; return this; }

        public Person build() {
            return new Person(id, meta, name, residentId, sex, birthDate, phone, emergencyContactName,
                    emergencyContactPhone, villageId, gridId, householdId, address, livingSituations, mobility,
                    comorbidities, vaccination, infection, infectionDate, pregnant, familyDoctorTeamId,
                    familyDoctorContractDate, responsibilityTeamId, oximeterSerial, healthPackIssued, tierOverride,
                    departure);
        }
    }
}
