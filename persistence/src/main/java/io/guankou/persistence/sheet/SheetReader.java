package io.guankou.persistence.sheet;

import io.guankou.persistence.sheet.SheetReadException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the rows of one sheet of a spreadsheet an office keeps: .xlsx/.xlsm, .xls or .csv, chosen from the
 * file's content (the extension only decides that a text file is CSV). Open it, look at {@link #firstRows}
 * to find the header, then stream {@link #rows} as often as needed; close it when done.
 *
 * <p>What a row holds ({@link SheetRow}): the texts as Excel or WPS displays them.
 * <ul>
 *   <li>Numbers as Excel shows them: a General cell as Excel's General format does, so a resident ID typed
 *       as a number comes out as {@code 5.00235E+17} (or the rounded digits Excel shows under a number
 *       format, e.g. {@code 500235194801010000}) and the model's ID check reports it as damaged; the digits
 *       are never reconstructed. Other number formats as POI's DataFormatter renders them.</li>
 *   <li>Text cells as typed (leading zeros, a final X kept).</li>
 *   <li>Date-formatted cells as ISO {@code yyyy-MM-dd}, with a time of day {@code yyyy-MM-dd HH:mm}, a
 *       time-only format {@code HH:mm}. Workbooks using the 1904 date system are read as such for .xls;
 *       for .xlsx the 1900 system is assumed.</li>
 *   <li>Booleans {@code TRUE}/{@code FALSE}; formula cells their cached value (what Excel last computed;
 *       error results as Excel shows them, e.g. {@code #DIV/0!}).</li>
 *   <li>Merged cells: only the top-left cell of a merged region has the value, the others are empty (that
 *       is how Excel stores them). A title merged over the columns above the header is therefore a row
 *       with one cell; header detection in the model skips such rows.</li>
 *   <li>CSV fields are the text in the file, unconverted (see {@link #charset()} for the encoding, which is
 *       decided from the bytes).</li>
 * </ul>
 * Trailing blank cells are dropped and blank rows skipped; row numbers are those Excel shows.
 *
 * <p>Memory: .xlsx is parsed with POI's event API (SAX over the sheet XML), so rows are handed on as they
 * are parsed and a 100,000-row sheet is never held; only the shared-strings table is in memory. .xls is
 * loaded whole (BIFF8 sheets hold at most 65,536 rows). CSV is streamed.
 *
 * <p>Failures are {@link SheetReadException}s with a {@link Reason} for the desktop's localized message;
 * POI's own exceptions never come out of this class. Not thread-safe: use from one worker thread.
 */
public final class SheetReader implements AutoCloseable {

    /** What kind of file was recognised. */
    public enum Format { XLSX, XLS, CSV }

    private static final DoubleConsumer NO_PROGRESS = fraction -> { };
    private static final BooleanSupplier NOT_CANCELLED = () -> false;

    private final Source source;
    private final Format format;
    private final String sheetName;
    private boolean closed;

    private SheetReader(Source source, Format format, String sheetName) {
        this.source = source;
        this.format = format;
        this.sheetName = sheetName;
    }

    /**
     * Opens the first sheet of {@code file}.
     *
     * @throws SheetReadException NOT_A_SHEET, ENCRYPTED, OLD_FORMAT or UNREADABLE (also for a missing file)
     */
    public static SheetReader open(Path file) {
        return open(file, null);
    }

    /**
     * Opens the sheet named {@code sheetName} (exactly as {@link #sheetNames()} lists it); null for the
     * first sheet.
     *
     * @throws SheetReadException as {@link #open(Path)}, or NO_SUCH_SHEET
     */
    public static SheetReader open(Path file, String sheetName) {
        Objects.requireNonNull(file, "file");
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new SheetReadException(Reason.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new SheetReadException(Reason.UNREADABLE, "cannot read the file", e);
        }
        return switch (magic) {
            case OOXML -> openXlsx(file, sheetName);
            case OLE2 -> openOle2(file, sheetName);
            case BIFF2, BIFF3, BIFF4 -> throw new SheetReadException(Reason.OLD_FORMAT,
                    "an Excel 2.x-4.x worksheet");
            default -> openText(file, sheetName);
        };
    }

    private static SheetReader openXlsx(Path file, String sheetName) {
        XlsxSource source;
        try {
            source = XlsxSource.open(file);
        } catch (SheetReadException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new SheetReadException(Reason.NOT_A_SHEET, "a zip file that is no Office document", e);
        } catch (Exception e) {
            throw new SheetReadException(Reason.UNREADABLE, "damaged .xlsx package", e);
        }
        return selected(source, source.select(sheetName), Format.XLSX, sheetName);
    }

    private static SheetReader openOle2(Path file, String sheetName) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new SheetReadException(Reason.ENCRYPTED, "a password-protected Office Open XML file");
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
                throw new SheetReadException(Reason.NOT_A_SHEET, "an OLE2 file without a workbook");
            }
            HSSFWorkbook workbook = new HSSFWorkbook(root, false);
            XlsSource source = new XlsSource(fs, workbook);
            return selected(source, source.select(sheetName), Format.XLS, sheetName);
        } catch (SheetReadException e) {
            closeQuietly(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new SheetReadException(Reason.ENCRYPTED, "a password-protected .xls", e);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw new SheetReadException(Reason.OLD_FORMAT, "an Excel 5/95 workbook", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            closeQuietly(fs);
            throw new SheetReadException(Reason.NOT_A_SHEET, "an OLE2 file that is no workbook", e);
        } catch (Exception e) {
            closeQuietly(fs);
            throw new SheetReadException(Reason.UNREADABLE, "damaged .xls file", e);
        }
    }

    private static SheetReader openText(Path file, String sheetName) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            throw new SheetReadException(Reason.NOT_A_SHEET, "neither a workbook nor a .csv file");
        }
        try {
            if (looksBinary(file)) {
                throw new SheetReadException(Reason.NOT_A_SHEET, "a .csv file with binary content");
            }
            CsvSource source = CsvSource.open(file);
            boolean found = sheetName == null || source.sheetNames().contains(sheetName);
            return selected(source, found, Format.CSV, sheetName);
        } catch (IOException e) {
            throw new SheetReadException(Reason.UNREADABLE, "cannot read the file", e);
        }
    }

    /** A NUL byte in the first 8 KB (without a UTF-16 byte-order mark) means this is no text file. */
    private static boolean looksBinary(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8 * 1024);
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static SheetReader selected(Source source, boolean found, Format format, String sheetName) {
        if (!found) {
            closeQuietly(source);
            throw new SheetReadException(Reason.NO_SUCH_SHEET,
                    sheetName == null ? "the workbook has no sheets" : "no sheet of that name");
        }
        String name = sheetName != null ? sheetName : source.sheetNames().get(0);
        return new SheetReader(source, format, name);
    }

    public Format format() {
        return format;
    }

    /** All sheet names in workbook order (a CSV file has one, named like the file without extension). */
    public List<String> sheetNames() {
        return source.sheetNames();
    }

    /** The sheet this reader reads. */
    public String sheetName() {
        return sheetName;
    }

    /** The encoding decided for a CSV file (UTF-8, UTF-16 or GB18030); empty for a workbook. */
    public Optional<Charset> charset() {
        return source instanceof CsvSource csv ? Optional.of(csv.charset()) : Optional.empty();
    }

    /**
     * Streams every non-blank row, top to bottom, to {@code each}.
     *
     * @throws SheetReadException UNREADABLE when the sheet turns out damaged part-way (rows before the
     *                            damage have been delivered)
     */
    public void rows(Consumer<SheetRow> each) {
        rows(each, NO_PROGRESS, NOT_CANCELLED);
    }

    /**
     * Streams every non-blank row to {@code each}, reporting progress and honouring cancellation.
     *
     * <p>Every 256 rows read (blank ones included) {@code cancelled} is asked, and {@code progress}
     * receives the fraction done, 0..1 (by bytes of the sheet for .xlsx and .csv, by rows for .xls), or -1
     * when it cannot be told; it gets 1.0 once at the end. Both fit a JavaFX {@code Task}:
     * {@code f -> updateProgress(f, 1)} (-1 shows an indeterminate bar) and {@code this::isCancelled}. Both
     * are called on the reading thread.
     *
     * @throws CancellationException when {@code cancelled} returned true (rows until then were delivered)
     * @throws SheetReadException    as {@link #rows(Consumer)}
     */
    public void rows(Consumer<SheetRow> each, DoubleConsumer progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(each, "each");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        RowPump pump = new RowPump(each, progress, cancelled, source::fraction, Integer.MAX_VALUE);
        pump(pump);
        pump.finish();
    }

    /** The first {@code n} non-blank rows (fewer when the sheet is shorter), for header detection and preview. */
    public List<SheetRow> firstRows(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0: " + n);
        }
        List<SheetRow> rows = new ArrayList<>(Math.min(n, 1000));
        if (n == 0) {
            return rows;
        }
        try {
            pump(new RowPump(rows::add, NO_PROGRESS, NOT_CANCELLED, source::fraction, n));
        } catch (RowPump.Enough enough) {
            // read as many as asked for
        }
        return rows;
    }

    private void pump(RowPump pump) {
        if (closed) {
            throw new IllegalStateException("reader closed");
        }
        try {
            pump.start();
            source.read(pump);
        } catch (RowPump.CallerFailure e) {
            throw e.original(); // the caller's own exception from each, progress or cancelled
        } catch (SheetReadException | CancellationException | RowPump.Enough e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SheetReadException(Reason.UNREADABLE, "damaged sheet", e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(source);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing to do: the file was only read
            }
        }
    }
}
