package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageUnlock;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code (--key-dir DIR | --passphrase-env VAR)}: what opens a package, for {@code verify} (one of them) and
 * {@code import} (the ledger's own key folder when neither is given). An exclusive argument group.
 */
final class UnlockOptions {

    @Option(names = "--key-dir", paramLabel = "DIR", required = true, descriptionKey = "cli.pkg.opt.keyDir")
    Path keyDir;

    @Option(names = "--passphrase-env", paramLabel = "VAR", required = true,
            descriptionKey = "cli.pkg.opt.passphraseEnv")
    String passphraseEnv;

    /**
     * The passphrase of {@code --passphrase-env} (kept by {@code run} to be overwritten), or the keys in
     * {@code --key-dir}, else in {@code ownFolder} (asked for only then: finding the ledger's own folder writes its
     * identity the first time); a problem when that is {@code null}.
     */
    PackageUnlock open(CliContext cli, KeyOptions keys, Supplier<Path> ownFolder, PackageRun run) {
        if (passphraseEnv != null) {
            return new PackageUnlock.Passphrase(run.secret(PassphraseOption.read(cli, passphraseEnv)));
        }
        Path folder = keyDir != null ? keyDir : ownFolder.get();
        if (folder == null) {
            throw new CommandProblem(cli.messages().get("cli.pkgimport.keyDirNeeded"));
        }
        return new PackageUnlock.Keys(keys.unlock(folder, cli));
    }
}
