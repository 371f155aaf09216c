package io.guankou.desktop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --db FILE}: the ledger a command works on, mixed into the root (which hands it to the window) and every
 * subcommand that opens a ledger. Without it, the office's ledger in the per-user data folder. A file that is
 * missing or no ledger is reported by the opener, in the command's usual one line. For {@code init} it is the file
 * to create, with the same default.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.db")
    Path file;

    /** Whether {@code --db} was on the command line. */
    boolean given() {
        return file != null;
    }

    /** The file given with {@code --db}, or {@code fallback}. */
    Path fileOr(Path fallback) {
        return file != null ? file : fallback;
    }
}
