package io.guankou.model.contact;

import io.guankou.model.sync.RecordMeta;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One contact attempt with a person (DOMAIN.md §4). An unreached attempt is kept but does not count toward
 * the weekly target. Vital signs are null when not measured; {@code action} is what the caller did about it.
 */
public record Contact(long id, RecordMeta meta, long personId, LocalDateTime at, String madeBy, ContactMode mode,
                      boolean reached, Set<Symptom> symptoms, BigDecimal temperature, Integer spo2,
                      AntigenResult antigen, Set<Need> needs, String action, String note) {

    public Contact {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mode, "mode");
        symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        antigen = antigen == null ? AntigenResult.NOT_TESTED : antigen;
    }

    /** A contact that has not been stored yet (id 0). */
    public static Contact draft(RecordMeta meta, long personId, LocalDateTime at, String madeBy, ContactMode mode,
                                boolean reached) {
        return new Contact(0, meta, personId, at, madeBy, mode, reached, Set.of(), null, null,
                AntigenResult.NOT_TESTED, Set.of(), null, null);
    }

    public Contact withVitals(BigDecimal temperature, Integer spo2) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }

    public Contact withSymptoms(Set<Symptom> symptoms) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }

    public Contact withAntigen(AntigenResult antigen) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }

    public Contact withNeeds(Set<Need> needs) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }

    public Contact withText(String action, String note) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }

    public Contact withId(long id) {
        return new Contact(id, meta, personId, at, madeBy, mode, reached, symptoms, temperature, spo2, antigen,
                needs, action, note);
    }
}
