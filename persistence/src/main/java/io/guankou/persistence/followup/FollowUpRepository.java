package io.guankou.persistence.followup;

import static io.guankou.persistence.jooq.Tables.CONTACT;
import static io.guankou.persistence.jooq.Tables.INFECTION_EPISODE;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.PERSON_LAST_CONTACT;

import io.guankou.model.contact.ContactValidator;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.ledger.LedgerQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Builds the in-memory {@link FollowUpIndex} of the whole ledger in four queries, none of them per person:
 * the persons with their tier, the last reached time of each (from the trigger-kept person_last_contact),
 * every reached contact of the last {@value #HORIZON_DAYS} days (streamed from the covering contact_at index,
 * never held in memory as rows) and the home-treatment episodes open now.
 */
public final class FollowUpRepository {

    /** How far back contacts are loaded; older ones only count through the last reached time. */
    public static final int HORIZON_DAYS = 28;

    private static final int FETCH_SIZE = 10_000;

    private final Database db;

    public FollowUpRepository(Database db) {
        this.db = db;
    }

    /**
     * The index of every active person (not deleted, not departed) as of {@code now}; contacts after
     * {@code now} do not count (beyond the few minutes a caller's clock may be ahead, which the contact form
     * accepts too).
     */
    public FollowUpIndex loadIndex(ContactTargets targets, LocalDateTime now) {
        Objects.requireNonNull(targets, "targets");
        LocalDateTime since = now.minusDays(HORIZON_DAYS);
        FollowUpIndex index = new FollowUpIndex(targets, since);
        return db.read(dsl -> {
            try {
                persons(dsl, index);
                lastReached(dsl, index, now);
                recentContacts(dsl, index, since, now);
                homeTreatment(dsl, index, now.toLocalDate());
            } catch (SQLException e) {
                throw new DatabaseException(DatabaseException.Reason.SQL_ERROR, "",
                        "Cannot read the follow-up state: " + e.getMessage(), e);
            }
            return index;
        });
    }

    private static void persons(DSLContext dsl, FollowUpIndex index) throws SQLException {
        ResultQuery<?> q = dsl.select(PERSON.ID, DSL.coalesce(PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER))
                .from(PERSON).where(LedgerQueries.active());
        try (ResultSet rs = q.fetchResultSet()) {
            while (rs.next()) {
                index.put(rs.getLong(1), Tier.valueOf(rs.getString(2)));
            }
        }
    }

    /**
     * The last reached contact per person up to {@code now}. The trigger-kept table answers for today; for a
     * moment in the past (the command line's {@code --date}) contacts made after it must not count, so the
     * last contact before it is looked up in the contacts themselves, which is slower.
     */
    private static void lastReached(DSLContext dsl, FollowUpIndex index, LocalDateTime now) throws SQLException {
        String until = SqlText.dateTime(now.plus(ContactValidator.CLOCK_SLACK));
        String latest = dsl.select(DSL.max(PERSON_LAST_CONTACT.LAST_REACHED_AT)).from(PERSON_LAST_CONTACT)
                .fetchOne(0, String.class);
        ResultQuery<?> q = latest == null || latest.compareTo(until) <= 0
                ? dsl.select(PERSON_LAST_CONTACT.PERSON_ID, PERSON_LAST_CONTACT.LAST_REACHED_AT)
                        .from(PERSON_LAST_CONTACT)
                : dsl.select(CONTACT.PERSON_ID, DSL.max(CONTACT.AT)).from(CONTACT)
                        .where(CONTACT.AT.le(until)).and(CONTACT.REACHED.isTrue()).and(CONTACT.DELETED.isFalse())
                        .groupBy(CONTACT.PERSON_ID);
        try (ResultSet rs = q.fetchResultSet()) {
            while (rs.next()) {
                long person = rs.getLong(1);
                if (index.contains(person)) {
                    index.lastReached(person, parse(rs.getString(2)));
                }
            }
        }
    }

    /** Streams (at, person) pairs in time order from the covering index; departed persons are skipped here. */
    private static void recentContacts(DSLContext dsl, FollowUpIndex index, LocalDateTime since, LocalDateTime now)
            throws SQLException {
        ResultQuery<?> q = dsl.select(CONTACT.AT, CONTACT.PERSON_ID).from(CONTACT)
                .where(CONTACT.AT.between(SqlText.dateTime(since), SqlText.dateTime(now.plus(ContactValidator.CLOCK_SLACK))))
                .and(CONTACT.REACHED.isTrue()).and(CONTACT.DELETED.isFalse())
                .fetchSize(FETCH_SIZE);
        try (ResultSet rs = q.fetchResultSet()) {
            while (rs.next()) {
                long person = rs.getLong(2);
                if (index.contains(person)) {
                    index.reached(person, parse(rs.getString(1)));
                }
            }
        }
    }

    private static void homeTreatment(DSLContext dsl, FollowUpIndex index, LocalDate today) throws SQLException {
        String d = SqlText.date(today);
        // oldest start first, so that of two open episodes the latest wins in the index
        ResultQuery<?> q = dsl.select(INFECTION_EPISODE.PERSON_ID, INFECTION_EPISODE.START_DATE,
                        INFECTION_EPISODE.END_DATE)
                .from(INFECTION_EPISODE)
                .where(INFECTION_EPISODE.DELETED.isFalse()).and(INFECTION_EPISODE.HOME_TREATMENT.isTrue())
                .and(INFECTION_EPISODE.START_DATE.le(d))
                .and(INFECTION_EPISODE.END_DATE.isNull().or(INFECTION_EPISODE.END_DATE.ge(d)))
                .orderBy(INFECTION_EPISODE.START_DATE, INFECTION_EPISODE.ID);
        try (ResultSet rs = q.fetchResultSet()) {
            while (rs.next()) {
                long person = rs.getLong(1);
                if (index.contains(person)) {
                    index.homeTreatment(person, SqlText.date(rs.getString(2)), SqlText.date(rs.getString(3)));
                }
            }
        }
    }

    /**
     * Reads the fixed-width {@code yyyy-MM-ddTHH:mm:ss} of {@link SqlText#dateTime} by character positions:
     * millions of contact times go through here, and a formatter would be several times slower.
     */
    static LocalDateTime parse(String s) {
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(10) != 'T') {
            return SqlText.dateTime(s); // not ours: let the formatter explain
        }
        return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                digits(s, 14, 16), digits(s, 17, 19));
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a stored date-time: " + s);
            }
            v = v * 10 + d;
        }
        return v;
    }
}
