package io.guankou.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of a ledger kept before a newer Guankou migrates it: {@code <name>.before-v<N>-<yyyyMMdd-HHmmss>.db}
 * beside the file, where N is the schema version the migration goes to and the time is the local time of the copy.
 * The copy is made with SQLite's {@code VACUUM INTO}, a consistent snapshot of the database as SQLite sees it (the
 * write-ahead log included), never a raw copy of a file that may have pages still in its {@code -wal}. Nothing is
 * ever overwritten: a second copy in the same second gets {@code -2}, {@code -3}... before {@code .db}.
 */
public final class MigrationBackup {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String SUFFIX = ".db";

    private final Clock clock;

    public MigrationBackup(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Copies {@code file} before it is migrated to schema version {@code targetVersion}; returns the copy.
     *
     * @throws DatabaseException {@code CANNOT_MIGRATE} when the copy cannot be written (the caller then does not
     *     migrate); nothing half-written is left behind
     */
    public Path copy(Path file, String targetVersion) {
        Path absolute = file.toAbsolutePath();
        Path target = freeName(absolute, targetVersion, LocalDateTime.now(clock));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection c = DriverManager.getConnection(Database.url(absolute));
                 Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            // the name appears only when the copy is complete
            Files.move(partial, target);
        } catch (SQLException | java.io.IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (java.io.IOException ignored) {
                // the partial file stays; its name says what it is
            }
            throw new DatabaseException(DatabaseException.Reason.CANNOT_MIGRATE, absolute,
                    "Cannot back up " + absolute + " before migrating it, so it was not migrated: "
                    + e.getClass().getSimpleName(), e);
        }
        LOG.info("Backed up {} to {} before migrating it to schema version {}", absolute, target, targetVersion);
        return target;
    }

    /** {@code ledger.db} before version 11 at 2026-12-02 06:15:00: {@code ledger.before-v11-20261202-061500.db}. */
    static String fileName(String fileName, String targetVersion, LocalDateTime at) {
        String base = fileName.endsWith(SUFFIX) && fileName.length() > SUFFIX.length()
                ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        return base + ".before-v" + targetVersion + "-" + STAMP.format(at) + SUFFIX;
    }

    private static Path freeName(Path file, String targetVersion, LocalDateTime at) {
        String name = fileName(file.getFileName().toString(), targetVersion, at);
        Path candidate = file.resolveSibling(name);
        String stem = name.substring(0, name.length() - SUFFIX.length());
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(stem + "-" + n + SUFFIX);
        }
        return candidate;
    }
}
