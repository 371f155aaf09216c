package io.guankou.model.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactTargetsTest {

    @Test
    void defaultsFollowTheNotices() {
        ContactTargets t = ContactTargets.defaults();
        assertThat(t.target(FollowUpGroup.RED)).isEqualTo(new ContactTarget(3, 56));
        assertThat(t.target(FollowUpGroup.YELLOW)).isEqualTo(new ContactTarget(2, 84));
        assertThat(t.target(FollowUpGroup.GREEN).isNone()).isTrue();
        assertThat(t.target(FollowUpGroup.INFECTED_AT_HOME).intervalHours()).isEqualTo(72);
        assertThat(t.maxPerWeek()).isEqualTo(3);
    }

    @Test
    void encodeAndDecodeRoundTrip() {
        ContactTargets t = ContactTargets.defaults().with(FollowUpGroup.GREEN, new ContactTarget(1, 168));
        assertThat(ContactTargets.decode(t.encode())).isEqualTo(t);
        assertThat(t.encode()).isEqualTo("RED=3/56;YELLOW=2/84;GREEN=1/168;INFECTED_AT_HOME=2/72");
    }

    @Test
    void decodeKeepsDefaultsForMissingGroupsAndIgnoresUnknownOnes() {
        ContactTargets t = ContactTargets.decode("RED=4/48;PURPLE=9/9");
        assertThat(t.target(FollowUpGroup.RED)).isEqualTo(new ContactTarget(4, 48));
        assertThat(t.target(FollowUpGroup.YELLOW)).isEqualTo(new ContactTarget(2, 84));
    }

    @Test
    void impossibleTargetsAreRefused() {
        assertThatThrownBy(() -> new ContactTarget(15, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactTarget(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactTargets.decode("RED=3")).isInstanceOf(IllegalArgumentException.class);
    }
}
