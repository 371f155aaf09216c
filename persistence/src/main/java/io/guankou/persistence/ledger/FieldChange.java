package io.guankou.persistence.ledger;

/** One row of a person's change history as written: the field and its old and new text. */
record FieldChange(String field, String oldValue, String newValue) {

    static final String COMPUTED_TIER = "computedTier";
    static final String COMORBIDITIES = "comorbidities";
    /** A person created by an import: one row, its new value {@link #sheetSource the file and row}. */
    static final String CREATED = "created";

    /** The creation row of a person an import adds from row {@code rowNumber} of {@code fileName}. */
    static FieldChange createdFromSheet(String fileName, int rowNumber) {
        return new FieldChange(CREATED, null, sheetSource(fileName, rowNumber));
    }

    /**
     * The stored form of a sheet row: the file name, {@code #}, the row number ({@code 台账.xlsx#12}). The number
     * follows the last {@code #}, so a file name holding {@code #} stays readable.
     */
    static String sheetSource(String fileName, int rowNumber) {
        return fileName + "#" + rowNumber;
    }
}
