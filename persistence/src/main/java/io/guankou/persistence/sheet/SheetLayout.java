package io.guankou.persistence.sheet;

import io.guankou.model.sheet.HeaderDetection;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the top of a sheet looks like: enough for the user to pick the sheet and confirm the column mapping.
 *
 * @param file       the file
 * @param format     xlsx, xls or csv
 * @param sheetNames every sheet of the workbook (one for CSV)
 * @param sheetName  the sheet read
 * @param charset    the encoding of a CSV file
 * @param firstRows  the first non-blank rows ({@link SheetImport#LAYOUT_ROWS} at most)
 * @param header     the header row found and the mapping its texts suggest, empty when none was recognised
 */
public record SheetLayout(Path file, SheetReader.Format format, List<String> sheetNames, String sheetName,
        Optional<Charset> charset, List<SheetRow> firstRows, Optional<HeaderDetection> header) {

    public SheetLayout {
        sheetNames = List.copyOf(sheetNames);
        firstRows = List.copyOf(firstRows);
    }

    /** Up to {@code n} data rows just below the header row (or the first rows when there is none). */
    public List<SheetRow> sampleRows(int n) {
        int after = header.map(HeaderDetection::rowNumber).orElse(0);
        return firstRows.stream().filter(r -> r.number() > after).limit(n).toList();
    }
}
