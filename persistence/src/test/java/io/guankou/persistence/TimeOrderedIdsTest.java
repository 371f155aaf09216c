package io.guankou.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private final TimeOrderedIds ids = new TimeOrderedIds();

    @Test
    void idsAreVersion7WithTheTimeInFrontAndUnique() {
        long millis = 1_795_000_000_000L;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next(millis);
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void aLaterMillisecondSortsAfter() {
        String earlier = ids.next(1_795_000_000_000L).toString();
        String later = ids.next(1_795_000_000_001L).toString();
        assertThat(later).isGreaterThan(earlier);
    }
}
