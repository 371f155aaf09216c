package io.guankou.desktop.i18n;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.settings.InvalidSettingException;
import io.guankou.persistence.DatabaseException;
import java.util.List;

/**
 * What a failure says to the user: a database failure by its reason ({@code db.error.<REASON>}, with the
 * non-personal detail), a refused data package by its reason, anything else as an unexpected error of its kind. Never the exception's message, which
 * may quote ledger data.
 */
public final class Failures {

    public static final String DB_ERROR = "db.error";
    /** Key family of {@link InvalidSettingException.Kind}: a setting that breaks its rule, with its numbers. */
    public static final String INVALID_SETTING = "settings.invalid";

    private Failures() {
    }

    public static Msg msg(Throwable error) {
        if (error instanceof DatabaseException db) {
            String detail = db.reason() == DatabaseException.Reason.OTHER ? db.getMessage() : db.detail();
            return Msg.of(Messages.enumKey(DB_ERROR, db.reason()), detail);
        }
        if (error instanceof PackageRefused refused) {
            // what happened and what to do, per reason: enum.PackageRefused.Reason.<REASON>
            return Msg.label(refused.reason());
        }
        if (error instanceof InvalidSettingException invalid) {
            return new Msg(Messages.enumKey(INVALID_SETTING, invalid.kind()), List.copyOf(invalid.args()));
        }
        return Msg.of("error.unexpected", error == null ? "?" : error.getClass().getSimpleName());
    }
}
