package io.guankou.desktop.meeting.projector;

import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.model.supply.StockLine;
import io.guankou.persistence.referral.ReferralEntry;
import java.time.LocalDateTime;
import java.util.List;

/** What the projector's pages are made of, loaded together as at {@code at}; full names still inside (masked on the pages). */
public record ProjectorData(LocalDateTime at, DailyFigures today, DailyFigures yesterday, List<OverdueGroup> overdue,
                            List<ReferralEntry> referrals, List<StockLine> supplyAlerts,
                            List<VillageShortfall> oximeterGaps, List<ActionItem> actions) {

    public ProjectorData {
        overdue = List.copyOf(overdue);
        referrals = List.copyOf(referrals);
        supplyAlerts = List.copyOf(supplyAlerts);
        oximeterGaps = List.copyOf(oximeterGaps);
        actions = List.copyOf(actions);
    }
}
