package io.guankou.desktop.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.Database;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the demo township and a {@link TableExport} over it. Exports run the way the button runs them,
 * minus the dialogs: the path and the ID choice are given, and the same-thread runner finishes them at once.
 */
abstract class ExportTestBase {

    @TempDir
    Path dir;
    Database db;
    final Clock clock = TestClocks.FIXED;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);

    @BeforeEach
    void openTownship() {
        db = Database.open(TestTownship.copyInto(dir));
    }

    @AfterEach
    void closeTownship() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    TableExport tableExport() {
        return new TableExport(zh, runner, new ExportLogRepository(db, clock), "测试员", "平安镇", clock);
    }

    /** Exports synchronously; fails the test on an error. */
    static TableExport.Done export(TableExport export, Path file, boolean fullIds, ExportKind kind,
                                   TableExport.Sheet sheet) {
        AtomicReference<TableExport.Done> done = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        export.exportTo(file, fullIds, kind, sheet, done::set, failed::set);
        if (failed.get() != null) {
            throw new AssertionError("export failed", failed.get());
        }
        return done.get();
    }

    static Workbook workbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }
}
