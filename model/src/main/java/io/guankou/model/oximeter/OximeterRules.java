package io.guankou.model.oximeter;

import io.guankou.model.codec.KeyValueCodec;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The office's oximeter settings: the minimum per holder type (defaults from the notices, {@link HolderType}) and
 * after how many days a device issued to a person at home is overdue for return.
 */
public record OximeterRules(Map<HolderType, Integer> minimums, int returnAfterDays) {

    public static final int DEFAULT_RETURN_AFTER_DAYS = 14;
    /** More than this is a typing slip, not policy. */
    public static final int MAX_MINIMUM = 500;
    public static final int MAX_RETURN_AFTER_DAYS = 365;
    private static final String RETURN_KEY = "returnDays";
    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("oximeter rules");

    public OximeterRules {
        Objects.requireNonNull(minimums, "minimums");
        EnumMap<HolderType, Integer> all = new EnumMap<>(HolderType.class);
        for (HolderType t : HolderType.values()) {
            Integer m = minimums.get(t);
            if (m == null) {
                throw new IllegalArgumentException("no minimum for " + t);
            }
            if (!minimumInRange(m)) {
                throw new IllegalArgumentException("minimum for " + t + " must be 0.." + MAX_MINIMUM + ": " + m);
            }
            all.put(t, m);
        }
        minimums = Collections.unmodifiableMap(all);
        if (!returnDaysInRange(returnAfterDays)) {
            throw new IllegalArgumentException("return days must be 1.." + MAX_RETURN_AFTER_DAYS + ": "
                    + returnAfterDays);
        }
    }

    public static boolean minimumInRange(int value) {
        return value >= 0 && value <= MAX_MINIMUM;
    }

    public static boolean returnDaysInRange(int value) {
        return value >= 1 && value <= MAX_RETURN_AFTER_DAYS;
    }

    public static OximeterRules defaults() {
        Map<HolderType, Integer> m = new EnumMap<>(HolderType.class);
        for (HolderType t : HolderType.values()) {
            m.put(t, t.noticeMinimum());
        }
        return new OximeterRules(m, DEFAULT_RETURN_AFTER_DAYS);
    }

    public int minimum(HolderType type) {
        return minimums.get(type);
    }

    /** Issued to a person on {@code issuedOn} and still out on {@code today}: overdue once more days have passed. */
    public boolean isReturnOverdue(LocalDate issuedOn, LocalDate today) {
        return issuedOn.plusDays(returnAfterDays).isBefore(today);
    }

    /** Days past the return date on {@code today} (0 when not overdue). */
    public long daysOverdue(LocalDate issuedOn, LocalDate today) {
        long days = today.toEpochDay() - issuedOn.plusDays(returnAfterDays).toEpochDay();
        return Math.max(0, days);
    }

    /** Text for the settings table: {@code HEALTH_CENTRE=20;...;returnDays=14}. */
    public String encode() {
        Map<String, String> entries = new LinkedHashMap<>();
        minimums.forEach((t, m) -> entries.put(t.name(), Integer.toString(m)));
        entries.put(RETURN_KEY, Integer.toString(returnAfterDays));
        return TEXT.write(entries);
    }

    /** Reads {@link #encode()} text; a type not in the text takes its notice default, unknown keys are ignored. */
    public static OximeterRules decode(String text) {
        Map<String, String> m = TEXT.parseMap(text);
        Map<HolderType, Integer> minimums = new EnumMap<>(HolderType.class);
        for (HolderType t : HolderType.values()) {
            String v = m.get(t.name());
            minimums.put(t, v == null ? t.noticeMinimum() : Integer.parseInt(v));
        }
        String days = m.get(RETURN_KEY);
        return new OximeterRules(minimums, days == null ? DEFAULT_RETURN_AFTER_DAYS : Integer.parseInt(days));
    }

    public OximeterRules withMinimum(HolderType type, int minimum) {
        Map<HolderType, Integer> m = new EnumMap<>(minimums);
        m.put(type, minimum);
        return new OximeterRules(m, returnAfterDays);
    }
}
