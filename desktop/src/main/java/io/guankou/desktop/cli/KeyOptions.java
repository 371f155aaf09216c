package io.guankou.desktop.cli;

import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import io.guankou.model.exchange.keys.PassphraseRule;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.i18n.Messages;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --key-passphrase-env VAR}: the environment variable holding the passphrase of a key folder; without it a
 * protected folder asks on the terminal. Mixed into every command that opens this ledger's keys.
 */
final class KeyOptions {

    @Option(names = "--key-passphrase-env", paramLabel = "VAR", descriptionKey = "cli.keys.opt.passphraseEnv")
    String passphraseEnv;

    /** The keys in {@code folder}, asking for (or reading) its passphrase when it has one. */
    LedgerKeys unlock(Path folder, CliContext cli) {
        Messages msg = cli.messages();
        try {
            if (!KeyFolder.exists(folder)) {
                throw new CommandProblem(msg.format("cli.keys.none", folder));
            }
            if (!KeyFolder.isProtected(folder)) {
                return PackageExchange.unlock(folder, null);
            }
            char[] secret = secret(cli, msg.format("cli.keys.prompt", folder));
            try {
                return PackageExchange.unlock(folder, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        } catch (KeyFolderLocked e) {
            throw new CommandProblem(msg.format("cli.keys.locked", folder, msg.label(e.reason())));
        } catch (IOException e) {
            throw new CommandProblem(msg.format("cli.keys.unreadable", folder, e.getClass().getSimpleName()));
        }
    }

    /** The passphrase from {@code --key-passphrase-env}, or asked for; a problem when neither gives one. */
    char[] secret(CliContext cli, String question) {
        Messages msg = cli.messages();
        if (passphraseEnv != null) {
            char[] value = cli.secrets().fromEnv(passphraseEnv);
            if (value == null) {
                throw new CommandProblem(msg.format("cli.secret.envEmpty", passphraseEnv));
            }
            return value;
        }
        char[] typed = cli.secrets().prompt().read(question);
        if (typed == null || typed.length == 0) {
            throw new CommandProblem(msg.get("cli.keys.passphraseNeeded"));
        }
        return typed;
    }

    /**
     * The passphrase for new keys: from {@code --key-passphrase-env}, else typed twice on a terminal (empty for
     * none), else none ({@code null}).
     */
    char[] newPassphrase(CliContext cli) {
        Messages msg = cli.messages();
        if (passphraseEnv != null) {
            char[] value = secret(cli, "");
            refuseIfBad(msg, value, null);
            return value;
        }
        char[] first = cli.secrets().prompt().read(msg.get("cli.keys.promptNew"));
        if (first == null || first.length == 0) {
            return null;
        }
        char[] second = cli.secrets().prompt().read(msg.get("cli.keys.promptAgain"));
        try {
            refuseIfBad(msg, first, second == null ? new char[0] : second);
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
        return first;
    }

    /** Wipes {@code first} and says why when {@link PassphraseRule} refuses it. */
    private static void refuseIfBad(Messages msg, char[] first, char[] again) {
        Optional<PassphraseRule.Problem> problem = PassphraseRule.KEY_FOLDER.check(CharBuffer.wrap(first),
                again == null ? null : CharBuffer.wrap(again));
        if (problem.isPresent()) {
            Arrays.fill(first, '\0');
            throw new CommandProblem(msg.format("cli.keys.passphraseRefused",
                    msg.format(Messages.enumKey(problem.get()), PassphraseRule.KEY_FOLDER.minLength())));
        }
    }
}
