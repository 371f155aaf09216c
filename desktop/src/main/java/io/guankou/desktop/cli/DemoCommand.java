package io.guankou.desktop.cli;

import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoSummary;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guankou demo [--db FILE] [--persons N] [--seed S]}: writes a deterministic demo township. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a demo township database (fake names, IDs and phones).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The file to write, not a ledger to open: its own option, with its own default and help text. */
    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.demoDb")
    Path db;

    @Option(names = "--persons", paramLabel = "N", descriptionKey = "cli.opt.persons")
    int persons = DemoOptions.DEFAULT_PERSONS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.opt.seed")
    long seed = DemoOptions.DEFAULT_SEED;

    private final GuankouCommand root;
    private final CliContext cli;

    DemoCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() {
        root.languageOption();
        Path file = db != null ? db : cli.paths().demoFile();
        // the demo replaces its file: never let it replace the office's real ledger
        if (file.toAbsolutePath().normalize().equals(cli.paths().ledgerFile().toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    cli.messages().format("cli.demo.refuseLedger", file));
        }
        if (persons < 1 || persons > DemoOptions.MAX_PERSONS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    cli.messages().format("cli.demo.badPersons", persons, DemoOptions.MAX_PERSONS));
        }
        DemoSummary s = DemoTownshipWriter.write(file, new DemoOptions(persons, seed, LocalDate.now(cli.clock())));
        // the demo ledger has keys like any other (without a passphrase), so packages can be tried on it
        try (CliLedger ledger = cli.openFile(file)) {
            ledger.exchange(cli.userName(null)).ensureOwnKeys(null);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(cli.messages().format("cli.init.keysFailed", e.getClass().getSimpleName()));
        }
        spec.commandLine().getOut().println(cli.messages().format("cli.demo.written",
                file.toAbsolutePath(), s.persons(), s.villages(), s.grids(), s.contacts(), String.valueOf(seed)));
        return GuankouCommand.EXIT_OK;
    }
}
