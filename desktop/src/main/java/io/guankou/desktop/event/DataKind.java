package io.guankou.desktop.event;

/** What part of the township's data changed; views subscribe to the kinds they show. */
public enum DataKind {
    LEDGER,
    CONTACTS,
    REFERRALS,
    SETTINGS,
    PLACES,
    DEVICES,
    PACKAGES,
    /** Ambulances, the non-emergency fleet, measured travel times and the coverage settings (issue 13). */
    TRANSPORT,
    /** Medicines and test kits: items, served populations, receipts and issues, the supplies settings (issue 14). */
    SUPPLIES,
    /** The returnee register (issue 14). */
    RETURNEES,
    /** The dispatch meeting's daily entries and stored snapshots (issue 15). */
    MEETING,
    /** The dispatch meeting's action lists: tasks, problems, responsibilities (issue 15). */
    ACTION_ITEMS
}
