package io.guankou.persistence.familydoctor;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import io.guankou.model.familydoctor.ContractPerson;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.ledger.LedgerQueries;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Reads the ledger's persons with what family-doctor contract coverage needs (read only). */
public final class ContractRepository {

    private final Database db;

    public ContractRepository(Database db) {
        this.db = db;
    }

    /** Every person in the ledger, age on {@code today}, with village, team and contract date. */
    public List<ContractPerson> persons(LocalDate today) {
        return db.read(dsl -> dsl.select(PERSON.ID, PERSON.NAME, PERSON.RESIDENT_ID, PERSON.PHONE, PERSON.VILLAGE_ID,
                                VILLAGE.NAME, PERSON.FAMILY_DOCTOR_TEAM_ID, FAMILY_DOCTOR_TEAM.NAME, PERSON.BIRTH_DATE,
                                exists(selectOne().from(COMORBIDITY).where(COMORBIDITY.PERSON_ID.eq(PERSON.ID))
                                        .and(COMORBIDITY.DELETED.isFalse())),
                                PERSON.FAMILY_DOCTOR_CONTRACT_DATE)
                        .from(PERSON).join(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                        .leftJoin(FAMILY_DOCTOR_TEAM).on(FAMILY_DOCTOR_TEAM.ID.eq(PERSON.FAMILY_DOCTOR_TEAM_ID)
                                .and(FAMILY_DOCTOR_TEAM.DELETED.isFalse()))
                        .where(LedgerQueries.active())
                        .orderBy(PERSON.ID)
                        .fetch(r -> new ContractPerson(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                                r.value6(), r.value8() == null ? null : r.value7(), r.value8(),
                                Period.between(SqlText.date(r.value9()), today).getYears(),
                                Boolean.TRUE.equals(r.value10()), SqlText.date(r.value11()))));
    }
}
