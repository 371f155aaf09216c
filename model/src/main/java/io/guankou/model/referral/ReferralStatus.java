package io.guankou.model.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. It moves forward only: open, transport arranged, arrived, then closed or
 * transferred back down (a stable patient moved to a community bed). An open referral may be closed at
 * any step (refused, recovered on the way, died), and that needs an outcome.
 */
public enum ReferralStatus {
    OPEN, TRANSPORT_ARRANGED, ARRIVED, CLOSED, TRANSFERRED_DOWN;

    public boolean isOpen() {
        return this != CLOSED && this != TRANSFERRED_DOWN;
    }

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(TRANSPORT_ARRANGED, CLOSED);
            case TRANSPORT_ARRANGED -> EnumSet.of(ARRIVED, CLOSED);
            case ARRIVED -> EnumSet.of(CLOSED, TRANSFERRED_DOWN);
            case CLOSED, TRANSFERRED_DOWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }
}
