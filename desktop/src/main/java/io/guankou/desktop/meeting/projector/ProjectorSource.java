package io.guankou.desktop.meeting.projector;

import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueList;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import io.guankou.model.oximeter.Shortfalls;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.SnapshotRepository;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.referral.ReferralEntry;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.supply.SupplyRepository;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Reads what the projector shows (call off the FX thread); the overdue list is the overdue view's, by village. */
public record ProjectorSource(DailySnapshots snapshots, SnapshotRepository store, LedgerRepository ledger,
                              FollowUpRepository followUps, FollowUpSettingsRepository followUpSettings,
                              ReferralRepository referrals, SupplyRepository supplies, OximeterRepository oximeters,
                              ActionItemRepository actions) {

    public ProjectorData load(LocalDateTime now) {
        DailyFigures today = snapshots.figures(now.toLocalDate(), now);
        DailyFigures yesterday = store.load(now.toLocalDate().minusDays(1)).map(Snapshot::figures).orElse(null);
        ContactTargets targets = followUpSettings.loadTargets();
        var overdue = OverdueList.build(ledger.loadEntries(), followUps.loadIndex(targets, now), now,
                Grouping.VILLAGE, EnumSet.allOf(io.guankou.model.person.Tier.class));
        List<ReferralEntry> open = referrals.list(true).stream()
                .sorted(Comparator.comparing((ReferralEntry r) -> r.referral().openedAt())).toList();
        List<StockLine> alerts = supplies.overview(now.toLocalDate()).lines().stream()
                .filter(l -> l.status() != SupplyStatus.OK).toList();
        var gaps = Shortfalls.byVillage(oximeters.overview(now.toLocalDate()).holders()).stream()
                .filter(v -> v.shortfall() > 0).toList();
        var items = actions.list(now.toLocalDate(), 0);
        return new ProjectorData(now, today, yesterday, overdue, open, alerts, gaps, items);
    }
}
