package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageUnlock;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.ImportWarning;
import io.guankou.persistence.exchange.TableCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guankou import --db FILE PACKAGE [--dry-run] (--key-dir DIR | --passphrase-env VAR)}: checks a USB data
 * package and merges it into the ledger in one transaction (with {@code --dry-run}: says what it would do and
 * writes nothing). A ledger file that does not exist yet becomes a receiving (county) database holding the
 * package's township; it appears only when the import succeeded. The first package from a sender is refused until
 * its fingerprint, compared with the sender (by phone), is given with {@code --accept-key}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Check a USB data package and merge it into the ledger.")
final class ImportCommand implements Callable<Integer> {

    static final class Unlock {
        @Option(names = "--key-dir", paramLabel = "DIR", descriptionKey = "cli.pkg.opt.keyDirImport")
        Path keyDir;

        @Option(names = "--passphrase-env", paramLabel = "VAR", descriptionKey = "cli.pkg.opt.passphraseEnv")
        String passphraseEnv;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", paramLabel = "PACKAGE", descriptionKey = "cli.pkg.opt.package")
    Path packageFile;

    @Option(names = "--dry-run", descriptionKey = "cli.pkgimport.opt.dryRun")
    boolean dryRun;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Unlock unlock = new Unlock();

    @Option(names = "--accept-key", paramLabel = "FINGERPRINT", descriptionKey = "cli.pkgimport.opt.acceptKey")
    String acceptKey;

    @Mixin
    KeyOptions keyOptions;

    private final GuankouCommand root;
    private final CliContext cli;

    ImportCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() {
        root.languageOption();
        Messages msg = cli.messages();
        PackageTexts texts = new PackageTexts(msg);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackageUnlock opener = null;
        String fingerprint = null;
        try {
            if (!Files.isRegularFile(packageFile)) {
                throw new CommandProblem(msg.format("cli.pkg.noFile", packageFile));
            }
            VerifiedPackage pkg = PackageExchange.verify(packageFile);
            fingerprint = pkg.signerFingerprint();
            texts.describe(out, pkg);
            Path target = db.fileOr(cli.paths().ledgerFile());
            ImportOutcome outcome;
            if (Files.exists(target)) {
                try (CliLedger ledger = cli.open(db)) {
                    PackageExchange exchange = ledger.exchange(cli.userName(null));
                    opener = opener(exchange::ownKeyFolder);
                    outcome = exchange.importPackage(pkg, opener, confirmed(), dryRun, rows -> { });
                }
            } else {
                PackageUnlock receivingOpener = opener(() -> null);
                opener = receivingOpener;
                UUID ledgerId = receivingLedgerId();
                outcome = cli.intoNewReceivingLedger(target, dryRun, ledger -> {
                    ledger.prepareReceiving(pkg.header(), ledgerId);
                    return ledger.exchange(cli.userName(null)).importPackage(pkg, receivingOpener, confirmed(), dryRun,
                            rows -> { });
                });
                if (!dryRun) {
                    out.println(msg.format("cli.pkgimport.receivingCreated", target.toAbsolutePath()));
                }
            }
            print(out, msg, outcome);
            return GuankouCommand.EXIT_OK;
        } catch (CommandProblem e) {
            err.println(msg.format("cli.error", e.getMessage()));
            return GuankouCommand.EXIT_USAGE;
        } catch (PackageRefused e) {
            err.println(msg.format("cli.error", e.reason() == PackageRefused.Reason.KEY_NOT_CONFIRMED && fingerprint != null
                    ? msg.format("cli.pkgimport.confirmKey", fingerprint) : texts.refused(e)));
            return GuankouCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println(msg.format("cli.error", msg.format("cli.pkg.unreadable", packageFile, e.getClass().getSimpleName())));
            return GuankouCommand.EXIT_USAGE;
        } catch (DatabaseException e) {
            err.println(msg.format("cli.error", msg.describe(e)));
            return GuankouCommand.EXIT_USAGE;
        } finally {
            if (opener instanceof PackageUnlock.Passphrase p) {
                Arrays.fill(p.passphrase(), '\0');
            }
            out.flush();
            err.flush();
        }
    }

    /** The passphrase, or the keys of {@code --key-dir} (else of {@code ownFolder}, the ledger's own). */
    private PackageUnlock opener(java.util.function.Supplier<Path> ownFolder) {
        if (unlock.passphraseEnv != null) {
            return new PackageUnlock.Passphrase(PassphraseOption.read(cli, unlock.passphraseEnv));
        }
        // asked for only when needed: finding the own folder writes the ledger's identity the first time
        Path folder = unlock.keyDir != null ? unlock.keyDir : ownFolder.get();
        if (folder == null) {
            throw new CommandProblem(cli.messages().get("cli.pkgimport.keyDirNeeded"));
        }
        return new PackageUnlock.Keys(keyOptions.unlock(folder, cli));
    }

    /** A new receiving database takes the ledger id of the key folder that opens the package (a new one for a passphrase). */
    private UUID receivingLedgerId() {
        if (unlock.keyDir == null) {
            return GlobalIds.standard().next(cli.clock().instant());
        }
        try {
            return KeyFolder.readPublic(unlock.keyDir).ledgerId();
        } catch (IOException | InvalidKeyFile e) {
            throw new CommandProblem(cli.messages().format("cli.keys.unreadable", unlock.keyDir,
                    e.getClass().getSimpleName()));
        }
    }

    private Optional<String> confirmed() {
        return Optional.ofNullable(acceptKey).map(String::strip);
    }

    private void print(PrintWriter out, Messages msg, ImportOutcome outcome) {
        if (outcome.alreadyApplied()) {
            out.println(msg.get("cli.pkgimport.alreadyApplied"));
            return;
        }
        for (TableCounts t : outcome.tables()) {
            out.println(msg.format("cli.pkgimport.table", t.table(), t.added(), t.updated(), t.unchanged(),
                    t.conflicting()));
        }
        for (ImportWarning w : outcome.warnings()) {
            // the same words as the data-exchange view's preview: the last sequence applied, and this one
            out.println(w.kind() == ImportWarning.Kind.SEQUENCE_SKIPPED
                    ? msg.format(Messages.enumKey(w.kind()), w.expected() - 1, w.got())
                    : msg.format("cli.pkgimport.warning", msg.label(w.kind())));
        }
        out.println(msg.format(dryRun ? "cli.pkgimport.dryRunDone" : "cli.pkgimport.done", outcome.conflicts()));
    }
}
