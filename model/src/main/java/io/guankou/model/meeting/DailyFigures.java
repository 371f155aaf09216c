package io.guankou.model.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The dispatch meeting's figures of one day (DOMAIN.md §10), as at {@code at}: what the dashboard's tiles show,
 * what {@code guankou snapshot} prints and what the daily snapshot stores. A null figure means the township keeps
 * no such data yet (no ambulance recorded, no daily staff entry, no medicine with recent use ...): the tile says so
 * instead of showing a zero.
 *
 * @param newInfections      infection episodes that started on the day
 * @param spo2Alerts         contacts of the day with an SpO2 reading under the referral threshold
 * @param referralsOpened    referrals opened on the day
 * @param openReferrals      referrals open at {@code at}
 * @param oldestOpenReferral when the oldest of those was opened; null with none open
 * @param oximeterShortfall  devices missing against the minimums, summed over holders
 * @param staff              the facilities' daily entries summed; null when none was made for the day
 * @param returnees          returnees who arrived in the last 14 days
 * @param familyDoctorPercent family-doctor contract coverage of persons with a comorbidity
 */
public record DailyFigures(LocalDate day, LocalDateTime at, TierCounts tiers, ContactDay contacts,
                           int newInfections, int spo2Alerts, int referralsOpened, int openReferrals,
                           LocalDateTime oldestOpenReferral, Integer oximeterShortfall, LowestSupply lowestSupply,
                           AmbulanceCount ambulances, StaffFigures staff, Integer returnees,
                           Integer familyDoctorPercent) {

    /** Returnees count for this many days after arrival (the notices' 14-day health watch). */
    public static final int RETURNEE_DAYS = 14;

    public DailyFigures {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(contacts, "contacts");
    }
}
