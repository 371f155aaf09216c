package io.guankou.persistence.ledger;

import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.excel.RejectedRowsWriter;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReader;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.SheetRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of one sheet, without any user interface: the window and {@code guankou excel-import} both go
 * through it, in the same order.
 *
 * <ol>
 * <li>{@link SheetImports#open} opens the file once and reads the top of the sheet ({@link #layout()}) with the
 * mapping remembered for its header row ({@link #remembered()}); {@link #selectSheet} switches sheets.</li>
 * <li>{@link #read} streams every data row through the confirmed mapping, from the same open file, and matches
 * the rows with the ledger: the {@link PreparedImport} plans again with each choice, without the file.</li>
 * <li>{@link #apply} writes a plan in one transaction and then remembers the mapping for the header row: the
 * mapping is remembered when, and only when, an import with it succeeded.</li>
 * <li>{@link #writeRejected} writes the rejected rows as typed, from the same open file.</li>
 * </ol>
 * Each step blocks (file or database work): call it off the FX thread, one step at a time. {@link #close} may
 * come from any thread while a step runs: the file is closed when that step ends.
 */
public final class ImportSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSession.class);

    private final Path file;
    private final LedgerImporter importer;
    private final ImportMappingRepository mappings;
    private final PlaceRepository places;
    private final Clock clock;
    private final String user;
    private SheetReader reader;
    private SheetLayout layout;
    private Optional<ColumnMapping> remembered;
    private boolean busy;
    private boolean closing;
    private boolean closed;

    private ImportSession(Path file, LedgerImporter importer, ImportMappingRepository mappings, PlaceRepository places,
                          Clock clock, String user) {
        this.file = Objects.requireNonNull(file, "file");
        this.importer = importer;
        this.mappings = mappings;
        this.places = places;
        this.clock = clock;
        this.user = user;
    }

    static ImportSession open(Path file, String sheetName, LedgerImporter importer, ImportMappingRepository mappings,
                              PlaceRepository places, Clock clock, String user) {
        ImportSession s = new ImportSession(file, importer, mappings, places, clock, user);
        s.load(sheetName);
        return s;
    }

    /** Reads the top of another sheet of the workbook (the file is opened again for it). */
    public void selectSheet(String sheetName) {
        begin();
        try {
            load(sheetName);
        } finally {
            end();
        }
    }

    private void load(String sheetName) {
        SheetReader next = sheetName == null ? SheetReader.open(file) : SheetReader.open(file, sheetName);
        try {
            SheetLayout l = SheetImport.layout(next, file);
            Optional<ColumnMapping> m = l.header().flatMap(h -> remembered(h.signature()));
            SheetReader before = reader;
            reader = next;
            layout = l;
            remembered = m;
            if (before != null) {
                before.close();
            }
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The top of the sheet being imported. */
    public SheetLayout layout() {
        return layout;
    }

    /** The mapping remembered for the header row the layout found, if any. */
    public Optional<ColumnMapping> remembered() {
        return remembered;
    }

    /** The mapping remembered for a header signature ({@link ColumnMapping#signature}), if any. */
    public Optional<ColumnMapping> remembered(String signature) {
        return mappings.find(signature);
    }

    /**
     * Reads every data row below {@code headerRow} with {@code mapping} and matches them with the ledger.
     *
     * @throws io.guankou.persistence.sheet.SheetReadException when the sheet turns out unreadable
     * @throws CancellationException                          when {@code cancelled} said so
     */
    public PreparedImport read(int headerRow, ColumnMapping mapping, DoubleConsumer progress,
                               BooleanSupplier cancelled) {
        begin();
        try {
            SheetReading reading = SheetImport.read(reader, file, headerRow, mapping, places.sheetPlaces(), today(),
                    progress, cancelled);
            return importer.prepare(reading);
        } finally {
            end();
        }
    }

    /** The ledger's villages, for mapping an unknown one. */
    public List<Village> villages() {
        return places.villages();
    }

    /** The choices an import starts from: no village decided, the computed tier stands. */
    public ImportChoices initialChoices() {
        return new ImportChoices(Map.of(), false, user, clock.instant(), null);
    }

    /**
     * The choices an import of {@code prepared} starts from, for the window and the command line alike: the
     * answers for unrecognised values its mapping carries (remembered for the header row, or from a mapping
     * file), and the grids and teams the sheet names created when the ledger has none yet (an office's first
     * import brings them). The caller then applies the user's decisions (the window's check boxes, the command
     * line's flags). Reads the ledger: call off the FX thread.
     */
    public ImportChoices startingChoices(PreparedImport prepared) {
        return initialChoices().withValues(prepared.reading().mapping().values())
                .withCreateGrids(places.grids().isEmpty())
                .withCreateTeams(places.responsibilityTeams().isEmpty());
    }

    /**
     * Writes {@code plan} (made from this session's reading) in one transaction; then remembers the reading's
     * mapping for its header row, with the plan's answers for unrecognised values. The import stands even if
     * remembering fails: that is logged and said by {@link Applied#mappingRemembered()}.
     */
    public Applied apply(PreparedImport prepared, ImportPlan plan, DoubleConsumer progress,
                         BooleanSupplier cancelled) {
        begin();
        try {
            ImportResult result = importer.apply(plan, file.getFileName().toString(), progress, cancelled);
            return new Applied(result, remember(prepared.reading(), plan));
        } finally {
            end();
        }
    }

    private boolean remember(SheetReading reading, ImportPlan plan) {
        Optional<String> signature = signature(reading.headerRow());
        if (signature.isEmpty()) {
            return false;
        }
        try {
            mappings.remember(signature.get(), reading.mapping().withValues(plan.choices().values()), user);
            return true;
        } catch (DatabaseException e) {
            LOG.warn("The column mapping of an import could not be remembered: {}", e.reason());
            return false;
        } catch (RuntimeException e) {
            // the import has committed: it must not be reported as failed because remembering did
            LOG.warn("The column mapping of an import could not be remembered: {}", e.getClass().getName());
            return false;
        }
    }

    /** The cells of the header row, when it is among the rows the layout read (row 0: no header). */
    public Optional<List<String>> headers(int headerRow) {
        Optional<HeaderDetection> detected = layout.header();
        if (detected.isPresent() && detected.get().rowNumber() == headerRow) {
            return Optional.of(detected.get().headers());
        }
        return layout.firstRows().stream().filter(r -> r.number() == headerRow).findFirst().map(SheetRow::cells);
    }

    /** The signature of the header row ({@link ColumnMapping#signature}), when {@link #headers} has it. */
    public Optional<String> signature(int headerRow) {
        return headers(headerRow).map(ColumnMapping::signature);
    }

    /**
     * The rejected rows as typed, with the reason first, to an .xlsx at {@code out}.
     *
     * @param errors the message per rejected row number
     * @return how many rows were written
     */
    public int writeRejected(PreparedImport prepared, Map<Integer, String> errors, String errorHeader, Path out) {
        begin();
        try {
            return RejectedRowsWriter.write(reader, prepared.reading().headerRow(), errors, errorHeader, out);
        } finally {
            end();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String user() {
        return user;
    }

    /** Closes the file now, or when the running step ends. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (busy) {
            closing = true;
        } else {
            closeNow();
        }
    }

    private synchronized void begin() {
        if (closed || closing) {
            throw new CancellationException("import session closed");
        }
        busy = true;
    }

    private synchronized void end() {
        busy = false;
        if (closing) {
            closeNow();
        }
    }

    private void closeNow() {
        closed = true;
        if (reader != null) {
            reader.close();
        }
    }

    /**
     * What {@link #apply} did.
     *
     * @param mappingRemembered whether the mapping is now remembered for the header row (false for a sheet
     *                          without a header row among its first rows, or when storing it failed)
     */
    public record Applied(ImportResult result, boolean mappingRemembered) {
    }
}
