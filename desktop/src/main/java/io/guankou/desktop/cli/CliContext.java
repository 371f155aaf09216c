package io.guankou.desktop.cli;

import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.place.TownshipSetup;
import io.guankou.persistence.Database;
import io.guankou.persistence.setup.LedgerCreator;
import io.guankou.model.exchange.PackageRefused;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The command line's composition root, one per run of {@link GuankouCommand#execute}: the messages, the data
 * folder, the clock and the one {@link LedgerOpener}. It builds the subcommands ({@link #factory}) and is the
 * only place in the command line that opens a ledger and builds repositories ({@link #open}).
 */
final class CliContext {

    private final Messages messages;
    private final DataPaths paths;
    private final Clock clock;
    private final boolean interactive;
    private final LedgerOpener opener;
    private final CliSecrets secrets;
    private final PrintWriter err;

    CliContext(Messages messages, DataPaths paths, Clock clock, boolean interactive, LedgerOpener opener,
               CliSecrets secrets, PrintWriter err) {
        this.messages = Objects.requireNonNull(messages);
        this.paths = Objects.requireNonNull(paths);
        this.clock = Objects.requireNonNull(clock);
        this.interactive = interactive;
        this.opener = Objects.requireNonNull(opener);
        this.secrets = Objects.requireNonNull(secrets);
        this.err = Objects.requireNonNull(err);
    }

    /** Where secrets come from: environment variables named on the line, or the terminal. */
    CliSecrets secrets() {
        return secrets;
    }

    Messages messages() {
        return messages;
    }

    DataPaths paths() {
        return paths;
    }

    Clock clock() {
        return clock;
    }

    /** Whether stderr is a terminal, where progress may overwrite one line (not a script's log or a test). */
    boolean interactive() {
        return interactive;
    }

    /**
     * The name a command records as the author of its changes: {@code given} (an option such as {@code --user}),
     * else, as the app's PrefsUserSettings, the operating-system user, or a fixed name when there is none.
     */
    String userName(String given) {
        String name = given != null ? given : System.getProperty("user.name");
        return name == null || name.isBlank() ? "guankou" : name.strip();
    }

    /**
     * Opens the ledger {@code --db} names, the office's ledger without it; the caller closes it. A file that is
     * missing or no ledger ends in a {@link io.guankou.persistence.DatabaseException}.
     */
    CliLedger open(DatabaseOption db) {
        return openFile(db.fileOr(paths.ledgerFile()));
    }

    /**
     * Opens the ledger at {@code file} (which must exist); the caller closes it. When this version migrated an older
     * ledger, one line on stderr says where the copy from before is (stdout stays the command's output, --json too).
     */
    CliLedger openFile(Path file) {
        Database database = opener.open(file);
        database.migrationBackup().ifPresent(backup -> err.println(messages.format("cli.migration.backup", backup)));
        return new CliLedger(database, clock, paths);
    }

    /** Work on a new receiving ledger before it is put in place. */
    @FunctionalInterface
    interface ReceivingWork<T> {
        T fill(CliLedger ledger) throws IOException, PackageRefused;
    }

    /**
     * A new receiving (county) ledger at {@code target}, filled by {@code work} (a package import) in a scratch file
     * and put in place only when the work succeeded and this is not a {@code dryRun}; nothing is left behind
     * otherwise, and an existing file is never replaced.
     */
    <T> T intoNewReceivingLedger(Path target, boolean dryRun, ReceivingWork<T> work) throws IOException, PackageRefused {
        try {
            return new LedgerCreator(clock).createFilled(target, !dryRun, db -> {
                try {
                    return work.fill(new CliLedger(db, clock, paths));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Creates a new ledger for {@code setup}'s township where {@code --db} points, the office's ledger file without
     * it, and opens it; the caller closes it. Anything already at that path ends in a
     * {@link io.guankou.persistence.DatabaseException} with reason {@code LEDGER_EXISTS}, and is left untouched.
     */
    CliLedger create(DatabaseOption db, TownshipSetup setup, String user) {
        Path file = new LedgerCreator(clock).create(db.fileOr(paths.ledgerFile()), setup, user);
        return new CliLedger(opener.open(file), clock, paths);
    }

    /**
     * A new county database at {@code file} (never over an existing file): no township yet, the county's identity
     * (role COUNTY, its 6-digit code and name) under a new ledger id; its townships' packages fill it.
     */
    CliLedger createCounty(java.nio.file.Path file, String code, String name) {
        java.nio.file.Path made = new LedgerCreator(clock).createFilled(file.toAbsolutePath(), true, db -> {
            new io.guankou.persistence.exchange.IdentityStore(db, clock).createReceiving(
                    io.guankou.model.sync.GlobalIds.standard().next(clock.instant()), code, name);
            return file.toAbsolutePath();
        });
        return new CliLedger(opener.open(made), clock, paths);
    }

    /** Builds the commands of {@code root}'s command line, each with what it needs. */
    CommandLine.IFactory factory(GuankouCommand root) {
        return new Factory(root, this);
    }

    private record Factory(GuankouCommand root, CliContext cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GuankouCommand.class) {
                return cls.cast(root);
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(root, cli));
            }
            if (cls == DemoCountyCommand.class) {
                return cls.cast(new DemoCountyCommand(root, cli));
            }
            if (cls == StatsCommand.class) {
                return cls.cast(new StatsCommand(root, cli));
            }
            if (cls == SnapshotCommand.class) {
                return cls.cast(new SnapshotCommand(root, cli));
            }
            if (cls == OverdueCommand.class) {
                return cls.cast(new OverdueCommand(root, cli));
            }
            if (cls == SuppliesCommand.class) {
                return cls.cast(new SuppliesCommand(root, cli));
            }
            if (cls == OximetersCommand.class) {
                return cls.cast(new OximetersCommand(root, cli));
            }
            if (cls == BoundariesCommand.class) {
                return cls.cast(new BoundariesCommand(root, cli));
            }
            if (cls == CoverageCommand.class) {
                return cls.cast(new CoverageCommand(root, cli));
            }
            if (cls == InitCommand.class) {
                return cls.cast(new InitCommand(root, cli));
            }
            if (cls == KeysCommand.class) {
                return cls.cast(new KeysCommand(root, cli));
            }
            if (cls == ExportCommand.class) {
                return cls.cast(new ExportCommand(root, cli));
            }
            if (cls == VerifyCommand.class) {
                return cls.cast(new VerifyCommand(root, cli));
            }
            if (cls == ImportCommand.class) {
                return cls.cast(new ImportCommand(root, cli));
            }
            if (cls == ExcelImportCommand.class) {
                return cls.cast(new ExcelImportCommand(root, cli));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
