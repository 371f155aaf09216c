package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Control;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.persistence.SqlText;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;

/**
 * The one joined query behind the ledger table: person, village, grid, responsibility team and the
 * live comorbidity count, without loading any comorbidity row.
 */
public final class LedgerQueries {

    private LedgerQueries() {
    }

    /** Active persons: not tombstoned and not departed. */
    public static Condition active() {
        return PERSON.DELETED.isFalse().and(PERSON.DEPARTURE_REASON.isNull());
    }

    /** The ledger select; the column order is what {@link #entry(ResultSet)} reads. */
    public static ResultQuery<?> entries(DSLContext dsl, Condition where) {
        // correlated sub-queries answered from the (person_id, deleted, control) index: a join against a
        // grouped sub-select would make SQLite scan the whole group result once per person
        Condition live = COMORBIDITY.PERSON_ID.eq(PERSON.ID).and(COMORBIDITY.DELETED.isFalse());
        Field<Integer> comorbidities = field(selectCount().from(COMORBIDITY).where(live));
        Field<Boolean> unstable = field(exists(selectOne().from(COMORBIDITY)
                .where(live).and(COMORBIDITY.CONTROL.eq(Control.UNSTABLE.name()))));
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.RESIDENT_ID, PERSON.SEX, PERSON.BIRTH_DATE, PERSON.PHONE,
                        PERSON.VILLAGE_ID, VILLAGE.NAME, PERSON.GRID_ID, GRID.NAME, PERSON.RESPONSIBILITY_TEAM_ID,
                        RESPONSIBILITY_TEAM.NAME, PERSON.COMPUTED_TIER, PERSON.OVERRIDE_TIER,
                        comorbidities, unstable, PERSON.VACCINATION)
                .from(PERSON)
                .join(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                .leftJoin(GRID).on(GRID.ID.eq(PERSON.GRID_ID))
                .leftJoin(RESPONSIBILITY_TEAM).on(RESPONSIBILITY_TEAM.ID.eq(PERSON.RESPONSIBILITY_TEAM_ID))
                .where(where)
                .orderBy(PERSON.ID);
    }

    /** Reads one row of {@link #entries} straight from JDBC: no intermediate record per row. */
    public static LedgerEntry entry(ResultSet rs) throws SQLException {
        long gridId = rs.getLong(9);
        Long grid = rs.wasNull() ? null : gridId;
        long teamId = rs.getLong(11);
        Long team = rs.wasNull() ? null : teamId;
        String override = rs.getString(14);
        return new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3), Sex.valueOf(rs.getString(4)),
                SqlText.date(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getString(8), grid,
                rs.getString(10), team, rs.getString(12), Tier.valueOf(rs.getString(13)),
                override == null ? null : Tier.valueOf(override), rs.getInt(15), rs.getInt(16) != 0,
                Vaccination.valueOf(rs.getString(17)));
    }
}
