package io.guankou.persistence.demo;

import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.referral.Transport;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.SqlText;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The demo's referrals, one per severe contact, at the stage a real queue would show them: today's still
 * open or with transport arranged, a couple left open for more than a day (the queue flags them), older
 * ones arrived, closed or transferred back down to the township.
 */
final class DemoReferrals {

    /** Meta for contacts built only to ask the referral rules for their triggers; never stored. */
    static final RecordMeta NO_META = new RecordMeta(new UUID(0, 0), "", Instant.EPOCH, 0, false);
    /** Referrals at least a day old that the demo leaves open, so the stale flag has something to show. */
    private static final int STALE_OPEN = 2;

    private final DemoSink sink;
    private final DemoWords words;
    private final Random random;
    private final java.time.LocalDate today;
    private int staleOpen;

    DemoReferrals(DemoSink sink, DemoWords words, Random random, java.time.LocalDate today) {
        this.sink = sink;
        this.words = words;
        this.random = random;
        this.today = today;
    }

    /** A referral opened from the stored contact {@code contactId} (the office opens it a little later). */
    void write(long personId, long contactId, LocalDateTime contactAt, String madeBy, Set<ReferralTrigger> triggers)
            throws SQLException {
        LocalDateTime opened = contactAt.plusMinutes(5 + random.nextInt(36));
        long age = ChronoUnit.DAYS.between(contactAt.toLocalDate(), today);
        ReferralStatus status = status(age);
        String destination = null;
        Transport transport = null;
        boolean escort = false;
        LocalDateTime statusAt = opened;
        String outcome = null;
        // closed the day after opening can only mean closed before transport (refused, SpO2 back to normal)
        boolean closedEarly = status == ReferralStatus.CLOSED && (age < 2 || random.nextInt(100) < 30);
        if (status != ReferralStatus.OPEN && !closedEarly) {
            destination = words.hospitals.draw(random);
            int roll = random.nextInt(100);
            transport = roll < 55 ? Transport.AMBULANCE_120 : roll < 90 ? Transport.FLEET : Transport.OWN;
            escort = transport == Transport.AMBULANCE_120 || transport == Transport.FLEET && random.nextBoolean();
        }
        switch (status) {
            case TRANSPORT_ARRANGED -> statusAt = opened.plusMinutes(20 + random.nextInt(70));
            case ARRIVED -> statusAt = opened.plusMinutes(120 + random.nextInt(180));
            case CLOSED, TRANSFERRED_DOWN -> {
                String kind = status == ReferralStatus.TRANSFERRED_DOWN ? "TRANSFERRED_DOWN"
                        : closedEarly ? "EARLY_CLOSED" : "ARRIVED_CLOSED";
                List<String> texts = DemoWords.matching(words.referralOutcomes, kind);
                outcome = texts.get(random.nextInt(texts.size()));
                statusAt = closedEarly ? opened.plusMinutes(90 + random.nextInt(240))
                        : opened.plusDays(1 + random.nextInt((int) age - 1)).plusMinutes(random.nextInt(240));
            }
            default -> { }
        }
        String updatedBy = words.clinicians.get(random.nextInt(words.clinicians.size()));
        sink.insert("referral", "person_id, contact_id, triggers, opened_at, opened_by, destination, transport,"
                        + " escort, status, status_at, outcome, updated_by",
                personId, contactId, SqlText.enumSet(triggers), SqlText.dateTime(opened), madeBy, destination,
                SqlText.name(transport), escort, status.name(), SqlText.dateTime(statusAt), outcome, updatedBy);
    }

    /** Yesterday's (the newest: contacts end yesterday) are being arranged; older ones have moved on (closed after arrival from two days on), except the first {@value #STALE_OPEN}. */
    private ReferralStatus status(long age) {
        int roll = random.nextInt(100);
        if (age <= 1) {
            return roll < 60 ? ReferralStatus.OPEN : ReferralStatus.TRANSPORT_ARRANGED;
        }
        if (staleOpen < STALE_OPEN) {
            staleOpen++;
            return ReferralStatus.OPEN;
        }
        if (age == 1) {
            return roll < 20 ? ReferralStatus.TRANSPORT_ARRANGED : roll < 80 ? ReferralStatus.ARRIVED
                    : ReferralStatus.CLOSED;
        }
        return roll < 25 ? ReferralStatus.ARRIVED : roll < 70 ? ReferralStatus.CLOSED : ReferralStatus.TRANSFERRED_DOWN;
    }
}
