package io.guankou.model.followup;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The overdue list as the office reads it: overdue persons of the chosen tiers grouped by village,
 * grid or team, longest overdue first within a group. Groups come in the order of their first (longest
 * overdue) row, so the worst group is at the top; the unassigned group comes last.
 */
public final class OverdueList {

    private OverdueList() {
    }

    public static List<OverdueGroup> build(Collection<LedgerEntry> ledger, FollowUpIndex index, LocalDateTime now,
                                           Grouping grouping, Set<Tier> tiers) {
        return build(byId(ledger), index, now, grouping, tiers);
    }

    /** As {@link #build(Collection, FollowUpIndex, LocalDateTime, Grouping, Set)} with the ledger rows by person id. */
    public static List<OverdueGroup> build(Map<Long, LedgerEntry> byId, FollowUpIndex index, LocalDateTime now,
                                           Grouping grouping, Set<Tier> tiers) {
        Objects.requireNonNull(grouping, "grouping");
        Map<GroupKey, List<OverdueRow>> groups = new LinkedHashMap<>();
        for (FollowUpStatus s : index.overdue(now)) {
            LedgerEntry e = byId.get(s.personId());
            if (e == null || !tiers.contains(s.tier())) {
                continue;
            }
            groups.computeIfAbsent(GroupKey.of(grouping, e), k -> new ArrayList<>()).add(new OverdueRow(e, s));
        }
        List<OverdueGroup> out = new ArrayList<>(groups.size());
        groups.forEach((k, rows) -> out.add(new OverdueGroup(grouping, k.id, k.name, k.parent, rows)));
        out.sort(Comparator.comparing((OverdueGroup g) -> g.key() == null)); // stable: unassigned last
        return out;
    }

    /** Ledger rows by person id, for callers that build the list again and again from the same ledger. */
    public static Map<Long, LedgerEntry> byId(Collection<LedgerEntry> ledger) {
        Map<Long, LedgerEntry> byId = new HashMap<>(ledger.size() * 2);
        for (LedgerEntry e : ledger) {
            byId.put(e.personId(), e);
        }
        return byId;
    }

    /** Every row of the groups in list order. */
    public static List<OverdueRow> rows(List<OverdueGroup> groups) {
        List<OverdueRow> rows = new ArrayList<>();
        groups.forEach(g -> rows.addAll(g.rows()));
        return rows;
    }

    private record GroupKey(Long id, String name, String parent) {
        static GroupKey of(Grouping grouping, LedgerEntry e) {
            return switch (grouping) {
                case VILLAGE -> new GroupKey(e.villageId(), e.villageName(), null);
                case GRID -> e.gridId() == null ? new GroupKey(null, null, e.villageName())
                        : new GroupKey(e.gridId(), e.gridName(), e.villageName());
                case TEAM -> e.teamId() == null ? new GroupKey(null, null, null)
                        : new GroupKey(e.teamId(), e.teamName(), null);
            };
        }
    }
}
