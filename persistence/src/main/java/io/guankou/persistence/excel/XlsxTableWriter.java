package io.guankou.persistence.excel;

import io.guankou.model.person.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes tables as .xlsx sheets for the office to pass on (one sheet, or several in one workbook): each an optional
 * merged bold title row, a bold header row that stays in view (frozen) and repeats on every printed page, then the
 * rows. Rows are streamed
 * (SXSSF keeps only a window of them in memory), so a 100,000-row export needs no more heap than a 100-row
 * one.
 *
 * <p>The workbook is written to a temporary file beside the target and moved over it only when complete,
 * so a failed export never leaves a half-written file or destroys the previous one.
 */
public final class XlsxTableWriter {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxTableWriter.class);
    /** Rows SXSSF keeps in memory before flushing them to its own temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final short TITLE_POINTS = 14;

    private XlsxTableWriter() {
    }

    /**
     * Streams {@code rows} into a new sheet and puts the workbook at {@code file}, replacing an existing one.
     * Each row is a list of at most {@code columns.size()} values: String, Number, LocalDate, LocalDateTime,
     * {@link TierCell} or null (an empty cell). A TEXT column writes numbers as text, so a resident ID never
     * turns into a number (or loses its trailing X).
     *
     * @param title a bold line above the header, merged over all columns; null or blank for none
     * @throws UncheckedIOException when the file cannot be written (the old file, if any, is left as it was)
     * @throws IllegalArgumentException for a row longer than the columns, a value of another type, or more
     *         rows than a sheet holds
     */
    public static void write(Path file, String sheetName, String title, List<XlsxColumn> columns,
                             Iterable<? extends List<?>> rows) {
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs at least one column");
        }
        write(file, List.of(new XlsxSheet(sheetName, title, columns, rows)));
    }

    /**
     * Writes a workbook of several sheets, in the order given, each laid out as the one-sheet {@code write} lays its
     * sheet out, and puts it at {@code file} in the same way (complete or not at all).
     *
     * @throws IllegalArgumentException for no sheet, two sheets of the same (safe) name, or a bad row
     */
    public static void write(Path file, List<XlsxSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".writing");
            int written = writeWorkbook(temp, List.copyOf(sheets));
            moveInPlace(temp, target);
            LOG.debug("Exported {} rows to {}", written, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static int writeWorkbook(Path out, List<XlsxSheet> sheets) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            int written = 0;
            for (XlsxSheet s : sheets) {
                String name = WorkbookUtil.createSafeSheetName(s.name());
                if (workbook.getSheet(name) != null) {
                    throw new IllegalArgumentException("two sheets named " + name);
                }
                written += writeSheet(workbook.createSheet(name), styles, s.title(), s.columns(), s.rows());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
            return written;
        } finally {
            workbook.close();
            workbook.dispose(); // SXSSF's own temporary files; close() alone leaves them in java.io.tmpdir
        }
    }

    private static int writeSheet(SXSSFSheet sheet, Styles styles, String title, List<XlsxColumn> columns,
                                  Iterable<? extends List<?>> rows) {
        int r = 0;
        if (title != null && !title.isBlank()) {
            Row row = sheet.createRow(r++);
            Cell cell = row.createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(styles.title);
            row.setHeightInPoints(TITLE_POINTS * 1.6f);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, columns.size() - 1));
            }
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
            XlsxColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, column.widthChars() * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(columns.size() > 6);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);

        for (List<?> values : rows) {
            if (r >= MAX_ROWS) {
                throw new IllegalArgumentException("more rows than an .xlsx sheet holds (" + MAX_ROWS + ")");
            }
            if (values.size() > columns.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + values.size()
                        + " values for " + columns.size() + " columns");
            }
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                writeCell(row.createCell(c), columns.get(c).kind(), values.get(c), styles);
            }
        }
        return r - headerRow - 1;
    }

    /** Java 17: no pattern switch yet, so the value types are told apart one after the other. */
    private static void writeCell(Cell cell, XlsxColumn.Kind kind, Object value, Styles styles) {
        if (value == null) {
            cell.setCellStyle(styles.of(kind));
        } else if (value instanceof String s) {
            cell.setCellValue(s);
            cell.setCellStyle(kind == XlsxColumn.Kind.TEXT ? styles.text : styles.of(kind));
        } else if (value instanceof Number n) {
            if (kind == XlsxColumn.Kind.TEXT) {
                cell.setCellValue(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
                cell.setCellStyle(styles.text);
            } else {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.number);
            }
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(kind == XlsxColumn.Kind.DATE ? styles.date : styles.dateTime);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(kind == XlsxColumn.Kind.DATETIME ? styles.dateTime : styles.date);
        } else if (value instanceof TierCell t) {
            cell.setCellValue(t.text());
            cell.setCellStyle(styles.tiers.get(t.tier()));
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                    + " into a spreadsheet cell");
        }
    }

    private static void moveInPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Cannot delete the unfinished export {}: {}", temp, e.getClass().getName());
        }
    }

    /** The few cell styles of a sheet, created once: a workbook holds at most 64,000 of them. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle dateTime;
        final Map<Tier, CellStyle> tiers = new EnumMap<>(Tier.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints(TITLE_POINTS);

            title = workbook.createCellStyle();
            title.setFont(big);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);

            short textFormat = workbook.createDataFormat().getFormat("@");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            number = workbook.createCellStyle();
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            // the colours of the app's tier chips, so a printed sheet looks like the screen
            tiers.put(Tier.RED, tierStyle(workbook, textFormat, 0xd1242f, 0xffffff));
            tiers.put(Tier.YELLOW, tierStyle(workbook, textFormat, 0xe3b341, 0x3d2e00));
            tiers.put(Tier.GREEN, tierStyle(workbook, textFormat, 0x2da44e, 0xffffff));
        }

        CellStyle of(XlsxColumn.Kind kind) {
            return switch (kind) {
                case TEXT, TIER -> text;
                case NUMBER -> number;
                case DATE -> date;
                case DATETIME -> dateTime;
            };
        }

        private static CellStyle tierStyle(SXSSFWorkbook workbook, short format, int fill, int ink) {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.setDataFormat(format);
            style.setFillForegroundColor(new XSSFColor(rgb(fill), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(true);
            font.setColor(new XSSFColor(rgb(ink), null));
            style.setFont(font);
            return style;
        }

        private static byte[] rgb(int color) {
            return new byte[] {(byte) (color >> 16), (byte) (color >> 8), (byte) color};
        }
    }
}
