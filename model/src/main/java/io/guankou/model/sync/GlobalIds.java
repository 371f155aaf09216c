package io.guankou.model.sync;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The global ids of exchanged rows: time-ordered UUIDs, version 7 in the layout of RFC 9562 (48 bits of Unix
 * milliseconds, version nibble 7, 12 bits {@code rand_a}, variant bits {@code 10}, 62 bits {@code rand_b}).
 *
 * <p>Ids made close in time sort close together, so bulk writes append to the unique {@code global_id} indexes
 * instead of scattering over them, and a county merge can order rows by creation. They stay unique across
 * databases: 74 random bits per millisecond.
 *
 * <p>Within one generator ids strictly increase (RFC 9562 §6.2, method 3, "monotonic random"): in the same
 * millisecond, or when the clock steps back, the 74 random bits of the previous id grow by a random step
 * instead of being drawn afresh; were they to overflow, the time field moves on by one millisecond. Thread-safe.
 */
public final class GlobalIds {

    private static final long MILLIS_MASK = 0xFFFF_FFFF_FFFFL;
    private static final long RAND_A_MASK = 0x0FFFL;
    private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    /** A fresh {@code rand_a} leaves its top bit clear, so a millisecond has room for many increments. */
    private static final long RAND_A_SEED_MASK = 0x07FFL;
    private static final long MAX_STEP = 1L << 32;

    private final RandomGenerator random;
    private long lastMillis = Long.MIN_VALUE;
    private long randA;
    private long randB;

    /** A generator drawing from {@code random}: a seeded one gives the same ids for the same calls (demo data). */
    public GlobalIds(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The generator of the running program, from a {@link SecureRandom}. */
    public static GlobalIds standard() {
        return Standard.INSTANCE;
    }

    /** The next id for a row made at {@code at}. */
    public UUID next(Instant at) {
        return next(at.toEpochMilli());
    }

    /** The next id for a row made at {@code epochMillis}; greater than every id this generator gave before. */
    public synchronized UUID next(long epochMillis) {
        if (epochMillis > lastMillis) {
            lastMillis = epochMillis;
            randA = random.nextLong() & RAND_A_SEED_MASK;
            randB = random.nextLong() & RAND_B_MASK;
        } else {
            randB += 1 + random.nextLong(MAX_STEP);
            if (randB > RAND_B_MASK) {
                randB &= RAND_B_MASK;
                randA++;
                if (randA > RAND_A_MASK) {
                    lastMillis++;
                    randA = random.nextLong() & RAND_A_SEED_MASK;
                }
            }
        }
        return layout(lastMillis, randA, randB);
    }

    /**
     * The version 7 bit layout: the low 48 bits of {@code epochMillis}, version 7, the low 12 bits of
     * {@code randA}, variant {@code 10}, the low 62 bits of {@code randB}. The one place this layout is written.
     */
    public static UUID layout(long epochMillis, long randA, long randB) {
        long high = (epochMillis & MILLIS_MASK) << 16 | 0x7000L | (randA & RAND_A_MASK);
        long low = 0x8000_0000_0000_0000L | (randB & RAND_B_MASK);
        return new UUID(high, low);
    }

    /** The Unix milliseconds a version 7 id was made at. */
    public static long epochMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 id: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }

    private static final class Standard {
        static final GlobalIds INSTANCE = new GlobalIds(new SecureRandom());
    }
}
