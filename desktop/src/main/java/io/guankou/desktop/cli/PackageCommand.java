package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.ExportRefused;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.exchange.PackageExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A package command ({@code keys}, {@code export}, {@code verify}, {@code import}): the ledger's keys may need their
 * passphrase ({@code --key-passphrase-env}), and each run ends the one way of {@link PackageRun}: exit 0, or 2 with
 * one line naming the cause.
 */
abstract class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions keyOptions;

    final GuankouCommand root;
    final CliContext cli;

    PackageCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public final Integer call() {
        root.languageOption();
        PackageRun run = new PackageRun(cli.messages());
        return run.run(spec, (out, err) -> run(run, out, err));
    }

    /** What the command does; {@code run} is told what a failure would concern. */
    abstract void run(PackageRun run, PrintWriter out, PrintWriter err) throws IOException, PackageRefused,
            ExportRefused, PackageExporter.Refused;
}
