package io.guankou.desktop.sheetimport;

import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.persistence.excel.RejectedRowsWriter;
import io.guankou.persistence.ledger.ImportResult;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.PreparedImport;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What the import window needs from the file and the database, in one place. Every method blocks (file or
 * database work) and runs off the FX thread, through the task runner.
 */
public final class SheetImportService {

    private final LedgerImporter importer;
    private final ImportMappingRepository mappings;
    private final PlaceRepository places;
    private final Clock clock;
    private final String userName;

    /** Built by the composition root, which owns the repositories. */
    public SheetImportService(LedgerImporter importer, ImportMappingRepository mappings, PlaceRepository places,
                              Clock clock, String userName) {
        this.importer = importer;
        this.mappings = mappings;
        this.places = places;
        this.clock = clock;
        this.userName = userName == null || userName.isBlank() ? "?" : userName.strip();
    }

    /** A layout read, with the mapping remembered for its header row (if any). */
    public record Layout(SheetLayout layout, Optional<ColumnMapping> remembered) {
    }

    /**
     * The top of a sheet and the mapping confirmed last time for its headers.
     *
     * @param sheetName the sheet, or {@code null} for the first
     * @throws io.guankou.persistence.sheet.SheetReadException when the file is no readable sheet
     */
    public Layout layout(Path file, String sheetName) {
        SheetLayout layout = SheetImport.layout(file, sheetName);
        Optional<ColumnMapping> remembered = layout.header().flatMap(h -> remembered(h.signature()));
        return new Layout(layout, remembered);
    }

    public Optional<ColumnMapping> remembered(String signature) {
        return mappings.find(signature);
    }

    /** Remembers the mapping the user confirmed for a header row. */
    public void remember(HeaderDetection header, ColumnMapping mapping) {
        mappings.remember(header.signature(), mapping, userName);
    }

    /** Reads every data row and matches it with the ledger. */
    public PreparedImport read(Path file, String sheetName, int headerRow, ColumnMapping mapping,
                               DoubleConsumer progress, BooleanSupplier cancelled) {
        SheetReading reading = SheetImport.read(file, sheetName, headerRow, mapping, places.sheetPlaces(), today(),
                progress, cancelled);
        return importer.prepare(reading);
    }

    public List<Village> villages() {
        return places.villages();
    }

    /** Writes the plan made from {@code file} in one transaction (new persons' history names the file). */
    public ImportResult apply(ImportPlan plan, Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
        return importer.apply(plan, file.getFileName().toString(), progress, cancelled);
    }

    /** The rejected rows as typed, with an error column first; returns how many rows were written. */
    public int writeRejected(SheetReading reading, Map<Integer, String> errors, String errorHeader, Path out) {
        return RejectedRowsWriter.write(reading.file(), reading.sheetName(), reading.headerRow(), errors,
                errorHeader, out);
    }

    /** The choices an import starts from: no village decided, the computed tier stands. */
    public ImportChoices initialChoices() {
        return new ImportChoices(Map.of(), false, userName, clock.instant(), null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String userName() {
        return userName;
    }
}
