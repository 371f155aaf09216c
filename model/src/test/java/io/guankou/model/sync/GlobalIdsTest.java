package io.guankou.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RFC 9562 version 7: 48 bits of Unix milliseconds, version 7, variant 10, ids of one generator increasing. */
class GlobalIdsTest {

    private static final long MILLIS = 1_795_000_000_000L;

    @Test
    void theLayoutIsVersion7WithTheMillisecondsInFront() {
        UUID id = GlobalIds.layout(0x0190_1234_5678L, 0xABC, 0x0123_4567_89AB_CDEFL);
        // RFC 9562 §5.7: unix_ts_ms (48) | ver (4) = 7 | rand_a (12) ; var (2) = 10 | rand_b (62)
        assertThat(id.toString()).isEqualTo("01901234-5678-7abc-8123-456789abcdef");
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theLayoutKeepsOnlyTheBitsOfEachField() {
        UUID id = GlobalIds.layout(-1L, -1L, -1L);
        assertThat(id.toString()).isEqualTo("ffffffff-ffff-7fff-bfff-ffffffffffff");
    }

    @Test
    void everyIdIsVersion7VariantRfcAndCarriesItsTime() {
        GlobalIds ids = new GlobalIds(new Random(1));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next(MILLIS + i / 100);
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(GlobalIds.epochMillis(id)).isEqualTo(MILLIS + i / 100);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void idsIncreaseWithinOneMillisecondAndAcrossMilliseconds() {
        GlobalIds ids = new GlobalIds(new Random(2));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            made.add(ids.next(MILLIS));
        }
        made.add(ids.next(MILLIS + 1));
        for (int i = 1; i < made.size(); i++) {
            // as text too: the global_id column is compared as a string
            assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
            assertThat(made.get(i).compareTo(made.get(i - 1))).isPositive();
        }
        assertThat(GlobalIds.epochMillis(made.get(49_999))).isEqualTo(MILLIS);
    }

    @Test
    void aClockThatStepsBackDoesNotBreakTheOrder() {
        GlobalIds ids = new GlobalIds(new Random(3));
        String later = ids.next(MILLIS + 1000).toString();
        String after = ids.next(MILLIS).toString();
        assertThat(after).isGreaterThan(later);
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOne() {
        GlobalIds ids = GlobalIds.standard();
        String earlier = ids.next(Instant.ofEpochMilli(MILLIS)).toString();
        String later = ids.next(Instant.ofEpochMilli(MILLIS + 1)).toString();
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void theSameSeedGivesTheSameIds() {
        assertThat(new GlobalIds(new Random(7)).next(MILLIS)).isEqualTo(new GlobalIds(new Random(7)).next(MILLIS));
    }

    @Test
    void idsMadeOnManyThreadsAreUnique() throws InterruptedException {
        GlobalIds ids = new GlobalIds(new Random(4));
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.next(MILLIS));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void onlyVersion7IdsHaveATime() {
        assertThatThrownBy(() -> GlobalIds.epochMillis(UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
