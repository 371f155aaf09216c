package io.guankou.desktop.cli;

import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.GuiLauncher;
import io.guankou.desktop.app.LaunchOptions;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.DatabaseException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guankou [--db FILE] [--demo] [--lang zh|en]} opens the console; subcommands run without a window. */
@Command(name = "guankou", mixinStandardHelpOptions = true, version = "Guankou 0.1.0",
        description = "Township key-population command console.",
        subcommands = {DemoCommand.class, StatsCommand.class, OverdueCommand.class, ExcelImportCommand.class})
public final class GuankouCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;

    /** How {@link #execute} ended: an exit code, or a GUI that now owns the JVM's lifetime. */
    public record Outcome(int exitCode, boolean guiStarted) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.db")
    Path db;

    @Option(names = "--demo", descriptionKey = "cli.opt.demo")
    boolean demo;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.opt.lang",
            scope = CommandLine.ScopeType.INHERIT)
    String lang;

    private final Messages messages;
    private final DataPaths paths;
    private final GuiLauncher gui;
    private boolean guiStarted;

    GuankouCommand(Messages messages, DataPaths paths, GuiLauncher gui) {
        this.messages = messages;
        this.paths = paths;
        this.gui = gui;
    }

    public static Outcome execute(String[] args) {
        return execute(args, DataPaths.forCurrentUser(), GuiLauncher.JAVAFX,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The whole command line with its collaborators given, so tests run it in-process. */
    public static Outcome execute(String[] args, DataPaths paths, GuiLauncher gui, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.of(cliLanguage(args));
        GuankouCommand root = new GuankouCommand(messages, paths, gui);
        CommandLine cl = new CommandLine(root, new Factory(root));
        // help texts come from the same bundle as every other message
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(messages.format("cli.error.usage", ex.getMessage()));
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            String reason;
            if (ex instanceof DatabaseException db) {
                reason = messages.describe(db);
            } else if (ex instanceof IllegalArgumentException) {
                reason = ex.getMessage();
            } else {
                reason = ex.getClass().getSimpleName();
            }
            line.getErr().println(messages.format("cli.error", reason));
            return EXIT_USAGE;
        });
        int code = cl.execute(args);
        return new Outcome(code, root.guiStarted);
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

    Messages messages() {
        return messages;
    }

    DataPaths paths() {
        return paths;
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
        Path file = demo ? paths.demoFile() : (db != null ? db : paths.ledgerFile());
        if (demo && db != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.error.demoAndDb"));
        }
        if (!demo && db == null && !Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("cli.error.noLedger", file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (demo) {
            out.println(messages.format("cli.demo.opening", file));
        }
        gui.launch(new LaunchOptions(file, demo, language));
        guiStarted = true;
        return EXIT_OK;
    }

    /** Subcommands get the root's messages and paths through their constructor. */
    private record Factory(GuankouCommand root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(root));
            }
            if (cls == StatsCommand.class) {
                return cls.cast(new StatsCommand(root));
            }
            if (cls == OverdueCommand.class) {
                return cls.cast(new OverdueCommand(root, Clock.systemDefaultZone()));
            }
            if (cls == ExcelImportCommand.class) {
                return cls.cast(new ExcelImportCommand(root, Clock.systemDefaultZone(), System.console() != null));
            }
            if (cls == GuankouCommand.class) {
                return cls.cast(root);
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
