package io.guankou.persistence.excel;

/** Which list an export wrote: the {@code what} of an export log row. */
public enum ExportKind {
    LEDGER,
    OVERDUE,
    REFERRALS,
    /** The health-pack queue (issue 14). */
    HEALTH_PACKS
}
