package io.guankou.model.ledger;

import io.guankou.model.person.Tier;

/**
 * What the ledger view asks for: free text (name, resident ID or phone, as typed) and optional filters.
 * A null filter, and blank text, match everything. {@code tier} is the effective tier (the override where
 * there is one).
 */
public record LedgerQuery(String text, Long villageId, Long gridId, Tier tier, Long teamId) {

    private static final LedgerQuery ALL = new LedgerQuery(null, null, null, null, null);

    public static LedgerQuery all() {
        return ALL;
    }

    public static LedgerQuery text(String text) {
        return ALL.withText(text);
    }

    public boolean matchesEverything() {
        return (text == null || text.isBlank()) && villageId == null && gridId == null && tier == null
                && teamId == null;
    }

    public LedgerQuery withText(String v) {
        return new LedgerQuery(v, villageId, gridId, tier, teamId);
    }

    public LedgerQuery withVillageId(Long v) {
        return new LedgerQuery(text, v, gridId, tier, teamId);
    }

    public LedgerQuery withGridId(Long v) {
        return new LedgerQuery(text, villageId, v, tier, teamId);
    }

    public LedgerQuery withTier(Tier v) {
        return new LedgerQuery(text, villageId, gridId, v, teamId);
    }

    public LedgerQuery withTeamId(Long v) {
        return new LedgerQuery(text, villageId, gridId, tier, v);
    }
}
