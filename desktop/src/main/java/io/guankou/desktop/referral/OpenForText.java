package io.guankou.desktop.referral;

import io.guankou.desktop.i18n.Messages;
import java.time.Duration;

/**
 * How long a referral has been open, as the office says it: minutes in the first hour, hours for the first
 * two days (a referral's urgency is counted in hours), whole days after that.
 */
public final class OpenForText {

    private OpenForText() {
    }

    public static String format(Messages msg, Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return msg.format("referral.age.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return msg.format("referral.age.hours", hours);
        }
        return msg.format("referral.age.days", hours / 24);
    }
}
