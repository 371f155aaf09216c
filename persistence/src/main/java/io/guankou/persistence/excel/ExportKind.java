package io.guankou.persistence.excel;

/** Which list an export wrote: the {@code what} of an export log row. */
public enum ExportKind {
    LEDGER,
    OVERDUE,
    REFERRALS,
    /** The health-pack queue (issue 14). */
    HEALTH_PACKS,
    /** The dispatch meeting's one-page summary, as PDF or .xlsx (issue 15); names masked, no IDs. */
    MEETING_SUMMARY,
    /** The county's dynamic-data report of a day or a week (issue 15); figures only. */
    COUNTY_REPORT
}
