package io.guankou.persistence.sheet;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ConvertedRow;
import io.guankou.model.sheet.UnknownGrid;
import io.guankou.model.sheet.UnknownTeam;
import io.guankou.model.sheet.UnknownVillage;
import java.nio.file.Path;
import java.util.List;

/**
 * Every data row of a sheet read into persons (or problems), before any match with the ledger.
 *
 * @param file            the file read
 * @param sheetName       the sheet read
 * @param headerRow       the header row number; data rows are below it
 * @param mapping         the mapping used
 * @param rows            the converted rows in sheet order
 * @param unknownVillages villages the sheet names that the ledger does not have
 * @param unknownGrids    grids the sheet names that their villages do not have
 * @param unknownTeams    teams (or responsible persons' teams) the sheet names that the villages do not have
 */
public record SheetReading(Path file, String sheetName, int headerRow, ColumnMapping mapping, List<ConvertedRow> rows,
        List<UnknownVillage> unknownVillages, List<UnknownGrid> unknownGrids, List<UnknownTeam> unknownTeams) {

    public SheetReading {
        rows = List.copyOf(rows);
        unknownVillages = List.copyOf(unknownVillages);
        unknownGrids = List.copyOf(unknownGrids);
        unknownTeams = List.copyOf(unknownTeams);
    }

    /** A reading that names no unknown grid or team. */
    public SheetReading(Path file, String sheetName, int headerRow, ColumnMapping mapping, List<ConvertedRow> rows,
                        List<UnknownVillage> unknownVillages) {
        this(file, sheetName, headerRow, mapping, rows, unknownVillages, List.of(), List.of());
    }
}
