package io.guankou.desktop.cli;

import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.GuiLauncher;
import io.guankou.desktop.app.LaunchOptions;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.DatabaseException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guankou [--db FILE] [--demo] [--lang zh|en]} opens the console (the set-up of a new ledger first when the
 * office's ledger does not exist yet); subcommands run without a window.
 */
@Command(name = "guankou", mixinStandardHelpOptions = true, version = "Guankou 0.1.0",
        description = "Township key-population command console.",
        subcommands = {InitCommand.class, DemoCommand.class, DemoCountyCommand.class, StatsCommand.class, OverdueCommand.class,
            ExcelImportCommand.class, KeysCommand.class, ExportCommand.class, VerifyCommand.class,
            ImportCommand.class, CoverageCommand.class, OximetersCommand.class,
            BoundariesCommand.class, SuppliesCommand.class, SnapshotCommand.class})
public final class GuankouCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;

    /** How {@link #execute} ended: an exit code, or a GUI that now owns the JVM's lifetime. */
    public record Outcome(int exitCode, boolean guiStarted) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--demo", descriptionKey = "cli.opt.demo")
    boolean demo;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.opt.lang",
            scope = CommandLine.ScopeType.INHERIT)
    String lang;

    private final Messages messages;
    private final DataPaths paths;
    private final GuiLauncher gui;
    private boolean guiStarted;

    GuankouCommand(CliContext cli, GuiLauncher gui) {
        this.messages = cli.messages();
        this.paths = cli.paths();
        this.gui = gui;
    }

    public static Outcome execute(String[] args) {
        return execute(args, DataPaths.forCurrentUser(), GuiLauncher.JAVAFX,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The whole command line with its collaborators given, so tests run it in-process. */
    public static Outcome execute(String[] args, DataPaths paths, GuiLauncher gui, PrintWriter out, PrintWriter err) {
        return execute(args, paths, gui, LedgerOpener.existing(), out, err);
    }

    /** As the public {@code execute}, with ledgers opened through {@code opener} (tests count the openings). */
    static Outcome execute(String[] args, DataPaths paths, GuiLauncher gui, LedgerOpener opener, PrintWriter out,
                           PrintWriter err) {
        return execute(args, paths, gui, opener, Clock.systemDefaultZone(), out, err);
    }

    /**
     * As the public {@code execute}, with ledgers opened through {@code opener} and "now" and "today" read from
     * {@code clock} (tests pass a fixed one).
     */
    static Outcome execute(String[] args, DataPaths paths, GuiLauncher gui, LedgerOpener opener, Clock clock,
                           PrintWriter out, PrintWriter err) {
        return execute(args, paths, gui, opener, clock, CliSecrets.system(), out, err);
    }

    /** As above, with secrets (environment variables, the terminal prompt) read from {@code secrets}. */
    static Outcome execute(String[] args, DataPaths paths, GuiLauncher gui, LedgerOpener opener, Clock clock,
                           CliSecrets secrets, PrintWriter out, PrintWriter err) {
        Optional<ConsoleArgs> console = ConsoleArgs.read(args);
        if (console.isPresent()) {
            // the window's start: no subcommand to build or to run
            return openConsole(console.get(), () -> Messages.of(cliLanguage(args)), paths, gui, out, err);
        }
        Messages messages = Messages.of(cliLanguage(args));
        CliContext cli = new CliContext(messages, paths, clock, System.console() != null, opener, secrets, err);
        GuankouCommand root = new GuankouCommand(cli, gui);
        CommandLine cl = new CommandLine(root, cli.factory(root));
        // help texts come from the same bundle as every other message
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(messages.format("cli.error.usage", ex.getMessage()));
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> failed(ex, messages, line.getErr()));
        int code = cl.execute(args);
        return new Outcome(code, root.guiStarted);
    }

    /** A command (or the window's start) that failed: one line on stderr, in the user's words; the exit code. */
    private static int failed(Exception ex, Messages messages, PrintWriter err) {
        String reason;
        if (ex instanceof DatabaseException db) {
            reason = messages.describe(db);
        } else if (ex instanceof IllegalArgumentException) {
            reason = ex.getMessage();
        } else {
            reason = ex.getClass().getSimpleName();
        }
        err.println(messages.format("cli.error", reason));
        return EXIT_USAGE;
    }

    /**
     * Opens the window as {@code console} says (the set-up first when the office's ledger does not exist yet);
     * {@code messages} are loaded only for a line to print.
     */
    private static Outcome openConsole(ConsoleArgs console, Supplier<Messages> messages, DataPaths paths,
                                       GuiLauncher gui, PrintWriter out, PrintWriter err) {
        try {
            launch(console, messages, paths, gui, out);
            return new Outcome(EXIT_OK, true);
        } catch (RuntimeException e) {
            return new Outcome(failed(e, messages.get(), err), false);
        }
    }

    private static void launch(ConsoleArgs console, Supplier<Messages> messages, DataPaths paths, GuiLauncher gui,
                               PrintWriter out) {
        Path file = console.demo() ? paths.demoFile() : console.db() != null ? console.db() : paths.ledgerFile();
        LaunchOptions options = new LaunchOptions(file, console.demo(), console.language());
        if (!console.demo() && console.db() == null && !Files.exists(file)) {
            // the office's first day: the set-up window creates the ledger. A file named with --db is expected to
            // exist (a stick not plugged in, a typo): that stays an error, never a new empty ledger in its place.
            out.println(messages.get().format("cli.setup.opening", file));
            options = LaunchOptions.setUp(file, paths.demoFile(), console.language());
        }
        if (console.demo()) {
            out.println(messages.get().format("cli.demo.opening", file));
        }
        gui.launch(options);
    }

    /** --lang as given anywhere on the line; otherwise the terminal's language (Chinese or English). */
    static Language cliLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (a.startsWith("--lang=")) {
                value = a.substring("--lang=".length());
            }
            Language l = Language.fromTag(value);
            if (l != null) {
                return l;
            }
        }
        return Locale.getDefault().getLanguage().equals("zh") ? Language.ZH : Language.EN;
    }

    /** The language given with --lang, or null for the saved preference. */
    Language languageOption() {
        if (lang == null) {
            return null;
        }
        Language l = Language.fromTag(lang);
        if (l == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.error.lang", lang));
        }
        return l;
    }

    @Override
    public Integer call() {
        Language language = languageOption();
        if (demo && db.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.error.demoAndDb"));
        }
        launch(new ConsoleArgs(db.file, demo, language), () -> messages, paths, gui, spec.commandLine().getOut());
        guiStarted = true;
        return EXIT_OK;
    }
}
