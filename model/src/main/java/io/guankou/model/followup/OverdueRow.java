package io.guankou.model.followup;

import io.guankou.model.ledger.LedgerEntry;

/** One overdue person: the ledger row and the follow-up status. */
public record OverdueRow(LedgerEntry person, FollowUpStatus status) {
}
