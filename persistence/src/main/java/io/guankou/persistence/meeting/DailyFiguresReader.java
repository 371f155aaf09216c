package io.guankou.persistence.meeting;

import static io.guankou.persistence.jooq.Tables.CONTACT;
import static io.guankou.persistence.jooq.Tables.INFECTION_EPISODE;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.REFERRAL;

import io.guankou.model.familydoctor.ContractCoverage;
import io.guankou.model.familydoctor.ContractPerson;
import io.guankou.model.familydoctor.CoverageCount;
import io.guankou.model.familydoctor.CoverageGroup;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.meeting.AmbulanceCount;
import io.guankou.model.meeting.ContactDay;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.meeting.TierCounts;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.returnee.Returnee;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.familydoctor.ContractRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerQueries;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.returnee.ReturneeRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Computes the dispatch meeting's figures of a day as at a moment from the ledger as it is now (the rules are
 * those of {@link ContactDay}, {@link StaffFigures} and the resource records): the live dashboard, {@code guankou
 * snapshot} and the stored daily snapshot all come from here, so they agree. The overdue count is the overdue
 * list's: the same index as of the same moment.
 */
public final class DailyFiguresReader {

    private final Database db;
    private final LedgerRepository ledger;
    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository followUpSettings;
    private final OximeterRepository oximeters;
    private final SupplyRepository supplies;
    private final TransportRepository transport;
    private final ReturneeRepository returnees;
    private final ContractRepository contracts;
    private final FacilityDayRepository facilityDays;

    public DailyFiguresReader(Database db, Clock clock) {
        this.db = db;
        this.ledger = new LedgerRepository(db, clock);
        this.followUps = new FollowUpRepository(db);
        this.followUpSettings = new FollowUpSettingsRepository(db, clock);
        this.oximeters = new OximeterRepository(db, clock);
        this.supplies = new SupplyRepository(db, clock);
        this.transport = new TransportRepository(db, clock);
        this.returnees = new ReturneeRepository(db, clock);
        this.contracts = new ContractRepository(db);
        this.facilityDays = new FacilityDayRepository(db, clock);
    }

    /** The figures of {@code day} as at {@code at} (a moment during the day or at its end). */
    public DailyFigures figures(LocalDate day, LocalDateTime at) {
        LocalDateTime dayStart = day.atStartOfDay();
        if (at.isBefore(dayStart)) {
            throw new IllegalArgumentException("the moment " + at + " is before the day " + day);
        }
        ContactTargets targets = followUpSettings.loadTargets();
        int spo2Threshold = followUpSettings.loadReferralRules().spo2Threshold();
        List<LedgerEntry> entries = ledger.loadEntries();
        FollowUpIndex atStart = followUps.loadIndex(targets, dayStart);
        FollowUpIndex now = followUps.loadIndex(targets, at);
        String from = SqlText.dateTime(dayStart);
        String until = SqlText.dateTime(at);
        Counts c = db.read(dsl -> {
            Counts k = new Counts();
            Condition today = CONTACT.AT.between(from, until).and(CONTACT.DELETED.isFalse());
            dsl.selectDistinct(CONTACT.PERSON_ID).from(CONTACT).where(today).and(CONTACT.REACHED.isTrue())
                    .fetch().forEach(r -> k.reached.add(r.value1()));
            k.spo2 = dsl.fetchCount(dsl.selectFrom(CONTACT).where(today).and(CONTACT.SPO2.lt((long) spo2Threshold)));
            k.infections = dsl.fetchCount(dsl.select(INFECTION_EPISODE.ID).from(INFECTION_EPISODE)
                    .join(PERSON).on(PERSON.ID.eq(INFECTION_EPISODE.PERSON_ID))
                    .where(INFECTION_EPISODE.START_DATE.eq(SqlText.date(day))).and(INFECTION_EPISODE.DELETED.isFalse())
                    .and(LedgerQueries.active()));
            k.referralsOpened = dsl.fetchCount(dsl.selectFrom(REFERRAL).where(REFERRAL.DELETED.isFalse())
                    .and(REFERRAL.OPENED_AT.between(from, until)));
            // open at the moment: opened by then, and still open, or closed only after it
            List<String> closed = Arrays.stream(ReferralStatus.values()).filter(s -> !s.isOpen()).map(Enum::name).toList();
            Condition openThen = REFERRAL.DELETED.isFalse().and(REFERRAL.OPENED_AT.le(until))
                    .and(REFERRAL.STATUS.notIn(closed).or(REFERRAL.STATUS_AT.gt(until)));
            k.openReferrals = dsl.fetchCount(dsl.selectFrom(REFERRAL).where(openThen));
            k.oldestOpen = dsl.select(DSL.min(REFERRAL.OPENED_AT)).from(REFERRAL).where(openThen).fetchOne(0, String.class);
            return k;
        });
        ContactDay contacts = ContactDay.of(entries, atStart, now, c.reached, day, at);
        OximeterOverview ox = oximeters.overview(day);
        Integer shortfall = ox.devices().isEmpty() ? null
                : ox.holders().stream().mapToInt(HolderStock::shortfall).sum();
        List<FacilityDay> entered = facilityDays.entries(day);
        List<Returnee> rs = returnees.returnees();
        Integer returneeCount = rs.isEmpty() ? null : (int) rs.stream()
                .filter(r -> !r.arrival().isAfter(day) && r.arrival().isAfter(day.minusDays(DailyFigures.RETURNEE_DAYS)))
                .count();
        List<ContractPerson> persons = contracts.persons(day);
        CoverageCount comorbid = ContractCoverage.township(persons).count(CoverageGroup.COMORBIDITY);
        return new DailyFigures(day, at, TierCounts.of(entries, LedgerEntry::tier), contacts, c.infections, c.spo2,
                c.referralsOpened, c.openReferrals, c.oldestOpen == null ? null : SqlText.dateTime(c.oldestOpen),
                shortfall, LowestSupply.of(supplies.overview(day).lines()), AmbulanceCount.of(transport.ambulances()),
                entered.isEmpty() ? null : StaffFigures.sum(entered), returneeCount,
                comorbid.persons() == 0 ? null : comorbid.percent());
    }

    private static final class Counts {
        final Set<Long> reached = new HashSet<>();
        int spo2;
        int infections;
        int referralsOpened;
        int openReferrals;
        String oldestOpen;
    }
}
