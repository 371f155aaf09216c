package io.guankou.persistence.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Excel 97-2003 .xls through HSSF. The whole workbook is loaded, which is acceptable: a BIFF8 sheet holds
 * at most 65,536 rows.
 */
final class XlsSource implements Source {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final CellTexts texts;
    private Sheet selected;
    private volatile int at;

    XlsSource(POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fs = fs;
        this.workbook = workbook;
        this.texts = new CellTexts(workbook.getInternalWorkbook().isUsing1904DateWindowing());
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return List.copyOf(names);
    }

    boolean select(String sheetName) {
        if (sheetName == null) {
            selected = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        } else {
            int index = workbook.getSheetIndex(sheetName);
            // getSheetIndex ignores case, as Excel does; the name must still match exactly
            selected = index < 0 || !workbook.getSheetName(index).equals(sheetName)
                    ? null : workbook.getSheetAt(index);
        }
        return selected != null;
    }

    @Override
    public void read(RowPump pump) {
        at = 0;
        for (Row row : selected) {
            List<String> cells = new ArrayList<>();
            short last = row.getLastCellNum();
            for (int c = 0; c < last; c++) {
                cells.add(text(row.getCell(c)));
            }
            at = row.getRowNum() + 1;
            pump.row(row.getRowNum() + 1, cells);
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield texts.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                        style.getDataFormatString());
            }
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }

    @Override
    public double fraction() {
        if (selected == null) {
            return -1;
        }
        int total = selected.getLastRowNum() + 1;
        return total <= 0 ? -1 : Math.min(1.0, (double) at / total);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }
}
