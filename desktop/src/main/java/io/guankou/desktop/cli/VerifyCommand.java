package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.VerifiedPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code guankou verify PACKAGE (--key-dir DIR | --passphrase-env VAR)}: checks a package without any ledger: its
 * signature, then every chunk and entry, decrypted with the keys in {@code DIR} or the passphrase. Exit 0 when it is
 * intact, 2 with the reason otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a USB data package (signature, every chunk and entry) without importing it.")
final class VerifyCommand extends PackageCommand {

    @Parameters(index = "0", paramLabel = "PACKAGE", descriptionKey = "cli.pkg.opt.package")
    Path packageFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    UnlockOptions unlock;

    VerifyCommand(GuankouCommand root, CliContext cli) {
        super(root, cli);
    }

    @Override
    void run(PackageRun run, PrintWriter out, PrintWriter err) throws IOException, PackageRefused {
        Messages msg = cli.messages();
        VerifiedPackage pkg = new PackageTexts(msg).verified(run.reading(packageFile), out);
        List<PackageExchange.EntryCount> counts = PackageExchange.readThrough(pkg,
                unlock.open(cli, keyOptions, () -> null, run));
        long rows = 0;
        for (PackageExchange.EntryCount c : counts) {
            out.println(msg.format("cli.verify.entry", c.name(), c.rows()));
            rows += c.rows();
        }
        out.println(msg.format("cli.verify.intact", packageFile, rows));
    }
}
