package io.guankou.persistence.returnee;

import io.guankou.model.returnee.sheet.ReturneeSheetRow;
import java.util.List;

/**
 * A returnee sheet read and checked, nothing written yet: the preview of an import.
 *
 * @param fileName  the file's name, without its folder
 * @param sheetName the sheet read (the first one)
 * @param headerRow the header row's number, 0 when no header row naming the name and another returnee column was found
 * @param rows      the data rows below the header in sheet order, refused ones with their problems
 */
public record ReturneeSheet(String fileName, String sheetName, int headerRow, List<ReturneeSheetRow> rows) {

    public ReturneeSheet {
        rows = List.copyOf(rows);
    }

    public boolean headerFound() {
        return headerRow > 0;
    }

    public List<ReturneeSheetRow> toAdd() {
        return rows.stream().filter(r -> !r.refused()).toList();
    }

    public List<ReturneeSheetRow> refused() {
        return rows.stream().filter(ReturneeSheetRow::refused).toList();
    }
}
