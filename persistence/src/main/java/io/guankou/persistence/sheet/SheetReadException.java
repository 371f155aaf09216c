package io.guankou.persistence.sheet;

import java.util.Objects;

/**
 * A file could not be read as a sheet. The desktop shows a localized message chosen by {@link #reason()};
 * the exception message is technical English for the log and never contains cell contents or the path.
 */
public final class SheetReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file could not be read. */
    public enum Reason {
        /** Not a spreadsheet at all (a text or Word file, an image, a web page saved as .xls, ...). */
        NOT_A_SHEET,
        /** Protected by a password to open: the user has to save it without one first. */
        ENCRYPTED,
        /** An Excel 95 or older workbook (BIFF2-5): the user has to save it as .xlsx first. */
        OLD_FORMAT,
        /** A spreadsheet that is damaged, truncated or cannot be opened (also: an I/O error). */
        UNREADABLE,
        /** The sheet asked for is not in the workbook. */
        NO_SUCH_SHEET
    }

    private final Reason reason;

    public SheetReadException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SheetReadException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
