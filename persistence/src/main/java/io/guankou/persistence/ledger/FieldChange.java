package io.guankou.persistence.ledger;

import io.guankou.model.person.SheetSource;

/** One row of a person's change history as written: the field and its old and new text. */
record FieldChange(String field, String oldValue, String newValue) {

    static final String COMPUTED_TIER = "computedTier";
    static final String COMORBIDITIES = "comorbidities";
    /** The one history row of a person an import adds from row {@code rowNumber} of {@code fileName}. */
    static FieldChange createdFromSheet(String fileName, int rowNumber) {
        return new FieldChange(SheetSource.HISTORY_FIELD, null, new SheetSource(fileName, rowNumber).stored());
    }
}
