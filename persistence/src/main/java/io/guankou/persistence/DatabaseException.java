package io.guankou.persistence;

import java.util.Objects;

/**
 * A database problem. {@link #getMessage()} is one English line for logs and tests; a user interface
 * translates {@link #reason()} and shows {@link #detail()} (a file path or other non-personal fact) with it.
 */
public class DatabaseException extends RuntimeException {

    /** Why the database failed, for a translated message; each constant needs a text in every UI language. */
    public enum Reason {
        FILE_NOT_FOUND,
        UNREADABLE,
        NOT_SQLITE,
        NOT_GUANKOU,
        NEWER_VERSION,
        CANNOT_CREATE_FOLDER,
        CANNOT_OPEN,
        CANNOT_MIGRATE,
        NO_TOWNSHIP,
        NO_PERSON,
        DUPLICATE_RESIDENT_ID,
        /** The person breaks a ledger rule ({@code PersonValidator}); detail: the refused fields. */
        INVALID_PERSON,
        CORRUPT_RULES,
        CANNOT_READ_LEDGER,
        CANNOT_WRITE_DEMO,
        /** A new ledger was asked for where a file already is (it is left untouched); detail: the path. */
        LEDGER_EXISTS,
        /** A new ledger could not be written (nothing is left behind); detail: the path. */
        CANNOT_CREATE_LEDGER,
        CLOSED,
        SQL_ERROR,
        /** An import was planned on a ledger that changed before it was applied; detail: the sheet row. */
        LEDGER_CHANGED,
        /** A place breaks a rule of model.place.rules (places editor); detail: the refused fields. */
        INVALID_PLACE,
        /** The place to edit, remove or merge is not in the ledger (any more); detail: kind and id. */
        NO_PLACE,
        /** A place that holds persons or other places cannot be removed, only merged; detail: kind and id. */
        PLACE_IN_USE,
        /** A merge the rules refuse (model.place.rules.PlaceRemoval); detail: why. */
        MERGE_REFUSED,
        /** Anything not classified yet: the English message is the only description. */
        OTHER
    }

    private final Reason reason;
    private final String detail;

    public DatabaseException(String message) {
        this(Reason.OTHER, "", message, null);
    }

    public DatabaseException(String message, Throwable cause) {
        this(Reason.OTHER, "", message, cause);
    }

    public DatabaseException(Reason reason, Object detail, String message) {
        this(reason, detail, message, null);
    }

    /**
     * @param detail shown to the user next to the translated reason, so never a name, ID number or phone
     */
    public DatabaseException(Reason reason, Object detail, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail == null ? "" : oneLine(String.valueOf(detail));
    }

    public Reason reason() {
        return reason;
    }

    /** The file path or other non-personal detail for the translated message; may be empty. */
    public String detail() {
        return detail;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
