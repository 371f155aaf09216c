package io.guankou.persistence.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office-like sheets for tests: title rows merged over the table, then the header and data rows. Cells:
 * a {@link String} is a text cell, a {@link Number} a numeric cell (General format), a {@link LocalDate} a
 * date cell formatted {@code yyyy"年"m"月"d"日"}, {@code null} no cell at all.
 */
public final class TestSheets {

    private TestSheets() {
    }

    /** An .xlsx with one sheet named {@code 台账}. */
    public static Path xlsx(Path file, List<String> titles, List<? extends List<?>> rows) {
        return write(new XSSFWorkbook(), file, titles, rows);
    }

    /** An .xls (BIFF8) with one sheet named {@code 台账}. */
    public static Path xls(Path file, List<String> titles, List<? extends List<?>> rows) {
        return write(new HSSFWorkbook(), file, titles, rows);
    }

    /** A CSV file: cells joined with commas (no quoting needed by the callers), CRLF line ends. */
    public static Path csv(Path file, Charset charset, List<? extends List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            b.append(String.join(",", row.stream().map(c -> c == null ? "" : c).toList())).append("\r\n");
        }
        try {
            return Files.write(file, b.toString().getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Workbook wb, Path file, List<String> titles, List<? extends List<?>> rows) {
        try (wb) {
            Sheet sheet = wb.createSheet("台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            int r = 0;
            for (String title : titles) {
                sheet.createRow(r).createCell(0).setCellValue(title);
                if (width > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                }
                r++;
            }
            for (List<?> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        throw new IllegalArgumentException("cell type " + v.getClass());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
