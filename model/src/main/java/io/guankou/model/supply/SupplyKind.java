package io.guankou.model.supply;

/** The kinds of medicine and test kit the notices ask facilities to stock for 15–20% of their served population. */
public enum SupplyKind {
    CHINESE_PATENT_MEDICINE,
    ANTIPYRETIC,
    COUGH_MEDICINE,
    ANTIGEN_KIT
}
