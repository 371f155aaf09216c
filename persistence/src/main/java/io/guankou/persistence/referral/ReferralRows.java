package io.guankou.persistence.referral;

import static io.guankou.persistence.jooq.Tables.REFERRAL;

import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.referral.Transport;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.ReferralRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Referral rows: reading them into {@link Referral}s and inserting new ones. Shared by the referral queue
 * and the contact repository, which opens a referral in the same transaction as the contact.
 */
public final class ReferralRows {

    /** The statuses of a referral still being worked on, as stored. */
    static final List<String> OPEN_STATUSES = Arrays.stream(ReferralStatus.values())
            .filter(ReferralStatus::isOpen).map(Enum::name).toList();

    private ReferralRows() {
    }

    static Condition isOpen() {
        return REFERRAL.STATUS.in(OPEN_STATUSES);
    }

    /** The person's open referral (the newest, should there ever be two). */
    public static Optional<Referral> openFor(DSLContext dsl, long personId) {
        return dsl.selectFrom(REFERRAL).where(REFERRAL.PERSON_ID.eq(personId)).and(REFERRAL.DELETED.isFalse())
                .and(isOpen()).orderBy(REFERRAL.OPENED_AT.desc(), REFERRAL.ID.desc()).limit(1)
                .fetchOptional(ReferralRows::toReferral);
    }

    /** Inserts a new referral with revision 1 and its meta as given; returns it with its row id. */
    public static Referral insert(DSLContext dsl, Referral r, String user) {
        ReferralRecord row = dsl.newRecord(REFERRAL);
        row.setGlobalId(r.meta().globalId().toString());
        row.setTownshipCode(r.meta().townshipCode());
        row.setUpdatedAt(SqlText.instant(r.meta().updatedAt()));
        row.setRevision(r.meta().revision());
        row.setDeleted(r.meta().deleted());
        row.setPersonId(r.personId());
        row.setContactId(r.contactId());
        row.setTriggers(SqlText.enumSet(r.triggers()));
        row.setOpenedAt(SqlText.dateTime(r.openedAt()));
        row.setOpenedBy(r.openedBy());
        fill(row, r);
        row.setUpdatedBy(user);
        row.store();
        return toReferral(row);
    }

    /** The fields the office changes after opening. */
    static void fill(ReferralRecord row, Referral r) {
        row.setDestination(r.destination());
        row.setTransport(SqlText.name(r.transport()));
        row.setEscort(r.escort());
        row.setStatus(r.status().name());
        row.setStatusAt(SqlText.dateTime(r.statusAt()));
        row.setOutcome(r.outcome());
    }

    static Referral toReferral(ReferralRecord r) {
        return new Referral(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                r.getRevision(), r.getDeleted()), r.getPersonId(), r.getContactId(),
                SqlText.enumSet(ReferralTrigger.class, r.getTriggers()), SqlText.dateTime(r.getOpenedAt()),
                r.getOpenedBy(), r.getDestination(), SqlText.enumValue(Transport.class, r.getTransport()),
                Boolean.TRUE.equals(r.getEscort()), ReferralStatus.valueOf(r.getStatus()),
                SqlText.dateTime(r.getStatusAt()), r.getOutcome());
    }
}
