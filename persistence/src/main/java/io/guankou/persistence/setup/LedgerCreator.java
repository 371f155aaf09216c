package io.guankou.persistence.setup;

import static io.guankou.persistence.jooq.Tables.TOWNSHIP;

import io.guankou.model.place.TownshipSetup;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.DatabaseException.Reason;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.settings.TierRulesRepository;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a new, empty ledger for one township: the township row and the tier rules with the chosen age lower
 * bound, written in one transaction through the same {@link TierRulesRepository} the settings use.
 *
 * <p>It never overwrites: when anything is at the path (a ledger, any other file, a folder, or the {@code -wal},
 * {@code -shm} or {@code -journal} file SQLite would read with it) it refuses with
 * {@link Reason#LEDGER_EXISTS} and touches nothing. The ledger is written to a temporary file in the same folder
 * and put in place only when complete (a hard link, which fails rather than replace; a move without replacing
 * where the file system has no links), so a crash leaves no half ledger under the name.
 */
public final class LedgerCreator {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerCreator.class);
    /** The files SQLite keeps beside a database and reads with it. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private final Clock clock;

    public LedgerCreator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes a new ledger for {@code setup}'s township at {@code file}, creating its folder when needed.
     *
     * @param user the name the tier-rules setting records as its author
     * @return the absolute path of the new ledger
     * @throws DatabaseException {@link Reason#LEDGER_EXISTS} when something is already at {@code file},
     *                           {@link Reason#CANNOT_CREATE_FOLDER} or {@link Reason#CANNOT_CREATE_LEDGER}
     *                           when it cannot be written (nothing is left behind then)
     */
    public Path create(Path file, TownshipSetup setup, String user) {
        Objects.requireNonNull(setup, "setup");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a new ledger needs the user's name");
        }
        Path target = file.toAbsolutePath();
        createFilled(target, true, db -> {
            write(db, setup, user);
            return target;
        });
        LOG.info("Created a new ledger {}", target);
        return target;
    }

    /** What fills a new ledger before it is put in place; may fail with {@code E}, leaving nothing behind. */
    @FunctionalInterface
    public interface Filling<T, E extends Exception> {
        T fill(Database db) throws E;
    }

    /**
     * Writes a new ledger at {@code file} with {@code filling} (a receiving database filled by a package import):
     * into a scratch file beside it, put in place only when the filling returned, and only with {@code keep} (a dry
     * run leaves nothing). The same never-overwrite rules as {@link #create}; a failure leaves nothing behind.
     *
     * @throws DatabaseException {@link Reason#LEDGER_EXISTS} when something is already at {@code file}, or when
     *                           the file cannot be written
     * @throws E what {@code filling} throws
     */
    public <T, E extends Exception> T createFilled(Path file, boolean keep, Filling<T, E> filling) throws E {
        Path target = file.toAbsolutePath();
        refuseIfTaken(target);
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException(Reason.CANNOT_CREATE_FOLDER, target,
                    "Cannot create the folder for " + target + ": " + e.getMessage(), e);
        }
        Path scratch;
        try {
            // hidden, unique, and readable by this user only (the ledger holds personal health data)
            scratch = Files.createTempFile(folder, "." + target.getFileName() + ".", ".creating");
        } catch (IOException e) {
            throw cannotCreate(target, e);
        }
        T result;
        try (Database db = Database.open(scratch)) {
            result = filling.fill(db);
        } catch (Exception e) {
            // the filling's own failure (a refused package, a cancellation) reaches the caller as it is
            deleteQuietly(scratch);
            throw e;
        }
        try {
            // a clean close folds the write-ahead log into the file; a log left beside it would be lost in the move
            for (String suffix : COMPANIONS) {
                if (Files.exists(companion(scratch, suffix))) {
                    throw new IllegalStateException("the new ledger left its " + suffix + " file behind");
                }
            }
            if (keep) {
                putInPlace(scratch, target);
            } else {
                deleteQuietly(scratch);
            }
            return result;
        } catch (RuntimeException e) {
            deleteQuietly(scratch);
            throw e instanceof DatabaseException db && db.reason() == Reason.LEDGER_EXISTS ? db : cannotCreate(target, e);
        }
    }

    private void write(Database db, TownshipSetup setup, String user) {
        TierRulesRepository rules = new TierRulesRepository(db, clock);
        db.transaction(dsl -> {
            Instant now = clock.instant();
            dsl.insertInto(TOWNSHIP)
                    .set(TOWNSHIP.GLOBAL_ID, GlobalIds.standard().next(now).toString())
                    .set(TOWNSHIP.TOWNSHIP_CODE, setup.code())
                    .set(TOWNSHIP.UPDATED_AT, SqlText.instant(now))
                    .set(TOWNSHIP.REVISION, 1L)
                    .set(TOWNSHIP.DELETED, false)
                    .set(TOWNSHIP.CODE, setup.code())
                    .set(TOWNSHIP.NAME, setup.name())
                    .execute();
            return rules.save(setup.tierRules(), user); // joins this transaction
        });
    }

    private static void putInPlace(Path scratch, Path target) {
        refuseIfTaken(target); // again: something may have appeared while the ledger was written
        try {
            if (link(scratch, target)) {
                deleteQuietly(scratch); // the ledger is in place; the scratch name is only a second link to it
            } else {
                // FAT-formatted sticks have no hard links; a move without REPLACE_EXISTING still never replaces
                Files.move(scratch, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new IllegalStateException("cannot move the new ledger in place", e);
        }
    }

    /** Links {@code target} to {@code scratch}; false when the file system cannot, an error when the name is taken. */
    private static boolean link(Path scratch, Path target) throws FileAlreadyExistsException {
        try {
            Files.createLink(target, scratch);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void refuseIfTaken(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        for (String suffix : COMPANIONS) {
            if (Files.exists(companion(target, suffix), LinkOption.NOFOLLOW_LINKS)) {
                throw exists(companion(target, suffix));
            }
        }
    }

    private static Path companion(Path dbFile, String suffix) {
        return dbFile.resolveSibling(dbFile.getFileName() + suffix);
    }

    private static DatabaseException exists(Path path) {
        return new DatabaseException(Reason.LEDGER_EXISTS, path,
                "A file is already at " + path + "; a new ledger never replaces it");
    }

    private static DatabaseException cannotCreate(Path target, Exception e) {
        return new DatabaseException(Reason.CANNOT_CREATE_LEDGER, target,
                "Cannot create a new ledger at " + target + ": " + e.getMessage(), e);
    }

    private static void deleteQuietly(Path scratch) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(companion(scratch, suffix));
            } catch (IOException e) {
                LOG.warn("Cannot delete the unfinished ledger {}{}", scratch.getFileName(), suffix);
            }
        }
    }
}
