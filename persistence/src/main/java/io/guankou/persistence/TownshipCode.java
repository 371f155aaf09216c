package io.guankou.persistence;

import static io.guankou.persistence.jooq.Tables.TOWNSHIP;

import org.jooq.DSLContext;

/** The code of the township that owns the file: every new exchangeable row carries it. */
public final class TownshipCode {

    private TownshipCode() {
    }

    public static String of(DSLContext dsl) {
        return dsl.select(TOWNSHIP.CODE).from(TOWNSHIP).orderBy(TOWNSHIP.ID).limit(1)
                .fetchOptional(TOWNSHIP.CODE)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_TOWNSHIP, "",
                        "The database has no township yet"));
    }
}
