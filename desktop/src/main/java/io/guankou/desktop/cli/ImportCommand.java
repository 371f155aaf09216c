package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageUnlock;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.ImportWarning;
import io.guankou.persistence.exchange.TableCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guankou import --db FILE PACKAGE [--dry-run] (--key-dir DIR | --passphrase-env VAR)}: checks a USB data
 * package and merges it into the ledger in one transaction (with {@code --dry-run}: says what it would do and
 * writes nothing). A ledger file that does not exist yet becomes a receiving (county) database holding the
 * package's township; it appears only when the import succeeded. The first package from a sender is refused until
 * its fingerprint, compared with the sender (by phone), is given with {@code --accept-key}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Check a USB data package and merge it into the ledger.")
final class ImportCommand extends PackageCommand {

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", paramLabel = "PACKAGE", descriptionKey = "cli.pkg.opt.package")
    Path packageFile;

    @Option(names = "--dry-run", descriptionKey = "cli.pkgimport.opt.dryRun")
    boolean dryRun;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    UnlockOptions unlock = new UnlockOptions();

    @Mixin
    AcceptKeyOption acceptKey;

    ImportCommand(GuankouCommand root, CliContext cli) {
        super(root, cli);
    }

    @Override
    void run(PackageRun run, PrintWriter out, PrintWriter err) throws IOException, PackageRefused {
        Messages msg = cli.messages();
        VerifiedPackage pkg = new PackageTexts(msg).verified(run.reading(packageFile), out);
        run.confirming(pkg.signerFingerprint());
        Path target = db.fileOr(cli.paths().ledgerFile());
        ImportOutcome outcome;
        if (Files.exists(target)) {
            try (CliLedger ledger = cli.open(db)) {
                PackageExchange exchange = ledger.exchange(cli.userName(null));
                PackageUnlock opener = unlock.open(cli, keyOptions, exchange::ownKeyFolder, run);
                outcome = exchange.importPackage(pkg, opener, acceptKey.confirmed(), dryRun, rows -> { });
            }
        } else {
            PackageUnlock opener = unlock.open(cli, keyOptions, () -> null, run);
            UUID ledgerId = receivingLedgerId();
            outcome = cli.intoNewReceivingLedger(target, dryRun, ledger -> {
                ledger.prepareReceiving(pkg.header(), ledgerId);
                return ledger.exchange(cli.userName(null)).importPackage(pkg, opener, acceptKey.confirmed(),
                        dryRun, rows -> { });
            });
            if (!dryRun) {
                out.println(msg.format("cli.pkgimport.receivingCreated", target.toAbsolutePath()));
            }
        }
        print(out, msg, outcome);
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
