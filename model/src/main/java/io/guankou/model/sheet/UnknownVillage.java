package io.guankou.model.sheet;

/**
 * A village a sheet names that the ledger does not have. Rows naming it carry {@link #placeholderId()}
 * (negative) as their village id until the user creates the village or maps it to an existing one.
 *
 * @param placeholderId negative, unique within one sheet
 * @param name          the village as first typed in the sheet (stripped)
 * @param rows          how many rows name it
 */
public record UnknownVillage(long placeholderId, String name, int rows) {
    public UnknownVillage {
        if (placeholderId >= 0) {
            throw new IllegalArgumentException("a placeholder village id is negative");
        }
    }
}
