package io.guankou.desktop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenForTextTest {

    Messages zh = Messages.of(Language.ZH);

    @Test
    void minutesThenHoursForTwoDaysThenDays() {
        assertThat(OpenForText.format(zh, Duration.ofMinutes(25))).isEqualTo("25分钟");
        assertThat(OpenForText.format(zh, Duration.ofMinutes(3 * 60 + 40))).isEqualTo("3小时");
        assertThat(OpenForText.format(zh, Duration.ofHours(47))).isEqualTo("47小时");
        assertThat(OpenForText.format(zh, Duration.ofHours(48))).isEqualTo("2天");
        assertThat(OpenForText.format(zh, Duration.ofHours(80))).isEqualTo("3天");
        assertThat(OpenForText.format(Messages.of(Language.EN), Duration.ofHours(3))).isEqualTo("3 h");
    }
}
