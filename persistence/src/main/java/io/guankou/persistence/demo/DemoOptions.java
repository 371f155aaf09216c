package io.guankou.persistence.demo;

import io.guankou.model.sync.GlobalIds;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * What demo township to write. The same options give the same data: {@code today} is the morning the four
 * weeks of contact history lead up to (they end the evening before), so a demo written today always looks current.
 */
public record DemoOptions(int persons, long seed, LocalDate today, Named named) {

    /** A township of its own for the demo (the demo county's): its 9-digit code and its name. */
    public record Named(String code, String name) {
        public Named {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public static final int DEFAULT_PERSONS = 6000;
    public static final long DEFAULT_SEED = 20230105L;
    /** Upper limit that keeps a demo file in the hundreds of megabytes at most. */
    public static final int MAX_PERSONS = 1_000_000;
    /** The time field of {@link #ledgerId()}: 2023-01-05T00:00:00Z, the day of the default seed. */
    private static final long LEDGER_ID_EPOCH_MILLIS = 1_672_876_800_000L;
    private static final long LEDGER_ID_SALT = 0x1ED6E51DL;

    /** The demo township of the words file (Ping'an, 500235124). */
    public DemoOptions(int persons, long seed, LocalDate today) {
        this(persons, seed, today, null);
    }

    public DemoOptions {
        Objects.requireNonNull(today, "today");
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX_PERSONS + ", was " + persons);
        }
    }

    /**
     * The demo ledger's id in exchanges (its key folder is named after it): from the seed alone, not from the day, so
     * that the demo regenerated every day keeps its keys. A version 7 layout with a fixed time, like every id here.
     */
    public UUID ledgerId() {
        Random random = new Random(seed ^ LEDGER_ID_SALT);
        return GlobalIds.layout(LEDGER_ID_EPOCH_MILLIS, random.nextLong(), random.nextLong());
    }

    /** The township to write: its own when {@link #withTownship} named one, else the words file's. */
    public Optional<Named> township() {
        return Optional.ofNullable(named);
    }

    public DemoOptions withTownship(String code, String name) {
        return new DemoOptions(persons, seed, today, new Named(code, name));
    }

    public static DemoOptions defaults(LocalDate today) {
        return new DemoOptions(DEFAULT_PERSONS, DEFAULT_SEED, today);
    }

    public DemoOptions withPersons(int v) {
        return new DemoOptions(v, seed, today, named);
    }

    public DemoOptions withSeed(long v) {
        return new DemoOptions(persons, v, today, named);
    }
}
