package io.guankou.model.contact;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses impossible contacts before they are stored: a time in the future, vital signs no living person
 * has, measurements on an unreached attempt. Bounds are wide on purpose: a true reading must never be
 * refused, only typing slips such as 365 for 36.5 or 930 for 93.
 */
public final class ContactValidator {

    public static final BigDecimal MIN_TEMPERATURE = new BigDecimal("34.0");
    public static final BigDecimal MAX_TEMPERATURE = new BigDecimal("43.0");
    public static final int MIN_SPO2 = 50;
    public static final int MAX_SPO2 = 100;
    /** A few minutes of clock difference between the caller's watch and the PC are not "the future". */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    /** Contacts are entered the same day or soon after; older ones are almost always a mistyped year. */
    public static final Duration MAX_AGE = Duration.ofDays(60);

    private ContactValidator() {
    }

    public static List<ContactProblem> check(Contact c, LocalDateTime now) {
        List<ContactProblem> problems = new ArrayList<>();
        if (c.at().isAfter(now.plus(CLOCK_SLACK))) {
            problems.add(new ContactProblem(ContactField.AT, ContactProblem.Kind.IN_FUTURE));
        } else if (c.at().isBefore(now.minus(MAX_AGE))) {
            problems.add(new ContactProblem(ContactField.AT, ContactProblem.Kind.TOO_OLD));
        }
        if (c.madeBy() == null || c.madeBy().isBlank()) {
            problems.add(new ContactProblem(ContactField.MADE_BY, ContactProblem.Kind.REQUIRED));
        }
        if (c.temperature() != null) {
            if (!c.reached()) {
                problems.add(new ContactProblem(ContactField.TEMPERATURE, ContactProblem.Kind.NOT_REACHED));
            } else if (c.temperature().compareTo(MIN_TEMPERATURE) < 0 || c.temperature().compareTo(MAX_TEMPERATURE) > 0) {
                problems.add(new ContactProblem(ContactField.TEMPERATURE, ContactProblem.Kind.TEMPERATURE_RANGE));
            }
        }
        if (c.spo2() != null) {
            if (!c.reached()) {
                problems.add(new ContactProblem(ContactField.SPO2, ContactProblem.Kind.NOT_REACHED));
            } else if (c.spo2() < MIN_SPO2 || c.spo2() > MAX_SPO2) {
                problems.add(new ContactProblem(ContactField.SPO2, ContactProblem.Kind.SPO2_RANGE));
            }
        }
        return List.copyOf(problems);
    }
}
