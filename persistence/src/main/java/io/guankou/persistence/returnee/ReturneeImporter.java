package io.guankou.persistence.returnee;

import io.guankou.model.place.Village;
import io.guankou.model.returnee.sheet.ReturneeHeader;
import io.guankou.model.returnee.sheet.ReturneeRowReader;
import io.guankou.model.returnee.sheet.ReturneeSheetRow;
import io.guankou.model.sheet.RawRow;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetReader;
import io.guankou.persistence.sheet.SheetRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Returnees from a sheet (.xlsx, .xls, .csv, opened and read by the ledger import's {@link SheetReader}):
 * {@link #read} finds the header and checks every row with the returnee form's rules, writing nothing; {@link #apply}
 * adds the rows the preview accepted in one transaction. As the ledger import does, refused rows are shown in the
 * preview and left out; if any accepted row is refused when it is written (its household removed meanwhile),
 * nothing is written at all.
 */
public final class ReturneeImporter {

    private final Database db;
    private final ReturneeRepository repo;
    private final PlaceRepository places;

    public ReturneeImporter(Database db, ReturneeRepository repo, PlaceRepository places) {
        this.db = db;
        this.repo = repo;
        this.places = places;
    }

    /**
     * Reads the first sheet of {@code file} and checks its rows against the ledger's villages and households on
     * {@code today}'s terms.
     *
     * @throws io.guankou.persistence.sheet.SheetReadException when the file is no readable sheet
     */
    public ReturneeSheet read(Path file, LocalDate today) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        try (SheetReader reader = SheetReader.open(file)) {
            List<RawRow> top = reader.firstRows(SheetImport.LAYOUT_ROWS).stream().map(ReturneeImporter::raw).toList();
            Optional<ReturneeHeader> header = ReturneeHeader.detect(top);
            if (header.isEmpty()) {
                return new ReturneeSheet(fileName, reader.sheetName(), 0, List.of());
            }
            List<Village> villages = places.villages();
            ReturneeRowReader rows = new ReturneeRowReader(header.get(), villages,
                    repo.households(today).values(), today);
            int headerRow = header.get().rowNumber();
            List<ReturneeSheetRow> out = new ArrayList<>();
            reader.rows(r -> {
                RawRow row = raw(r);
                if (r.number() > headerRow && rows.isData(row)) {
                    out.add(rows.read(row));
                }
            });
            return new ReturneeSheet(fileName, reader.sheetName(), headerRow, out);
        }
    }

    /**
     * Adds the rows of {@code sheet} that its preview accepted, in one transaction; how many.
     *
     * @throws ReturneeImportRefused when one of them breaks a rule now: nothing written
     */
    public int apply(ReturneeSheet sheet, String user, LocalDate today) {
        List<ReturneeSheetRow> rows = sheet.toAdd();
        return db.transaction(dsl -> {
            for (ReturneeSheetRow row : rows) {
                try {
                    repo.save(row.edit(), user, today);
                } catch (ReturneeRefused e) {
                    throw new ReturneeImportRefused(row.rowNumber(), e.problems());
                }
            }
            return rows.size();
        });
    }

    private static RawRow raw(SheetRow r) {
        return new RawRow(r.number(), r.cells());
    }
}
