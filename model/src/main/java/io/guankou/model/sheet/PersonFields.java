package io.guankou.model.sheet;

import io.guankou.model.person.Person;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person field(s) behind each sheet column: copying the columns a sheet gives onto a stored person, and
 * telling which of them differ. Age and note are not person fields; the tier is compared as the override.
 */
final class PersonFields {

    private PersonFields() {
    }

    /** The stored person with the given columns taken from the sheet's person. */
    static Person merge(Person stored, Person sheet, Set<LedgerColumn> given) {
        Person.Builder b = stored.toBuilder();
        // in ledger order, not the set's: VILLAGE (which drops the grid on a move) must come before GRID
        for (LedgerColumn c : given.isEmpty() ? EnumSet.noneOf(LedgerColumn.class) : EnumSet.copyOf(given)) {
            switch (c) {
                case NAME -> b.name(sheet.name());
                case SEX -> b.sex(sheet.sex());
                case BIRTH_DATE -> b.birthDate(sheet.birthDate());
                case PHONE -> b.phone(sheet.phone());
                case EMERGENCY_CONTACT_NAME -> b.emergencyContactName(sheet.emergencyContactName());
                case EMERGENCY_CONTACT_PHONE -> b.emergencyContactPhone(sheet.emergencyContactPhone());
                case VILLAGE -> {
                    if (sheet.villageId() != stored.villageId()) {
                        // a grid and a household belong to one village: moving village drops them
                        b.villageId(sheet.villageId()).gridId(null).householdId(null);
                    }
                }
                case GRID -> b.gridId(sheet.gridId());
                case RESPONSIBILITY_TEAM -> b.responsibilityTeamId(sheet.responsibilityTeamId());
                case ADDRESS -> b.address(sheet.address());
                case LIVING_SITUATION -> b.livingSituations(sheet.livingSituations());
                case MOBILITY -> b.mobility(sheet.mobility());
                case COMORBIDITIES -> b.comorbidities(sheet.comorbidities());
                case VACCINATION -> b.vaccination(sheet.vaccination());
                case INFECTION -> b.infection(sheet.infection());
                case INFECTION_DATE -> b.infectionDate(sheet.infectionDate());
                case PREGNANT -> b.pregnant(sheet.pregnant());
                case FAMILY_DOCTOR_CONTRACT -> b.familyDoctorContractDate(sheet.familyDoctorContractDate());
                case OXIMETER -> b.oximeterSerial(sheet.oximeterSerial());
                case HEALTH_PACK -> b.healthPackIssued(sheet.healthPackIssued());
                default -> {
                    // RESIDENT_ID matched already; the rest are not person fields here
                }
            }
        }
        return b.build();
    }

    /** The columns whose person fields differ between the two (tier override included as TIER). */
    static Set<LedgerColumn> changed(Person a, Person b) {
        Set<LedgerColumn> out = EnumSet.noneOf(LedgerColumn.class);
        for (LedgerColumn c : LedgerColumn.values()) {
            if (!Objects.equals(value(a, c), value(b, c))) {
                out.add(c);
            }
        }
        return out;
    }

    private static Object value(Person p, LedgerColumn c) {
        return switch (c) {
            case NAME -> p.name();
            case RESIDENT_ID -> p.residentId();
            case SEX -> p.sex();
            case BIRTH_DATE -> p.birthDate();
            case PHONE -> p.phone();
            case EMERGENCY_CONTACT_NAME -> p.emergencyContactName();
            case EMERGENCY_CONTACT_PHONE -> p.emergencyContactPhone();
            case VILLAGE -> p.villageId();
            case GRID -> p.gridId();
            case ADDRESS -> p.address();
            case LIVING_SITUATION -> p.livingSituations();
            case MOBILITY -> p.mobility();
            case COMORBIDITIES -> Set.copyOf(p.comorbidities());
            case VACCINATION -> p.vaccination();
            case INFECTION -> p.infection();
            case INFECTION_DATE -> p.infectionDate();
            case PREGNANT -> p.pregnant();
            case FAMILY_DOCTOR_CONTRACT -> p.familyDoctorContractDate();
            case OXIMETER -> p.oximeterSerial();
            case HEALTH_PACK -> p.healthPackIssued();
            case TIER -> p.tierOverride() == null ? null : p.tierOverride().tier();
            case RESPONSIBILITY_TEAM -> p.responsibilityTeamId();
            case AGE, NOTE, COMORBIDITY_CONTROL, RESPONSIBLE_PERSON -> null;
        };
    }
}
