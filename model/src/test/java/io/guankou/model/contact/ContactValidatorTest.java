package io.guankou.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.sync.RecordMeta;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactValidatorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static Contact call(LocalDateTime at, boolean reached) {
        return Contact.draft(RecordMeta.fresh("500235124", Instant.EPOCH), 1, at, "Li", ContactMode.PHONE, reached);
    }

    @Test
    void anOrdinaryCallPasses() {
        Contact c = call(NOW.minusHours(1), true).withVitals(new BigDecimal("36.8"), 97);
        assertThat(ContactValidator.check(c, NOW)).isEmpty();
    }

    @Test
    void aTimeInTheFutureIsRefusedButAFewMinutesOfClockDifferenceAreNot() {
        assertThat(ContactValidator.check(call(NOW.plusMinutes(4), true), NOW)).isEmpty();
        assertThat(ContactValidator.check(call(NOW.plusDays(1), true), NOW))
                .containsExactly(new ContactProblem(ContactField.AT, ContactProblem.Kind.IN_FUTURE));
    }

    @Test
    void aTimeMonthsAgoIsAMistypedYear() {
        assertThat(ContactValidator.check(call(NOW.minusYears(1), true), NOW))
                .containsExactly(new ContactProblem(ContactField.AT, ContactProblem.Kind.TOO_OLD));
    }

    @ParameterizedTest
    @CsvSource({"36.5,97,", "34.0,50,", "43.0,100,", "60,97,TEMPERATURE", "365,97,TEMPERATURE",
            "33.9,97,TEMPERATURE", "36.5,101,SPO2", "36.5,930,SPO2", "36.5,49,SPO2"})
    void impossibleReadingsAreRefusedAtTheirField(String temperature, int spo2, ContactField refused) {
        Contact c = call(NOW, true).withVitals(new BigDecimal(temperature), spo2);
        var problems = ContactValidator.check(c, NOW);
        if (refused == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(ContactProblem::field).containsExactly(refused);
        }
    }

    @Test
    void anUnreachedAttemptHasNoReadingsAndNeedsWhoMadeIt() {
        Contact c = Contact.draft(RecordMeta.fresh("500235124", Instant.EPOCH), 1, NOW, " ", ContactMode.PHONE, false)
                .withVitals(new BigDecimal("36.5"), 95);
        assertThat(ContactValidator.check(c, NOW)).containsExactly(
                new ContactProblem(ContactField.MADE_BY, ContactProblem.Kind.REQUIRED),
                new ContactProblem(ContactField.TEMPERATURE, ContactProblem.Kind.NOT_REACHED),
                new ContactProblem(ContactField.SPO2, ContactProblem.Kind.NOT_REACHED));
    }
}
