package io.guankou.desktop.cli;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.sheetimport.ImportTexts;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ColumnMappingCodec;
import io.guankou.model.sheet.GridToCreate;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownGrid;
import io.guankou.model.sheet.UnknownTeam;
import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.ValueMapping;
import io.guankou.model.sheet.ValueOptions;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.ledger.ImportResult;
import io.guankou.persistence.ledger.ImportSession;
import io.guankou.persistence.ledger.PreparedImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guankou excel-import --db FILE SHEET [--sheet NAME] [--dry-run] [--mapping M] [--create-villages]
 * [--create-grids] [--create-teams] [--keep-sheet-tier] [--rejected OUT.xlsx]}: the import window's preview and import without a window. The
 * preview is printed first (mapping, counts, unknown villages, tier differences, rejected rows); without
 * {@code --dry-run} the good rows are then written in one transaction. The steps are those of the import window:
 * one {@link ImportSession} (the file is opened once), and the mapping is remembered by a successful import. Resident IDs in rejected-row lines are
 * masked as on screen; the rejected-rows workbook holds the cells as typed.
 *
 * <p>Values of enumerated columns the parser does not recognise are listed with their rows and the answers the
 * mapping (file or remembered) gives them; while some are unanswered, the lines to add to the mapping file are
 * printed, and without {@code --dry-run} nothing is written.
 *
 * <p>Exit codes: 0 done (also when rows were rejected: the output says so), 2 bad arguments, a file that
 * cannot be read, or values without an answer (nothing written), 1 a database failure (nothing written).
 */
@Command(name = "excel-import", mixinStandardHelpOptions = true,
        description = "Import a ledger sheet (.xlsx, .xls, .csv): preview, then write the good rows.")
final class ExcelImportCommand implements Callable<Integer> {

    /** A database failure, or the rejected-rows workbook could not be written. */
    static final int EXIT_FAILURE = 1;
    /** Rejected rows (and rows with notes) listed without --all. */
    static final int LISTED = 50;
    private static final String INDENT = "  ";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", paramLabel = "SHEET", descriptionKey = "cli.import.opt.sheetFile")
    Path sheetFile;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.import.opt.sheet")
    String sheetName;

    @Option(names = "--header-row", paramLabel = "N", descriptionKey = "cli.import.opt.headerRow")
    Integer headerRowOption;

    @Option(names = "--mapping", paramLabel = "M", descriptionKey = "cli.import.opt.mapping")
    Path mappingFile;

    @Option(names = "--dry-run", descriptionKey = "cli.import.opt.dryRun")
    boolean dryRun;

    @Option(names = "--create-villages", descriptionKey = "cli.import.opt.createVillages")
    boolean createVillages;

    @Option(names = "--create-grids", descriptionKey = "cli.import.opt.createGrids")
    boolean createGrids;

    @Option(names = "--create-teams", descriptionKey = "cli.import.opt.createTeams")
    boolean createTeams;

    @Option(names = "--keep-sheet-tier", descriptionKey = "cli.import.opt.keepSheetTier")
    boolean keepSheetTier;

    @Option(names = "--rejected", paramLabel = "OUT.xlsx", descriptionKey = "cli.import.opt.rejected")
    Path rejectedFile;

    @Option(names = "--all", descriptionKey = "cli.import.opt.all")
    boolean all;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.import.opt.user")
    String user;

    private final GuankouCommand root;
    private final CliContext cli;
    private final boolean interactive;

    ExcelImportCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
        this.interactive = cli.interactive();
    }

    /** Key family {@code cli.import.mapping.<MappingSource>}: where the mapping came from. */
    static final String MAPPING_SOURCE = "cli.import.mapping";

    enum MappingSource { FILE, REMEMBERED, DETECTED }

    @Override
    public Integer call() {
        root.languageOption();
        Messages msg = cli.messages();
        ImportTexts texts = new ImportTexts(msg);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(msg, texts, out, err);
        } catch (UsageProblem e) {
            err.println(msg.format("cli.error", e.getMessage()));
            return GuankouCommand.EXIT_USAGE;
        } catch (SheetReadException e) {
            err.println(msg.format("cli.error", texts.sheetError(e, sheetName)));
            return GuankouCommand.EXIT_USAGE;
        } catch (DatabaseException e) {
            err.println(msg.format("cli.error", msg.describe(e)));
            return EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(Messages msg, ImportTexts texts, PrintWriter out, PrintWriter err) {
        // arguments and files first: a typo must not cost a database load
        ColumnMapping fileMapping = mappingFile == null ? null : readMapping(msg);
        if (headerRowOption != null && headerRowOption < 0) {
            throw new UsageProblem(msg.format("cli.import.badHeaderRow", headerRowOption));
        }
        if (!Files.isRegularFile(sheetFile)) {
            throw new UsageProblem(msg.format("cli.import.noFile", sheetFile));
        }
        String userName = userName();
        try (CliLedger ledger = cli.open(db);
             ImportSession session = ledger.sheetImports(userName).open(sheetFile, sheetName)) {
            SheetLayout layout = session.layout();
            Optional<HeaderDetection> detected = layout.header();
            int headerRow;
            if (headerRowOption != null) {
                headerRow = headerRowOption;
            } else if (detected.isPresent()) {
                headerRow = detected.get().rowNumber();
            } else {
                throw new UsageProblem(msg.get(fileMapping == null ? "cli.import.noHeader" : "cli.import.noHeaderRow"));
            }
            List<String> headers = session.headers(headerRow).orElse(null);
            Optional<String> signature = session.signature(headerRow);
            ColumnMapping mapping;
            MappingSource source;
            if (fileMapping != null) {
                mapping = fileMapping;
                source = MappingSource.FILE;
            } else {
                Optional<ColumnMapping> stored = signature.flatMap(session::remembered);
                if (stored.isPresent()) {
                    mapping = stored.get();
                    source = MappingSource.REMEMBERED;
                } else if (detected.isPresent() && detected.get().rowNumber() == headerRow) {
                    mapping = detected.get().mapping();
                    source = MappingSource.DETECTED;
                } else {
                    throw new UsageProblem(msg.get("cli.import.noHeader"));
                }
            }
            if (!mapping.contains(LedgerColumn.RESIDENT_ID)) {
                throw new UsageProblem(msg.get("cli.import.noIdColumn"));
            }
            printLayout(out, msg, layout, headerRow);
            printMapping(out, msg, texts, mapping, headers, source);

            PreparedImport prepared = session.read(headerRow, mapping, progress(err, msg, "cli.import.progress.read"),
                    () -> false);
            ImportPlan plan = prepared.plan(choices(msg, prepared, session));
            printPlan(out, msg, texts, plan);
            printNewPlaces(out, msg, plan, session);
            printValues(out, msg, texts, plan, mapping, source);
            if (!dryRun && plan.hasUnanswered()) {
                throw new UsageProblem(msg.format("cli.import.valuesUnanswered", plan.unanswered().size()));
            }

            List<PlannedRow> rejected = plan.rows(RowAction.REJECTED);
            if (dryRun) {
                out.println(msg.get("cli.import.dryRun"));
            } else if (!plan.hasWork()) {
                out.println(msg.get("cli.import.nothingToWrite"));
            } else {
                ImportSession.Applied applied = session.apply(prepared, plan,
                        progress(err, msg, "cli.import.progress.write"), () -> false);
                ImportResult result = applied.result();
                out.println(msg.format("cli.import.done", result.added(), result.updated(), result.villagesCreated()));
                if (createGrids || createTeams) {
                    out.println(msg.format("cli.import.donePlaces", result.gridsCreated(), result.teamsCreated()));
                }
                if (applied.mappingRemembered() && source == MappingSource.FILE) {
                    out.println(msg.get("cli.import.mappingRemembered"));
                } else if (!applied.mappingRemembered() && signature.isPresent()) {
                    out.println(msg.get("cli.import.mappingNotRemembered"));
                }
            }
            if (!rejected.isEmpty()) {
                out.println(msg.format(dryRun ? "cli.import.wouldReject" : "cli.import.rejectedNotImported",
                        rejected.size()));
                if (rejectedFile != null) {
                    if (!writeRejected(msg, texts, session, prepared, rejected, out, err)) {
                        return EXIT_FAILURE;
                    }
                } else {
                    out.println(msg.get("cli.import.rejectedHint"));
                }
            } else if (rejectedFile != null) {
                out.println(msg.get("cli.import.noRejectedFile"));
            }
            return GuankouCommand.EXIT_OK;
        }
    }

    /**
     * Progress on stderr, in whole percent, overwriting one line: only on an interactive terminal, so a
     * script's log or a test's output stays clean.
     */
    private DoubleConsumer progress(PrintWriter err, Messages msg, String key) {
        if (!interactive) {
            return f -> { };
        }
        int[] last = {-1};
        return f -> {
            int percent = (int) Math.floor(Math.max(0, Math.min(1, f)) * 100);
            if (percent != last[0]) {
                last[0] = percent;
                err.print("\r" + msg.format(key, percent) + (percent == 100 ? System.lineSeparator() : ""));
                err.flush();
            }
        };
    }

    private ColumnMapping readMapping(Messages msg) {
        String text;
        try {
            text = Files.readString(mappingFile, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageProblem(msg.format("cli.import.mappingUnreadable", mappingFile));
        } catch (RuntimeException e) {
            // malformed UTF-8 surfaces as an unchecked exception on some JDKs
            throw new UsageProblem(msg.format("cli.import.mappingUnreadable", mappingFile));
        }
        try {
            ColumnMapping m = ColumnMappingCodec.decode(text);
            if (m.isEmpty()) {
                throw new UsageProblem(msg.format("cli.import.mappingEmpty", mappingFile));
            }
            return m;
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(msg.format("cli.import.badMapping", mappingFile, e.getMessage()));
        }
    }

    private String userName() {
        return cli.userName(user);
    }

    private ImportChoices choices(Messages msg, PreparedImport prepared, ImportSession session) {
        Map<Long, VillageChoice> villages = new HashMap<>();
        if (createVillages) {
            for (UnknownVillage v : prepared.reading().unknownVillages()) {
                villages.put(v.placeholderId(), new VillageChoice.Create());
            }
        }
        String reason = msg.format("cli.import.overrideReason", sheetFile.getFileName());
        return session.startingChoices(prepared).withVillages(villages).withKeepSheetTier(keepSheetTier, reason)
                .withCreateGrids(createGrids).withCreateTeams(createTeams);
    }

    /**
     * The grids and teams the sheet names that the ledger lacks: those that will be (or are being) created with
     * --create-grids / --create-teams, else all of them with the hint that their rows come in without.
     */
    private void printNewPlaces(PrintWriter out, Messages msg, ImportPlan plan, ImportSession session) {
        Map<Long, String> villages = new HashMap<>();
        session.villages().forEach(v -> villages.put(v.id(), v.name()));
        plan.unknownVillages().forEach(v -> villages.put(v.placeholderId(), v.name()));
        List<UnknownGrid> grids = createGrids
                ? plan.gridsToCreate().stream().map(GridToCreate::grid).toList() : plan.unknownGrids();
        if (!grids.isEmpty()) {
            out.println(msg.format(!createGrids ? "cli.import.unknownGrids"
                    : dryRun ? "cli.import.gridsWouldBeCreated" : "cli.import.gridsCreated", grids.size()));
            for (UnknownGrid g : grids) {
                out.println(INDENT + msg.format("import.ui.gridLine", g.name(), villages.get(g.villageId()), g.rows()));
            }
        }
        List<UnknownTeam> teams = createTeams ? plan.teamsToCreate() : plan.unknownTeams();
        if (!teams.isEmpty()) {
            out.println(msg.format(!createTeams ? "cli.import.unknownTeams"
                    : dryRun ? "cli.import.teamsWouldBeCreated" : "cli.import.teamsCreated", teams.size()));
            for (UnknownTeam t : teams) {
                String village = villages.get(t.villageId());
                out.println(INDENT + (t.leader() == null
                        ? msg.format("import.ui.teamLine", t.name(), village, t.rows())
                        : msg.format("import.ui.teamLineLed", t.name(), village, t.rows(), t.leader())));
            }
        }
    }

    private void printLayout(PrintWriter out, Messages msg, SheetLayout layout, int headerRow) {
        String format = layout.format().name().toLowerCase(Locale.ROOT);
        out.println(msg.format("cli.import.file", sheetFile.getFileName(), format, layout.sheetName(),
                layout.sheetNames().size()));
        out.println(headerRow == 0 ? msg.get("cli.import.noHeaderRowUsed")
                : msg.format("cli.import.headerRow", headerRow));
    }

    private static void printMapping(PrintWriter out, Messages msg, ImportTexts texts, ColumnMapping mapping,
                                     List<String> headers, MappingSource source) {
        out.println(msg.get(Messages.enumKey(MAPPING_SOURCE, source)));
        mapping.asMap().forEach((index, column) -> {
            String header = headers != null && index < headers.size() ? headers.get(index).strip() : "";
            out.println(INDENT + msg.format("cli.import.mappingLine", ColumnMappingCodec.letters(index),
                    header.isEmpty() ? "-" : header.replaceAll("\\s+", " "), texts.column(column)));
        });
    }

    private void printPlan(PrintWriter out, Messages msg, ImportTexts texts, ImportPlan plan) {
        Map<RowAction, Integer> counts = plan.counts();
        out.println(msg.format("cli.import.rows", plan.rows().size()));
        for (RowAction a : RowAction.values()) {
            if (a != RowAction.WAITING || counts.get(a) > 0) {
                out.println(INDENT + msg.format("cli.import.count", msg.label(a), counts.get(a)));
            }
        }
        List<UnknownVillage> unknown = plan.unknownVillages();
        if (!unknown.isEmpty()) {
            out.println(msg.format("cli.import.unknownVillages", unknown.size()));
            for (UnknownVillage v : unknown) {
                out.println(INDENT + msg.format("cli.import.unknownVillage", v.name(), v.rows()));
            }
            if (createVillages) {
                out.println(msg.get(dryRun ? "cli.import.villagesWouldBeCreated" : "cli.import.villagesCreated"));
            } else {
                out.println(msg.get("cli.import.villagesNotCreated"));
            }
        }
        int differ = plan.tierDifferences().size();
        if (differ > 0) {
            out.println(msg.format(keepSheetTier ? "cli.import.tierKept" : "cli.import.tierComputed", differ));
        }
        List<PlannedRow> noted = plan.rows().stream().filter(r -> r.writes() && !r.notes().isEmpty()).toList();
        if (!noted.isEmpty()) {
            out.println(msg.format("cli.import.notesTitle", noted.size()));
            list(out, msg, noted, texts::noteLine);
        }
        List<PlannedRow> rejected = plan.rows(RowAction.REJECTED);
        if (!rejected.isEmpty()) {
            out.println(msg.format("cli.import.rejectedTitle", rejected.size()));
            list(out, msg, rejected, texts::rejectedLine);
        }
    }

    /**
     * The values the parser did not recognise, with their rows and answers; while some are unanswered, the lines
     * that answer them in a mapping file, each under a comment listing what it may say (with the column lines
     * too when the mapping did not come from a file).
     */
    private void printValues(PrintWriter out, Messages msg, ImportTexts texts, ImportPlan plan, ColumnMapping mapping,
                             MappingSource source) {
        List<UnknownValue> values = plan.unknownValues();
        if (values.isEmpty()) {
            return;
        }
        List<UnknownValue> open = plan.unanswered();
        out.println(msg.format("cli.import.values", values.size(), open.size()));
        ValueMapping answers = plan.choices().values();
        for (UnknownValue v : values) {
            String answer = answers.answer(v.column(), v.key()).map(a -> texts.answer(v.column(), a))
                    .orElse(msg.get("cli.import.valueUnanswered"));
            out.println(INDENT + msg.format("cli.import.valueLine", texts.value(v), v.rows(), answer));
        }
        if (open.isEmpty()) {
            return;
        }
        if (source == MappingSource.FILE) {
            out.println(msg.format("cli.import.valueLinesFile", mappingFile));
        } else {
            out.println(msg.get("cli.import.valueLinesNew"));
            for (String line : ColumnMappingCodec.encode(mapping.withValues(answers)).split("\n")) {
                out.println(INDENT + line);
            }
        }
        LedgerColumn column = null;
        for (UnknownValue v : open) {
            if (v.column() != column) {
                column = v.column();
                List<String> choices = new ArrayList<>();
                for (ValueAnswer a : ValueOptions.answers(column)) {
                    choices.add(msg.format("cli.import.valueChoice", a.code(), texts.answer(column, a)));
                }
                out.println(INDENT + msg.format("cli.import.valueChoices", texts.column(column), msg.join(choices)));
            }
            out.println(INDENT + ColumnMappingCodec.valueKey(v.column(), v.key()) + "=?");
        }
    }

    /** One line per row, the first {@link #LISTED} only unless --all. */
    private void list(PrintWriter out, Messages msg, List<PlannedRow> rows, Function<PlannedRow, String> line) {
        int shown = all ? rows.size() : Math.min(LISTED, rows.size());
        for (PlannedRow r : rows.subList(0, shown)) {
            out.println(INDENT + line.apply(r));
        }
        if (shown < rows.size()) {
            out.println(INDENT + msg.format("cli.import.more", rows.size() - shown));
        }
    }

    private boolean writeRejected(Messages msg, ImportTexts texts, ImportSession session, PreparedImport prepared,
                                  List<PlannedRow> rejected, PrintWriter out, PrintWriter err) {
        try {
            int n = session.writeRejected(prepared, texts.rejectedByRow(rejected), msg.get("import.errorColumn"),
                    rejectedFile);
            out.println(msg.format("cli.import.rejectedWritten", n, rejectedFile));
            return true;
        } catch (UncheckedIOException e) {
            err.println(msg.format("cli.error", msg.format("cli.import.rejectedNotWritten", rejectedFile)));
            return false;
        }
    }

    /** A wrong argument or file: one line on stderr, exit code 2. */
    private static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
