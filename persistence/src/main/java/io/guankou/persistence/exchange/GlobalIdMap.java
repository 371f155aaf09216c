package io.guankou.persistence.exchange;

/**
 * Global id → local row id of one table, for the rows an import has seen: open addressing over one primitive array
 * holding, per slot, the id's two halves and the row id side by side (one cache line per probe), about 50 bytes a
 * row. A million contacts fit in some 50 MB where a {@code HashMap<String, Long>} would take three times as much,
 * and lookups make no garbage.
 */
final class GlobalIdMap {

    private static final long ABSENT = -1;
    /** Per slot: high, low, row id ({@link #ABSENT} when the slot is free). */
    private long[] slots;
    private int capacity;
    private int size;

    GlobalIdMap() {
        allocate(1 << 10);
    }

    int size() {
        return size;
    }

    /** The row id, or -1. */
    long get(long high, long low) {
        int mask = capacity - 1;
        for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
            int at = i * 3;
            long id = slots[at + 2];
            if (id == ABSENT) {
                return ABSENT;
            }
            if (slots[at] == high && slots[at + 1] == low) {
                return id;
            }
        }
    }

    /** Stores the row id (0 or more) of an id; returns false when the id was there already (nothing changes). */
    boolean put(long high, long low, long id) {
        if (id < 0) {
            throw new IllegalArgumentException("row ids are not negative");
        }
        if ((size + 1) * 2L > capacity) {
            grow();
        }
        int mask = capacity - 1;
        for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
            int at = i * 3;
            if (slots[at + 2] == ABSENT) {
                slots[at] = high;
                slots[at + 1] = low;
                slots[at + 2] = id;
                size++;
                return true;
            }
            if (slots[at] == high && slots[at + 1] == low) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        allocate(capacity * 2);
        size = 0;
        for (int at = 0; at < old.length; at += 3) {
            if (old[at + 2] != ABSENT) {
                put(old[at], old[at + 1], old[at + 2]);
            }
        }
    }

    private void allocate(int slotCount) {
        capacity = slotCount;
        slots = new long[slotCount * 3];
        for (int at = 2; at < slots.length; at += 3) {
            slots[at] = ABSENT;
        }
    }

    private static int slot(long high, long low, int mask) {
        long h = high * 0x9E3779B97F4A7C15L ^ low * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ h >>> 32) & mask;
    }
}
