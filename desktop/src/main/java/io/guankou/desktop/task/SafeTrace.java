package io.guankou.desktop.task;

import java.util.StringJoiner;

/**
 * A failure for the log without its messages, which may quote ledger data: the exception classes of the
 * cause chain and where the innermost one was thrown.
 */
public final class SafeTrace {

    private static final int FRAMES = 8;

    private SafeTrace() {
    }

    public static String of(Throwable error) {
        if (error == null) {
            return "?";
        }
        StringJoiner chain = new StringJoiner(" <- ");
        Throwable root = error;
        int depth = 0;
        for (Throwable t = error; t != null && depth < 10; t = t.getCause(), depth++) {
            chain.add(t.getClass().getName());
            root = t;
        }
        StringBuilder b = new StringBuilder(chain.toString());
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            b.append("\n\tat ").append(frames[i]);
        }
        return b.toString();
    }
}
