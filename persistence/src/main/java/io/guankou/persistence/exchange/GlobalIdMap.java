package io.guankou.persistence.exchange;

import java.util.Arrays;

/**
 * Global id → local row id of one table, for the rows an import has seen: open addressing over three primitive
 * arrays (the id's two halves and the row id), about 50 bytes a row. A million contacts fit in some 50 MB where a
 * {@code HashMap<String, Long>} would take three times as much, and lookups make no garbage.
 */
final class GlobalIdMap {

    private static final long ABSENT = -1;
    private long[] highs;
    private long[] lows;
    private long[] ids;
    private int size;

    GlobalIdMap() {
        allocate(1 << 10);
    }

    int size() {
        return size;
    }

    /** The row id, or -1. */
    long get(long high, long low) {
        int mask = ids.length - 1;
        for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
            long id = ids[i];
            if (id == ABSENT) {
                return ABSENT;
            }
            if (highs[i] == high && lows[i] == low) {
                return id;
            }
        }
    }

    /** Stores the row id (0 or more) of an id; returns false when the id was there already (nothing changes). */
    boolean put(long high, long low, long id) {
        if (id < 0) {
            throw new IllegalArgumentException("row ids are not negative");
        }
        if ((size + 1) * 2L > ids.length) {
            grow();
        }
        int mask = ids.length - 1;
        for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
            if (ids[i] == ABSENT) {
                highs[i] = high;
                lows[i] = low;
                ids[i] = id;
                size++;
                return true;
            }
            if (highs[i] == high && lows[i] == low) {
                return false;
            }
        }
    }

    private void grow() {
        long[] h = highs;
        long[] l = lows;
        long[] v = ids;
        allocate(ids.length * 2);
        size = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != ABSENT) {
                put(h[i], l[i], v[i]);
            }
        }
    }

    private void allocate(int capacity) {
        highs = new long[capacity];
        lows = new long[capacity];
        ids = new long[capacity];
        Arrays.fill(ids, ABSENT);
    }

    private static int slot(long high, long low, int mask) {
        long h = high * 0x9E3779B97F4A7C15L ^ low * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ h >>> 32) & mask;
    }
}
