package io.guankou.desktop.app;

import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.demo.DemoOptions;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Turns a ledger file into an open {@link Database}: the one way the window's start-up and the command line
 * open a ledger. Every failure is a {@link DatabaseException} whose reason {@code Messages.describe} words for
 * the user (file not found, not SQLite, not a Guankou ledger...).
 */
@FunctionalInterface
public interface LedgerOpener {

    /** Opens {@code file}, which must already be a Guankou ledger; an older one is upgraded in place. */
    Database open(Path file);

    /** The office's files as they are on disk. */
    static LedgerOpener existing() {
        return Database::openExisting;
    }

    /**
     * The demo township: written when it was not generated today, and written afresh when a file left by an
     * older build does not open (demo data is disposable).
     */
    static LedgerOpener demo(DemoOptions options) {
        return file -> {
            DemoFile.ensureFresh(file, options);
            try {
                return Database.openExisting(file);
            } catch (DatabaseException e) {
                LoggerFactory.getLogger(LedgerOpener.class)
                        .warn("Demo file did not open ({}); writing it afresh", e.reason());
                DemoFile.regenerate(file, options);
                return Database.openExisting(file);
            }
        };
    }
}
