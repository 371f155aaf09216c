package io.guankou.model.supply;

/** How a facility's stock of an item stands, worst first (the order the list shows them in). */
public enum SupplyStatus {
    /** Fewer days of supply than the alert limit (14 by default) at the recent daily use. */
    UNDER_ALERT_DAYS,
    /** Below the target stock for the served population (raised before Spring Festival). */
    BELOW_TARGET,
    OK
}
