package io.guankou.persistence.returnee;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.HOUSEHOLD;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RETURNEE;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import io.guankou.model.person.Tier;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.Returnee;
import io.guankou.model.returnee.ReturneeEdit;
import io.guankou.model.returnee.ReturneeField;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.ReturneeRecord;
import io.guankou.persistence.ledger.LedgerQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The returnee register: the returnees, the ledger's households with their persons, and saving in one transaction. */
public final class ReturneeRepository {

    private final Database db;
    private final Clock clock;

    public ReturneeRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Returnee> returnees() {
        return db.read(dsl -> dsl.selectFrom(RETURNEE).where(RETURNEE.DELETED.isFalse()).orderBy(RETURNEE.ID)
                .fetch(r -> new Returnee(r.getId(), r.getName(), r.getPhone(), r.getVillageId(), r.getHouseholdId(),
                        r.getAddress(), SqlText.date(r.getArrivalDate()), r.getFromPlace(),
                        Boolean.TRUE.equals(r.getClinicNumberGiven()), Boolean.TRUE.equals(r.getAdviceGiven()))));
    }

    /** Every live household with the persons of the ledger living there (age on {@code today}), by id. */
    public Map<Long, HouseholdRef> households(LocalDate today) {
        return db.read(dsl -> {
            Map<Long, List<HouseholdRef.Member>> members = new HashMap<>();
            dsl.select(PERSON.HOUSEHOLD_ID, PERSON.ID, PERSON.NAME, PERSON.BIRTH_DATE,
                            coalesce(PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER),
                            exists(selectOne().from(COMORBIDITY).where(COMORBIDITY.PERSON_ID.eq(PERSON.ID))
                                    .and(COMORBIDITY.DELETED.isFalse())))
                    .from(PERSON).where(LedgerQueries.active()).and(PERSON.HOUSEHOLD_ID.isNotNull())
                    .orderBy(PERSON.ID)
                    .forEach(r -> members.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                            new HouseholdRef.Member(r.value2(), r.value3(),
                                    Period.between(SqlText.date(r.value4()), today).getYears(),
                                    Tier.RED.name().equals(r.value5()), Boolean.TRUE.equals(r.value6()))));
            Map<Long, HouseholdRef> out = new LinkedHashMap<>();
            dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.DELETED.isFalse()).orderBy(HOUSEHOLD.VILLAGE_ID,
                            HOUSEHOLD.ADDRESS, HOUSEHOLD.ID)
                    .forEach(h -> out.put(h.getId(), new HouseholdRef(h.getId(), h.getVillageId(), h.getAddress(),
                            members.getOrDefault(h.getId(), List.of()))));
            return out;
        });
    }

    /** Adds ({@code id} 0) or changes a returnee on {@code today}'s terms; its id. */
    public long save(ReturneeEdit edit, String user, LocalDate today) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        return db.transaction(dsl -> {
            List<Long> villages = dsl.select(VILLAGE.ID).from(VILLAGE).where(VILLAGE.DELETED.isFalse())
                    .fetch(VILLAGE.ID);
            Map<Long, Long> households = new HashMap<>();
            dsl.select(HOUSEHOLD.ID, HOUSEHOLD.VILLAGE_ID).from(HOUSEHOLD).where(HOUSEHOLD.DELETED.isFalse())
                    .forEach(r -> households.put(r.value1(), r.value2()));
            List<ReturneeProblem> problems = ReturneeRules.check(edit, villages, households, today);
            if (!problems.isEmpty()) {
                throw new ReturneeRefused(problems);
            }
            ReturneeRecord row = edit.id() == 0 ? fresh(dsl) : live(dsl, edit.id());
            row.setName(ReturneeRules.text(edit.name()));
            String phone = ReturneeRules.text(edit.phone());
            row.setPhone(phone.isEmpty() ? null : phone);
            row.setVillageId(edit.villageId());
            row.setHouseholdId(edit.householdId());
            String address = ReturneeRules.text(edit.address());
            row.setAddress(edit.householdId() != null || address.isEmpty() ? null : address);
            row.setArrivalDate(SqlText.date(ReturneeRules.arrival(edit)));
            row.setFromPlace(ReturneeRules.text(edit.from()));
            row.setClinicNumberGiven(edit.clinicNumberGiven());
            row.setAdviceGiven(edit.adviceGiven());
            if (!row.changed() && row.getId() != null) {
                return row.getId();
            }
            row.setUpdatedBy(user);
            row.setUpdatedAt(SqlText.instant(clock.instant()));
            row.setRevision(row.getRevision() == null ? 1L : row.getRevision() + 1);
            row.store();
            return row.getId();
        });
    }

    private ReturneeRecord fresh(DSLContext dsl) {
        ReturneeRecord row = dsl.newRecord(RETURNEE);
        row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
        row.setTownshipCode(TownshipCode.of(dsl));
        row.setRevision(0L);
        row.setDeleted(false);
        return row;
    }

    private static ReturneeRecord live(DSLContext dsl, long id) {
        ReturneeRecord row = dsl.selectFrom(RETURNEE).where(RETURNEE.ID.eq(id)).and(RETURNEE.DELETED.isFalse())
                .fetchOne();
        if (row == null) {
            throw new ReturneeRefused(List.of(ReturneeProblem.of(ReturneeField.NAME, ReturneeProblem.Kind.UNKNOWN)));
        }
        return row;
    }
}
