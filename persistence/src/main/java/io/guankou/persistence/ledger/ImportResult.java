package io.guankou.persistence.ledger;

/** What an applied import wrote. */
public record ImportResult(int added, int updated, int villagesCreated) {
}
