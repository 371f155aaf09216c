package io.guankou.persistence.ledger;

/** One row of a person's change history as written: the field and its old and new text. */
record FieldChange(String field, String oldValue, String newValue) {

    static final String COMPUTED_TIER = "computedTier";
    static final String COMORBIDITIES = "comorbidities";
}
