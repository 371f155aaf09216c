package io.guankou.model.supply;

/** The fields of the supplies forms a problem can point at. */
public enum SupplyField {
    FACILITY,
    ITEM,
    KIND,
    QUANTITY,
    DATE,
    NOTE,
    NAME,
    UNIT,
    PER_PERSON,
    POPULATION,
    WINDOW_DAYS,
    TARGET_PERCENT,
    ALERT_DAYS,
    SPRING_FESTIVAL,
    FESTIVAL_LEAD_DAYS,
    FESTIVAL_RAISE_PERCENT
}
