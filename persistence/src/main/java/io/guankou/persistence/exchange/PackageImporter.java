package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Applies a verified package to the ledger (docs/decisions/0007-package-merge.md): the checks of
 * {@link PackageAdmission}, then every entry merged by {@link PackageMerge}, the conflicts listed, the sender
 * registered when the user confirmed its fingerprint, and the package logged, all in one transaction. A refusal,
 * a failure, a cancellation (interrupt) or a kill leaves the database as it was. A package applied before is
 * recognised by its id and changes nothing.
 *
 * <p>While the rows are written {@code exchange_clock.applying} is 1, so the change-mark triggers do not take the
 * received values for local changes; it is set back to 0 before the commit (and a rollback restores it too).
 */
public final class PackageImporter {

    /** SQLite's {@code temp_store} value for memory. */
    private static final int MEMORY = 2;
    /** The page cache of an import transaction, in KiB (negative: SQLite's convention for KiB). */
    private static final int IMPORT_CACHE_KIB = -262_144;

    private final Database db;
    private final Clock clock;
    private final PackageLog log;
    private final PackageAdmission admission;

    public PackageImporter(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = new PackageLog(db);
        this.admission = new PackageAdmission(new IdentityStore(db, clock), new PeerRegistry(db), log);
    }

    /**
     * Applies the package in one transaction.
     *
     * @param progress rows merged so far (called every few thousand rows and at the end)
     * @throws PackageRefused when the package may not be applied (nothing is written); an {@link IOException} of
     *     the source arrives as an {@link UncheckedIOException}, an interrupt as a
     *     {@link java.util.concurrent.CancellationException}, both after the rollback
     */
    public ImportOutcome apply(ImportRequest request, EntrySource source, LongConsumer progress)
            throws PackageRefused {
        return run(request, source, progress, true);
    }

    /** The same merge as {@link #apply}, in a transaction that is rolled back: what it would do; writes nothing. */
    public ImportOutcome preview(ImportRequest request, EntrySource source, LongConsumer progress)
            throws PackageRefused {
        return run(request, source, progress, false);
    }

    private ImportOutcome run(ImportRequest request, EntrySource source, LongConsumer progress, boolean commit)
            throws PackageRefused {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(progress, "progress");
        if (log.contains(request.header().packageId())) {
            return ImportOutcome.applied();
        }
        int tempStore = pragma("temp_store");
        int cacheSize = pragma("cache_size");
        try {
            return db.transaction(dsl -> dsl.connectionResult(c -> {
                pragma(c, "temp_store", MEMORY);
                pragma(c, "cache_size", Math.min(cacheSize, IMPORT_CACHE_KIB));
                ImportOutcome outcome = inTransaction(c, request, source, progress);
                if (!commit) {
                    throw new RolledBack(outcome);
                }
                return outcome;
            }));
        } catch (RolledBack r) {
            return r.outcome;
        } catch (Refused r) {
            throw r.refused;
        } finally {
            db.read(dsl -> dsl.connectionResult(c -> {
                pragma(c, "temp_store", tempStore);
                pragma(c, "cache_size", cacheSize);
                return null;
            }));
        }
    }

    /*
     * Two settings of the connection for the import, set back afterwards. Every row a package brings fires triggers
     * (change marks, the last reached contact), so SQLite keeps a statement journal for each INSERT: in a temporary
     * file (SQLite's default) that triples the time of a large import, in memory it is the few pages one statement
     * changed. And a million rows grow five indexes at random places: a larger page cache (SQLite's memory, not the
     * Java heap; used only as far as needed) keeps them from being written to the WAL and read back over and over.
     */

    private int pragma(String name) {
        return db.read(dsl -> dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA " + name);
                 java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }));
    }

    private static void pragma(Connection c, String name, int value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA " + name + " = " + value)) {
            ps.execute();
        }
    }

    private ImportOutcome inTransaction(Connection c, ImportRequest request, EntrySource source,
                                        LongConsumer progress) {
        try {
            PackageHeader h = request.header();
            if (log.contains(h.packageId())) {
                return ImportOutcome.applied();
            }
            Instant now = clock.instant();
            PackageAdmission.Admitted admitted = admission.admit(request);
            if (admitted.register()) {
                admission.register(request, now);
            }
            applying(c, true);
            List<TableCounts> tables;
            int conflicts;
            long rows;
            try (PackageMerge merge = new PackageMerge(c, h, admitted.sinceTick(), SqlText.instant(now), progress)) {
                tables = merge.run(source);
                conflicts = merge.conflicts();
                rows = merge.rows();
            }
            ImportOutcome outcome = new ImportOutcome(false, tables, admitted.warnings(), conflicts);
            log.record(LoggedPackage.received(h, request.mode(), null, now, request.recordedBy(),
                    request.fileName().orElse(null), request.fileBytes(), rows, outcome.added(), outcome.updated(),
                    outcome.unchanged(), conflicts));
            applying(c, false);
            return outcome;
        } catch (PackageRefused e) {
            throw new Refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.SQL_ERROR, db.file().getFileName(),
                    "Package import failed in " + db.file().getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void applying(Connection c, boolean on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_clock SET applying = ? WHERE id = 1")) {
            ps.setInt(1, on ? 1 : 0);
            ps.executeUpdate();
        }
    }

    /** Carries a refusal out of the transaction (which rolls back on it). */
    private static final class Refused extends RuntimeException {
        private final transient PackageRefused refused;

        Refused(PackageRefused refused) {
            super(refused.getMessage(), refused, false, false);
            this.refused = refused;
        }
    }

    /** Ends a preview's transaction: the outcome is kept, the writes rolled back. */
    private static final class RolledBack extends RuntimeException {
        private final transient ImportOutcome outcome;

        RolledBack(ImportOutcome outcome) {
            super("preview", null, false, false);
            this.outcome = outcome;
        }
    }
}
