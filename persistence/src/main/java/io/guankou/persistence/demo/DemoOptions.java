package io.guankou.persistence.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo township to write. The same options give the same data: {@code today} is the morning the four
 * weeks of contact history lead up to (they end the evening before), so a demo written today always looks current.
 */
public record DemoOptions(int persons, long seed, LocalDate today) {

    public static final int DEFAULT_PERSONS = 6000;
    public static final long DEFAULT_SEED = 20230105L;
    /** Upper limit that keeps a demo file in the hundreds of megabytes at most. */
    public static final int MAX_PERSONS = 1_000_000;

    public DemoOptions {
        Objects.requireNonNull(today, "today");
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX_PERSONS + ", was " + persons);
        }
    }

    public static DemoOptions defaults(LocalDate today) {
        return new DemoOptions(DEFAULT_PERSONS, DEFAULT_SEED, today);
    }

    public DemoOptions withPersons(int v) {
        return new DemoOptions(v, seed, today);
    }

    public DemoOptions withSeed(long v) {
        return new DemoOptions(persons, v, today);
    }
}
