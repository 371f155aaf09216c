package io.guankou.model.contact;

import io.guankou.model.sheet.SheetText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a user typed into the contact form: date, time, temperature, SpO2. Full-width digits and punctuation
 * from a Chinese input method are read as their half-width forms ({@link SheetText#halfWidth}), and the
 * ideographic full stop (U+3002) as a decimal point. Pure: a value, nothing (blank), or why the text is not one.
 * Whether a value is plausible is {@link ContactValidator}'s question, not this class's.
 */
public final class ContactInput {

    /** Dates are typed as 2026-11-23. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Times are shown as 09:30. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** 36.5, 36,5 (comma keyboards), 36 - at most two decimals. */
    private static final Pattern TEMPERATURE = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");
    private static final Pattern SPO2 = Pattern.compile("\\d{1,3}");
    /** 9:30, 09:30, 9.30. */
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private ContactInput() {
    }

    /** Why a typed text is not a value. */
    public enum Problem {
        /** Nothing typed where a value is needed. */
        REQUIRED,
        /** Not a date in the form 2026-11-23 (or no such day). */
        BAD_DATE,
        /** Not a time of day in the form 09:30. */
        BAD_TIME,
        /** Not a number in the form the field takes. */
        NOT_A_NUMBER
    }

    /**
     * The outcome of reading one field.
     *
     * @param value   the value; {@code null} when blank or on a problem
     * @param problem why the text is not a value; {@code null} when it is one or is blank
     */
    public record Read<T>(T value, Problem problem) {

        public Read {
            if (value != null && problem != null) {
                throw new IllegalArgumentException("a value and a problem");
            }
        }

        static <T> Read<T> of(T value) {
            return new Read<>(Objects.requireNonNull(value, "value"), null);
        }

        static <T> Read<T> blank() {
            return new Read<>(null, null);
        }

        static <T> Read<T> failed(Problem problem) {
            return new Read<>(null, Objects.requireNonNull(problem, "problem"));
        }

        public boolean isOk() {
            return problem == null;
        }
    }

    /**
     * When the contact was: both parts are required. A problem with the date is reported before one with the
     * time.
     */
    public static Read<LocalDateTime> at(String dateText, String timeText) {
        Read<LocalDate> date = date(dateText);
        if (!date.isOk()) {
            return Read.failed(date.problem());
        }
        Read<LocalTime> time = time(timeText);
        if (!time.isOk()) {
            return Read.failed(time.problem());
        }
        return Read.of(LocalDateTime.of(date.value(), time.value()));
    }

    /** A required date in the form 2026-11-23. */
    public static Read<LocalDate> date(String text) {
        String t = typed(text);
        if (t.isEmpty()) {
            return Read.failed(Problem.REQUIRED);
        }
        try {
            return Read.of(LocalDate.parse(t, DATE));
        } catch (DateTimeParseException e) {
            return Read.failed(Problem.BAD_DATE);
        }
    }

    /** A required time of day: hours 0–23 and two-digit minutes 00–59, with a colon or a point between. */
    public static Read<LocalTime> time(String text) {
        String t = typed(text);
        if (t.isEmpty()) {
            return Read.failed(Problem.REQUIRED);
        }
        Matcher m = CLOCK_TIME.matcher(t);
        if (!m.matches()) {
            return Read.failed(Problem.BAD_TIME);
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Read.of(LocalTime.of(h, min)) : Read.failed(Problem.BAD_TIME);
    }

    /** An optional temperature in °C: up to three digits and two decimals, point or comma, "°C" or U+2103 allowed. */
    public static Read<BigDecimal> temperature(String text) {
        String t = typed(text).replace("\u00B0C", "").strip();
        if (t.isEmpty()) {
            return Read.blank();
        }
        return TEMPERATURE.matcher(t).matches()
                ? Read.of(new BigDecimal(t.replace(',', '.'))) : Read.failed(Problem.NOT_A_NUMBER);
    }

    /** An optional SpO2 in percent: up to three digits, a "%" allowed. */
    public static Read<Integer> spo2(String text) {
        String t = typed(text).replace("%", "").strip();
        if (t.isEmpty()) {
            return Read.blank();
        }
        return SPO2.matcher(t).matches() ? Read.of(Integer.valueOf(t)) : Read.failed(Problem.NOT_A_NUMBER);
    }

    /** Half-width, the ideographic full stop as a point, surrounding white space removed. */
    private static String typed(String text) {
        return SheetText.halfWidth(text).replace('\u3002', '.').strip();
    }
}
