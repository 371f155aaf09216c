package io.guankou.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One township's SQLite file, migrated to the latest schema on open.
 *
 * <p>Why one shared connection behind a lock and not a pool: a desktop console has one user and a
 * handful of background tasks, and SQLite serialises writers anyway. One connection means the pragmas
 * (WAL, foreign keys, busy timeout) are set exactly once, nested calls on the same thread join the
 * running transaction, and no writer ever waits on another connection's lock inside SQLite (where a
 * busy error would surface to the user). Reads of 100,000 rows take well under a second, so the lock
 * is never held long enough to matter.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Negative: KiB rather than pages (SQLite's convention). */
    private static final int CACHE_KIB = -65_536;

    private final Path file;
    /** The copy kept before this open migrated the file; null when nothing was migrated. */
    private final Path migrationBackup;
    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    private boolean closed;

    private Database(Path file, Path migrationBackup, Connection connection) {
        this.file = file;
        this.migrationBackup = migrationBackup;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE,
                new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    /**
     * Opens the file, creating it when absent, and migrates it to the latest schema; a file at an older schema is
     * first copied beside itself ({@link MigrationBackup}, see {@link #migrationBackup()}).
     */
    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the backup's time stamp read from {@code clock}. */
    static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_CREATE_FOLDER, absolute,
                    "Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        Path backup = migrate(absolute, new MigrationBackup(clock));
        try {
            Connection connection = DriverManager.getConnection(url(absolute), connectionConfig().toProperties());
            connection.setAutoCommit(true);
            LOG.info("Opened database {}", absolute);
            return new Database(absolute, backup, connection);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, absolute,
                    "Cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file that must already be a Guankou database; upgrades it in place when older, after copying it
     * ({@link #migrationBackup()}).
     */
    public static Database openExisting(Path file) {
        return openExisting(file, Clock.systemDefaultZone());
    }

    /** As {@link #openExisting(Path)}, with the backup's time stamp read from {@code clock}. */
    static Database openExisting(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new DatabaseException(DatabaseException.Reason.FILE_NOT_FOUND, absolute,
                    "Database file not found: " + absolute);
        }
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new DatabaseException(DatabaseException.Reason.UNREADABLE, absolute,
                    "Cannot read database file: " + absolute);
        }
        if (!hasSqliteHeader(absolute)) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, absolute,
                    "Not a SQLite database: " + absolute);
        }
        if (!looksLikeGuankou(absolute)) {
            throw new DatabaseException(DatabaseException.Reason.NOT_GUANKOU, absolute,
                    "Not a Guankou database (no township ledger found): " + absolute);
        }
        return open(absolute, clock);
    }

    public Path file() {
        return file;
    }

    /**
     * The copy of the file as it was before this open migrated it to a newer schema
     * ({@code ledger.before-v11-20261202-061500.db} beside it); empty when the file was new or already up to date.
     */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    /** Runs work on the shared connection in auto-commit mode (or inside the caller's transaction). */
    public <T> T read(Function<DSLContext, T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw wrap(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one transaction: all of it is stored or none. A call from inside another
     * transaction on the same thread joins it.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.apply(dsl);
                } finally {
                    transactionDepth--;
                }
            }
            connection.setAutoCommit(false);
            transactionDepth = 1;
            try {
                T result = work.apply(dsl);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                transactionDepth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.SQL_ERROR, file.getFileName(),
                    "Database error in " + file.getFileName() + ": " + firstLine(e), e);
        } catch (DataAccessException e) {
            throw wrap(e);
        } finally {
            lock.unlock();
        }
    }

    private DatabaseException wrap(DataAccessException e) {
        Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
        return new DatabaseException(DatabaseException.Reason.SQL_ERROR, file.getFileName(),
                "Database error in " + file.getFileName() + ": "
                + firstLine(cause instanceof Exception ex ? ex : e), e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing {} failed: {}", file, e.getClass().getName());
        } finally {
            lock.unlock();
        }
    }

    /** The pragmas every connection to a Guankou file gets. */
    public static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // WAL + NORMAL is durable across application crashes; only an OS crash may lose the last commit
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // 64 MiB of page cache (SQLite's default is 2 MiB): a 20,000-row import writes ~320,000 history rows whose
        // index pages must stay in memory; the cache only grows as far as it is used
        config.setCacheSize(CACHE_KIB);
        return config;
    }

    public static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * Whether {@code file} (an existing Guankou database) is at this version's latest schema, with no migration
     * pending; false too when it cannot be asked. Reads only.
     */
    public static boolean isAtLatestSchema(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (SchemaCheck.upToDate(file)) {
            return true;
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(url(file.toAbsolutePath()), null, null)
                    .locations("classpath:" + SchemaCheck.LOCATION)
                    .load();
            return flyway.info().pending().length == 0 && flyway.info().current() != null;
        } catch (FlywayException e) {
            return false;
        }
    }

    /**
     * Migrates {@code file}; returns the backup made first when it held an older schema, else null. A file already
     * at this build's schema ({@link SchemaCheck}) is left as it is without starting Flyway.
     */
    private static Path migrate(Path file, MigrationBackup backups) {
        if (SchemaCheck.upToDate(file)) {
            return null;
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(url(file), null, null)
                    .locations("classpath:" + SchemaCheck.LOCATION)
                    .load();
            // Flyway would quietly accept a schema from a newer Guankou; this version cannot know its rules
            boolean newer = Arrays.stream(flyway.info().all())
                    .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS);
            if (newer) {
                throw new DatabaseException(DatabaseException.Reason.NEWER_VERSION, file,
                        "Database " + file + " was written by a newer version of Guankou");
            }
            MigrationInfoService info = flyway.info();
            MigrationInfo[] pending = info.pending();
            Path backup = null;
            if (info.current() != null && pending.length > 0) {
                // a ledger written by an older version: keep it as it was before changing it
                backup = backups.copy(file, pending[pending.length - 1].getVersion().getVersion());
            }
            flyway.migrate();
            return backup;
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_MIGRATE, file,
                    "Cannot bring database " + file + " up to date: " + firstLine(e), e);
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.UNREADABLE, file,
                    "Cannot read database file: " + file, e);
        }
    }

    private static boolean looksLikeGuankou(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection(url(file), config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('flyway_schema_history', 'township')")) {
                if (!rs.next() || rs.getInt(1) != 2) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM township")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    return true;
                }
            }
            // a county database made by init --county holds no township until its first package
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'exchange_identity'")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM exchange_identity WHERE role = 'COUNTY'")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            // a file with a SQLite header that SQLite cannot read is corrupt or encrypted: not ours to open
            return false;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new DatabaseException(DatabaseException.Reason.CLOSED, file.getFileName(),
                    "Database " + file.getFileName() + " is closed");
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
}
