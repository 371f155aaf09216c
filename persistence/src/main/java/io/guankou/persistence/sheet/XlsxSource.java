package io.guankou.persistence.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * .xlsx/.xlsm through POI's event API: the sheet XML is parsed with SAX and each row handed on as it ends,
 * so a 100,000-row sheet is never held in memory (only the shared-strings table is).
 */
final class XlsxSource implements Source {

    private static final String ERROR_PREFIX = "ERROR:";

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private PackagePart selected;
    private volatile CountingInputStream current;

    private XlsxSource(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            sheets.putIfAbsent(it.getSheetName(), it.getSheetPart());
        }
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
    }

    /** Opens the package read-only; the caller has checked that the file is a zip. */
    static XlsxSource open(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new SheetReadException(SheetReadException.Reason.NOT_A_SHEET,
                        "a zip file that is no Office document");
            }
        } catch (ZipException e) {
            throw new SheetReadException(SheetReadException.Reason.UNREADABLE, "damaged zip package", e);
        }
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            String type = coreType(pkg);
            if (!type.toLowerCase(Locale.ROOT).contains("sheet")) {
                throw new SheetReadException(SheetReadException.Reason.NOT_A_SHEET,
                        "an Office Open XML package that is no workbook: " + type);
            }
            return new XlsxSource(pkg);
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }

    private static String coreType(OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(
                    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
        }
        if (rels.size() == 0) {
            return "no main document";
        }
        try {
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            return main == null ? "no main document" : main.getContentType();
        } catch (RuntimeException e) {
            return "no main document";
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    boolean select(String sheetName) {
        if (sheetName == null) {
            selected = sheets.values().stream().findFirst().orElse(null);
            return selected != null;
        }
        selected = sheets.get(sheetName);
        return selected != null;
    }

    @Override
    public void read(RowPump pump) throws IOException {
        try (InputStream raw = selected.getInputStream();
             CountingInputStream in = new CountingInputStream(raw)) {
            current = in;
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(pump),
                    new CellTexts(false), false));
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            // a RuntimeException from the pump (cancellation, stop, the caller's own) may come back wrapped
            if (e.getException() instanceof RuntimeException inner) {
                throw inner;
            }
            throw new SheetReadException(SheetReadException.Reason.UNREADABLE, "damaged sheet XML", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no SAX parser", e);
        } finally {
            current = null;
        }
    }

    @Override
    public double fraction() {
        CountingInputStream in = current;
        long size = selected == null ? -1 : selected.getSize();
        if (in == null || size <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) in.count() / size);
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Collects one row's cells by column, filling gaps with empty texts. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowPump pump;
        private List<String> cells = new ArrayList<>();
        private int lastColumn = -1;

        Rows(RowPump pump) {
            this.pump = pump;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            pump.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : column(reference);
            if (column < 0) {
                column = lastColumn + 1;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String shown = text == null ? "" : text;
            if (shown.startsWith(ERROR_PREFIX + "#")) {
                shown = shown.substring(ERROR_PREFIX.length()); // Excel shows the error code itself
            }
            if (column < cells.size()) {
                cells.set(column, shown);
            } else {
                cells.add(shown);
            }
            lastColumn = column;
        }

        /** 0-based column of a reference like "AB12". */
        private static int column(String reference) {
            int column = 0;
            int i = 0;
            while (i < reference.length()) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else if (c != '$') {
                    break;
                }
                i++;
            }
            return column - 1;
        }
    }
}
