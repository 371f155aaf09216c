package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.ExportRefused;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageRecipient;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.exchange.PackageExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guankou export --db FILE --out PACKAGE [--delta] (--to PUBLIC_KEY | --passphrase-env VAR)}: writes a USB
 * data package of the ledger, signed with its own keys and encrypted for the ledger whose public key file is named
 * (or for a passphrase). The file is written beside its final name, flushed, renamed and read back before the
 * command says it is done; an existing file is never overwritten.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an encrypted, signed USB data package of the ledger.")
final class ExportCommand implements Callable<Integer> {

    static final class To {
        @Option(names = "--to", paramLabel = "PUBLIC_KEY", required = true, descriptionKey = "cli.export.opt.to")
        Path publicKey;

        @Option(names = "--passphrase-env", paramLabel = "VAR", required = true,
                descriptionKey = "cli.pkg.opt.passphraseEnv")
        String passphraseEnv;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--out", paramLabel = "PACKAGE", required = true, descriptionKey = "cli.export.opt.out")
    Path out;

    @Option(names = "--delta", descriptionKey = "cli.export.opt.delta")
    boolean delta;

    @ArgGroup(exclusive = true, multiplicity = "1")
    To to;

    @Option(names = "--key-dir", paramLabel = "DIR", descriptionKey = "cli.export.opt.keyDir")
    Path keyDir;

    @Mixin
    KeyOptions keyOptions;

    private final GuankouCommand root;
    private final CliContext cli;

    ExportCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() {
        root.languageOption();
        Messages msg = cli.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(out)) {
                throw new CommandProblem(msg.format("cli.export.outExists", out));
            }
            PackageRecipient recipient = recipient(msg);
            try (CliLedger ledger = cli.open(db)) {
                PackageExchange exchange = ledger.exchange(cli.userName(null));
                LedgerKeys signer = keyOptions.unlock(keyDir != null ? keyDir : exchange.ownKeyFolder(), cli);
                PackageExchange.Sent sent = exchange.export(delta ? PackageKind.DELTA : PackageKind.FULL, recipient,
                        out, signer, rows -> { });
                stdout.println(msg.format("cli.export.done", sent.file(), sent.bytes(), sent.outcome().totalRows(),
                        msg.label(sent.manifest().header().kind()), sent.manifest().header().sequence()));
                if (recipient instanceof PackageRecipient.Keys k) {
                    // the key file could have been swapped on its way here: the recipient reads theirs out by phone
                    stdout.println(msg.format("cli.export.recipient", k.keys().keys().fingerprint()));
                }
            } finally {
                if (recipient instanceof PackageRecipient.Passphrase p) {
                    Arrays.fill(p.passphrase(), '\0');
                }
            }
            return GuankouCommand.EXIT_OK;
        } catch (CommandProblem e) {
            err.println(msg.format("cli.error", e.getMessage()));
            return GuankouCommand.EXIT_USAGE;
        } catch (ExportRefused e) {
            err.println(msg.format("cli.error", msg.label(e.reason())));
            return GuankouCommand.EXIT_USAGE;
        } catch (PackageExporter.Refused e) {
            err.println(msg.format("cli.error", msg.label(e.reason())));
            return GuankouCommand.EXIT_USAGE;
        } catch (FileAlreadyExistsException e) {
            err.println(msg.format("cli.error", msg.format("cli.export.outExists", out)));
            return GuankouCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println(msg.format("cli.error", msg.format("cli.export.cannotWrite", out, e.getClass().getSimpleName())));
            return GuankouCommand.EXIT_USAGE;
        } catch (DatabaseException e) {
            err.println(msg.format("cli.error", msg.describe(e)));
            return GuankouCommand.EXIT_USAGE;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private PackageRecipient recipient(Messages msg) {
        if (to.passphraseEnv != null) {
            return new PackageRecipient.Passphrase(PassphraseOption.read(cli, to.passphraseEnv));
        }
        try {
            return new PackageRecipient.Keys(PublicKeyFile.decode(Files.readString(to.publicKey, StandardCharsets.UTF_8)));
        } catch (IOException | InvalidKeyFile | RuntimeException e) {
            throw new CommandProblem(msg.format("cli.export.badPublicKey", to.publicKey));
        }
    }
}
