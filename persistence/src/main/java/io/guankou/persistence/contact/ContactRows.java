package io.guankou.persistence.contact;

import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.ContactRecord;
import java.math.BigDecimal;

/** Contact rows to {@link Contact}s and back. Temperatures are stored as text so 36.5 stays 36.5. */
final class ContactRows {

    private ContactRows() {
    }

    static void fill(ContactRecord row, Contact c) {
        row.setPersonId(c.personId());
        row.setAt(SqlText.dateTime(c.at()));
        row.setMadeBy(c.madeBy().strip());
        row.setMode(c.mode().name());
        row.setReached(c.reached());
        row.setTemperature(c.temperature() == null ? null : c.temperature().toPlainString());
        row.setSpo2(c.spo2() == null ? null : c.spo2().longValue());
        row.setSymptoms(SqlText.enumSet(c.symptoms()));
        row.setAntigen(c.antigen().name());
        row.setNeeds(SqlText.enumSet(c.needs()));
        row.setAction(blankToNull(c.action()));
        row.setNote(blankToNull(c.note()));
    }

    static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(), r.getRevision(),
                r.getDeleted()), r.getPersonId(), SqlText.dateTime(r.getAt()), r.getMadeBy(),
                ContactMode.valueOf(r.getMode()), Boolean.TRUE.equals(r.getReached()),
                SqlText.enumSet(Symptom.class, r.getSymptoms()),
                r.getTemperature() == null ? null : new BigDecimal(r.getTemperature()),
                r.getSpo2() == null ? null : r.getSpo2().intValue(),
                SqlText.enumValue(AntigenResult.class, r.getAntigen()),
                SqlText.enumSet(Need.class, r.getNeeds()), r.getAction(), r.getNote());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
