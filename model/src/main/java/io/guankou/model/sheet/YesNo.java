package io.guankou.model.sheet;

/**
 * The answer a yes/no column (pregnant, family-doctor contract, oximeter, health pack) is given for a value the
 * parser does not know ({@link ValueOptions}). What it means is the column's: a yes where the ledger wants a date
 * or serial is a yes without detail ({@link RowNote.Kind#YES_WITHOUT_DETAIL}), as a typed yes is.
 */
public enum YesNo { YES, NO }
