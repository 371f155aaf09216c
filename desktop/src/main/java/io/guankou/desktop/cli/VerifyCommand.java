package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageUnlock;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.VerifiedPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guankou verify PACKAGE (--key-dir DIR | --passphrase-env VAR)}: checks a package without any ledger: its
 * signature, then every chunk and entry, decrypted with the keys in {@code DIR} or the passphrase. Exit 0 when it is
 * intact, 2 with the reason otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a USB data package (signature, every chunk and entry) without importing it.")
final class VerifyCommand implements Callable<Integer> {

    static final class Unlock {
        @Option(names = "--key-dir", paramLabel = "DIR", required = true, descriptionKey = "cli.pkg.opt.keyDir")
        Path keyDir;

        @Option(names = "--passphrase-env", paramLabel = "VAR", required = true,
                descriptionKey = "cli.pkg.opt.passphraseEnv")
        String passphraseEnv;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKAGE", descriptionKey = "cli.pkg.opt.package")
    Path packageFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Unlock unlock;

    @Mixin
    KeyOptions keyOptions;

    private final GuankouCommand root;
    private final CliContext cli;

    VerifyCommand(GuankouCommand root, CliContext cli) {
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
        try {
            if (!Files.isRegularFile(packageFile)) {
                throw new CommandProblem(msg.format("cli.pkg.noFile", packageFile));
            }
            VerifiedPackage pkg = PackageExchange.verify(packageFile);
            texts.describe(out, pkg);
            opener = unlock.passphraseEnv != null
                    ? new PackageUnlock.Passphrase(PassphraseOption.read(cli, unlock.passphraseEnv))
                    : new PackageUnlock.Keys(keyOptions.unlock(unlock.keyDir, cli));
            List<PackageExchange.EntryCount> counts = PackageExchange.readThrough(pkg, opener);
            long rows = 0;
            for (PackageExchange.EntryCount c : counts) {
                out.println(msg.format("cli.verify.entry", c.name(), c.rows()));
                rows += c.rows();
            }
            out.println(msg.format("cli.verify.intact", packageFile, rows));
            return GuankouCommand.EXIT_OK;
        } catch (CommandProblem e) {
            err.println(msg.format("cli.error", e.getMessage()));
            return GuankouCommand.EXIT_USAGE;
        } catch (PackageRefused e) {
            err.println(msg.format("cli.error", texts.refused(e)));
            return GuankouCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println(msg.format("cli.error", msg.format("cli.pkg.unreadable", packageFile, e.getClass().getSimpleName())));
            return GuankouCommand.EXIT_USAGE;
        } finally {
            if (opener instanceof PackageUnlock.Passphrase p) {
                Arrays.fill(p.passphrase(), '\0');
            }
            out.flush();
            err.flush();
        }
    }
}
