package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.sync.GlobalIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GlobalIdMapTest {

    @Test
    void holdsEveryIdPutAcrossGrowingAndKnowsNoOther() {
        GlobalIdMap map = new GlobalIdMap();
        List<String> ids = new ArrayList<>();
        GlobalIds generator = GlobalIds.standard();
        for (int i = 0; i < 50_000; i++) {
            String id = generator.next(Instant.parse("2026-11-23T02:00:00Z")).toString();
            ids.add(id);
            assertThat(map.put(GlobalIdText.high(id), GlobalIdText.low(id), i)).isTrue();
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(map.get(GlobalIdText.high(id), GlobalIdText.low(id))).isEqualTo(i);
        }
        String first = ids.get(0);
        assertThat(map.put(GlobalIdText.high(first), GlobalIdText.low(first), 7)).isFalse();
        assertThat(map.get(GlobalIdText.high(first), GlobalIdText.low(first))).isZero();
        assertThat(map.size()).isEqualTo(50_000);
        String other = "01890000-0000-7000-8000-000000000001";
        assertThat(map.get(GlobalIdText.high(other), GlobalIdText.low(other))).isEqualTo(-1);
        assertThatThrownBy(() -> map.put(1, 2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGlobalIdIsTheCanonicalTextOfAUuid() {
        UUID u = UUID.fromString("0189ab12-3456-7def-8abc-0123456789ef");
        assertThat(GlobalIdText.valid(u.toString())).isTrue();
        assertThat(GlobalIdText.high(u.toString())).isEqualTo(u.getMostSignificantBits());
        assertThat(GlobalIdText.low(u.toString())).isEqualTo(u.getLeastSignificantBits());
        assertThat(GlobalIdText.valid("0189AB12-3456-7def-8abc-0123456789ef")).isFalse();
        assertThat(GlobalIdText.valid("0189ab12-3456-7def-8abc-0123456789e")).isFalse();
        assertThat(GlobalIdText.valid("0189ab1203456-7def-8abc-0123456789ef")).isFalse();
        assertThat(GlobalIdText.valid(null)).isFalse();
    }
}
