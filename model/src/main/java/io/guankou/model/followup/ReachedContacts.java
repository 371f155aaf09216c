package io.guankou.model.followup;

import java.time.LocalDateTime;

/**
 * A person's reached contacts as the schedule needs them: the most recent ones, newest first. An index may
 * remember only contacts since {@link #knownSince()}; older ones then count as "before that time".
 */
public interface ReachedContacts {

    /** The n-th most recent reached contact (0 = the last one), or null when fewer are known. */
    LocalDateTime nthMostRecent(int n);

    /** How many reached contacts are known. */
    int known();

    /**
     * The last reached contact ever, which may lie before {@link #knownSince()}; null when never reached.
     */
    LocalDateTime last();

    /** Contacts before this time may exist without being listed; null when the list is complete. */
    LocalDateTime knownSince();
}
