package io.guankou.persistence;

/** A database problem whose message is one line the user can be shown as it is. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(oneLine(message));
    }

    public DatabaseException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
