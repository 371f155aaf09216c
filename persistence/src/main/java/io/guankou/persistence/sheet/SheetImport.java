package io.guankou.persistence.sheet;

import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ConvertedRow;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.HeaderDetector;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RawRow;
import io.guankou.model.sheet.RowConverter;
import io.guankou.model.sheet.SheetText;
import io.guankou.model.sheet.SheetVillages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The two reading steps of a sheet import: look at the top of the sheet (header, suggested mapping, sample
 * rows), then stream every data row through the {@link RowConverter}. Rows are converted as they are parsed,
 * so only the converted rows are held, never the workbook. Rows with nothing in a mapped column are skipped.
 */
public final class SheetImport {

    /** Rows read for the layout: the header is looked for in the first {@link HeaderDetector#SCAN_ROWS}. */
    public static final int LAYOUT_ROWS = HeaderDetector.SCAN_ROWS + 10;

    private SheetImport() {
    }

    /**
     * Reads the top of a sheet.
     *
     * @param sheetName the sheet, or {@code null} for the first one
     * @throws SheetReadException when the file is no readable sheet
     */
    public static SheetLayout layout(Path file, String sheetName) {
        try (SheetReader reader = sheetName == null ? SheetReader.open(file) : SheetReader.open(file, sheetName)) {
            return layout(reader, file);
        }
    }

    /** The top of the sheet an open reader reads; the reader stays open for {@link #read(SheetReader, Path, int,
     * ColumnMapping, SheetVillages, LocalDate, DoubleConsumer, BooleanSupplier)}. */
    public static SheetLayout layout(SheetReader reader, Path file) {
        List<SheetRow> first = reader.firstRows(LAYOUT_ROWS);
        Optional<HeaderDetection> header = HeaderDetector.standard().detect(raw(first));
        return new SheetLayout(file, reader.format(), reader.sheetNames(), reader.sheetName(), reader.charset(),
                first, header);
    }

    /**
     * Converts every row below {@code headerRow}.
     *
     * @param villages the ledger's villages: names matched, unknown ones collected
     * @param today    the day IDs and dates are checked against
     * @throws SheetReadException                        when the sheet cannot be read
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said so
     */
    public static SheetReading read(Path file, String sheetName, int headerRow, ColumnMapping mapping,
                                    List<Village> villages, LocalDate today, DoubleConsumer progress,
                                    BooleanSupplier cancelled) {
        return read(file, sheetName, headerRow, mapping, new SheetVillages(villages), today, progress, cancelled);
    }

    /**
     * Converts every row below {@code headerRow}, finding villages, grids and teams with {@code places}
     * (see {@code PlaceRepository.sheetPlaces()}); a fresh lookup per reading, as it collects unknown villages, grids
     * and teams.
     */
    public static SheetReading read(Path file, String sheetName, int headerRow, ColumnMapping mapping,
                                    SheetVillages places, LocalDate today, DoubleConsumer progress,
                                    BooleanSupplier cancelled) {
        try (SheetReader reader = sheetName == null ? SheetReader.open(file) : SheetReader.open(file, sheetName)) {
            return read(reader, file, headerRow, mapping, places, today, progress, cancelled);
        }
    }

    /** Converts every row below {@code headerRow} of the sheet an open reader reads (the reader stays open). */
    public static SheetReading read(SheetReader reader, Path file, int headerRow, ColumnMapping mapping,
                                    SheetVillages places, LocalDate today, DoubleConsumer progress,
                                    BooleanSupplier cancelled) {
        SheetVillages lookup = places;
        RowConverter converter = new RowConverter(mapping, lookup, today);
        List<ConvertedRow> rows = new ArrayList<>();
        reader.rows(r -> {
            if (r.number() > headerRow && mapsSomething(mapping, r)) {
                rows.add(converter.convert(new RawRow(r.number(), r.cells())));
            }
        }, progress, cancelled);
        return new SheetReading(file, reader.sheetName(), headerRow, mapping, rows, lookup.unknown(),
                lookup.unknownGrids(), lookup.unknownTeams());
    }

    /**
     * A row with nothing in any mapped column (a signature line under the table), or only in informational ones
     * (an age formula filled down a template, a remark), is no data row.
     */
    private static boolean mapsSomething(ColumnMapping mapping, SheetRow row) {
        for (Map.Entry<Integer, LedgerColumn> e : mapping.asMap().entrySet()) {
            if (!e.getValue().isInformational() && !SheetText.isBlank(row.cell(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    static List<RawRow> raw(List<SheetRow> rows) {
        return rows.stream().map(r -> new RawRow(r.number(), r.cells())).toList();
    }
}
