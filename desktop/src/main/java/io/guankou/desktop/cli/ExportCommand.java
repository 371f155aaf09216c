package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.ExportRefused;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageRecipient;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PassphraseRule;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.persistence.exchange.PackageExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code guankou export --db FILE --out PACKAGE [--delta] (--to PUBLIC_KEY | --passphrase-env VAR)
 * [--accept-key FINGERPRINT]}: writes a USB data package of the ledger, signed with its own keys and encrypted for
 * the ledger whose public key file is named (or for a passphrase). A ledger named by its key file for the first time
 * is registered with the export, and only once its fingerprint, checked with the recipient by phone, is given with
 * {@code --accept-key}. The file is written beside its final name, flushed, renamed and read back before the command
 * says it is done; an existing file is never overwritten.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an encrypted, signed USB data package of the ledger.")
final class ExportCommand extends PackageCommand {

    static final class To {
        @Option(names = "--to", paramLabel = "PUBLIC_KEY", required = true, descriptionKey = "cli.export.opt.to")
        Path publicKey;

        @Option(names = "--passphrase-env", paramLabel = "VAR", required = true,
                descriptionKey = "cli.pkg.opt.passphraseEnv")
        String passphraseEnv;
    }

    @Mixin
    DatabaseOption db;

    @Option(names = "--out", paramLabel = "PACKAGE", required = true, descriptionKey = "cli.export.opt.out")
    Path out;

    @Option(names = "--delta", descriptionKey = "cli.export.opt.delta")
    boolean delta;

    @ArgGroup(exclusive = true, multiplicity = "1")
    To to;

    @Mixin
    AcceptKeyOption acceptKey;

    @Option(names = "--key-dir", paramLabel = "DIR", descriptionKey = "cli.export.opt.keyDir")
    Path keyDir;

    ExportCommand(GuankouCommand root, CliContext cli) {
        super(root, cli);
    }

    @Override
    void run(PackageRun run, PrintWriter stdout, PrintWriter err) throws IOException, ExportRefused,
            PackageExporter.Refused {
        Messages msg = cli.messages();
        run.writing(out);
        if (Files.exists(out)) {
            throw new CommandProblem(msg.format("cli.export.outExists", out));
        }
        PackageRecipient recipient = recipient(msg, run);
        try (CliLedger ledger = cli.open(db)) {
            PackageExchange exchange = ledger.exchange(cli.userName(null));
            // a new recipient's fingerprint is checked before the own key's passphrase is asked for
            exchange.checkRecipient(recipient);
            LedgerKeys signer = keyOptions.unlock(keyDir != null ? keyDir : exchange.ownKeyFolder(), cli);
            PackageExchange.Sent sent = exchange.export(delta ? PackageKind.DELTA : PackageKind.FULL, recipient,
                    out, signer, rows -> { });
            stdout.println(msg.format("cli.export.done", sent.file(), sent.bytes(), sent.outcome().totalRows(),
                    msg.label(sent.manifest().header().kind()), sent.manifest().header().sequence()));
            if (recipient instanceof PackageRecipient.Keys k) {
                // the key file could have been swapped on its way here: the recipient reads theirs out by phone
                stdout.println(msg.format("cli.export.recipient", k.keys().keys().fingerprint()));
            }
        }
    }

    private PackageRecipient recipient(Messages msg, PackageRun run) {
        if (to.passphraseEnv != null) {
            char[] passphrase = run.secret(PassphraseOption.read(cli, to.passphraseEnv));
            Optional<PassphraseRule.Problem> problem = PassphraseRule.PACKAGE.check(CharBuffer.wrap(passphrase), null);
            if (problem.isPresent()) {
                throw new CommandProblem(msg.format("cli.export.passphraseRefused", to.passphraseEnv,
                        msg.format(Messages.enumKey(problem.get()), PassphraseRule.PACKAGE.minLength())));
            }
            return new PackageRecipient.Passphrase(passphrase);
        }
        PublicKeyFile keys;
        try {
            keys = PublicKeyFile.decode(Files.readString(to.publicKey, StandardCharsets.UTF_8));
        } catch (IOException | InvalidKeyFile | RuntimeException e) {
            throw new CommandProblem(msg.format("cli.export.badPublicKey", to.publicKey));
        }
        run.confirming(keys.keys().fingerprint());
        return new PackageRecipient.Keys(keys, acceptKey.confirmed());
    }
}
