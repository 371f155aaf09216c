package io.guankou.persistence.referral;

/**
 * A referral could not be stored as edited because what is stored moved on: someone else changed it (or it
 * is gone), or its status no longer allows the move. The queue loads again and shows what is stored now.
 */
public final class ReferralConflictException extends IllegalStateException {

    public ReferralConflictException(String message) {
        super(message);
    }
}
