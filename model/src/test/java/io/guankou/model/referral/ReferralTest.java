package io.guankou.model.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.sync.RecordMeta;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static Referral open() {
        return Referral.open(RecordMeta.fresh("500235124", Instant.EPOCH), 1, 9L, Set.of(ReferralTrigger.LOW_SPO2),
                T, "Li");
    }

    @Test
    void aReferralMovesForwardToArrivalThenClosesOrIsTransferredDown() {
        Referral r = open().arranged("County hospital", Transport.AMBULANCE_120, true)
                .moveTo(ReferralStatus.TRANSPORT_ARRANGED, T.plusMinutes(20), null)
                .moveTo(ReferralStatus.ARRIVED, T.plusHours(2), null);
        assertThat(r.status().isOpen()).isTrue();
        assertThat(r.statusAt()).isEqualTo(T.plusHours(2));
        Referral down = r.moveTo(ReferralStatus.TRANSFERRED_DOWN, T.plusDays(5), "stable, community bed");
        assertThat(down.status().isOpen()).isFalse();
        assertThat(down.outcome()).isEqualTo("stable, community bed");
        assertThat(down.transport()).isEqualTo(Transport.AMBULANCE_120);
        assertThat(down.escort()).isTrue();
    }

    @Test
    void itCannotSkipBackOrJumpAhead() {
        assertThatThrownBy(() -> open().moveTo(ReferralStatus.ARRIVED, T, null)).isInstanceOf(IllegalStateException.class);
        Referral closed = open().moveTo(ReferralStatus.CLOSED, T, "refused");
        assertThat(closed.status().next()).isEmpty();
        assertThatThrownBy(() -> closed.moveTo(ReferralStatus.OPEN, T, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingNeedsAnOutcome() {
        assertThatThrownBy(() -> open().moveTo(ReferralStatus.CLOSED, T, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferralNeedsATrigger() {
        assertThatThrownBy(() -> Referral.open(RecordMeta.fresh("500235124", Instant.EPOCH), 1, null, Set.of(), T, "Li"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
