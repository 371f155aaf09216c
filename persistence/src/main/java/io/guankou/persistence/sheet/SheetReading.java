package io.guankou.persistence.sheet;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ConvertedRow;
import io.guankou.model.sheet.UnknownValue;
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
 * @param unknownValues   the distinct values of enumerated columns the parser did not recognise, with the rows
 *                        holding each ({@link io.guankou.model.sheet.UnknownValues})
 */
public record SheetReading(Path file, String sheetName, int headerRow, ColumnMapping mapping, List<ConvertedRow> rows,
        List<UnknownVillage> unknownVillages, List<UnknownValue> unknownValues) {

    public SheetReading {
        rows = List.copyOf(rows);
        unknownVillages = List.copyOf(unknownVillages);
        unknownValues = List.copyOf(unknownValues);
    }
}
