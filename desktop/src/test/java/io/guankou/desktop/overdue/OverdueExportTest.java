package io.guankou.desktop.overdue;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx export of the list as shown: Chinese headers, one row per listed person, IDs masked. */
class OverdueExportTest {

    @TempDir
    Path dir;
    Database db;
    OverdueViewModel vm;
    final Messages zh = Messages.of(Language.ZH);

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        vm = new OverdueViewModel(new LedgerRepository(db, clock), new FollowUpRepository(db),
                new FollowUpSettingsRepository(db, clock), new SameThreadTaskRunner(), clock,
                new DataEvents());
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theWorkbookHasChineseHeadersAndOneRowPerListedPerson() throws Exception {
        vm.groupingProperty().set(Grouping.GRID);
        vm.tierShownProperty(Tier.YELLOW).set(false);
        List<OverdueRow> rows = vm.rows();
        assertThat(rows).isNotEmpty();
        OverdueExport export = new OverdueExport(zh);
        Path file = dir.resolve(export.defaultFileName(LocalDate.of(2026, 11, 23)));
        assertThat(file.getFileName().toString()).isEqualTo("逾期联系名单-2026-11-23.xlsx");

        int written = export.write(file, "平安镇", vm.asOfProperty().get(), vm.groupingProperty().get(),
                List.copyOf(vm.groups()));

        assertThat(written).isEqualTo(rows.size());
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("逾期联系");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("平安镇").contains("逾期联系名单")
                    .contains("按网格");
            assertThat(texts(sheet.getRow(1))).containsExactly("分组", "姓名", "身份证号（已隐去）", "电话", "村（社区）",
                    "网格", "责任团队", "分级", "最近联系上", "逾期天数", "7天内联系次数", "每周目标", "逾期原因", "居家治疗");
            assertThat(sheet.getLastRowNum() - 1).as("data rows below title and header").isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 2);
                OverdueRow expected = rows.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.person().name());
                assertThat(row.getCell(2).getStringCellValue())
                        .isEqualTo(ResidentIds.mask(expected.person().residentId())).contains("********");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(zh.label(expected.status().tier()))
                        .isNotEqualTo("黄");
                assertThat((int) row.getCell(10).getNumericCellValue())
                        .isEqualTo(expected.status().reachedLast7Days());
            }
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    @Test
    void throughTheSharedExportFullIdsAreWrittenWholeAndLogged() throws Exception {
        List<OverdueRow> rows = vm.rows();
        Clock clock = TestClocks.FIXED;
        TableExport export = new TableExport(zh, new SameThreadTaskRunner(), new ExportLogRepository(db, clock),
                "测试员", "平安镇", clock);
        Path file = dir.resolve("逾期-完整.xlsx");
        List<TableExport.Done> done = new ArrayList<>();
        export.exportTo(file, true, ExportKind.OVERDUE, new OverdueExport(zh).sheet(export, vm.asOfProperty().get(),
                vm.groupingProperty().get(), List.copyOf(vm.groups())), done::add, e -> {
                    throw new AssertionError(e);
                });

        assertThat(done).singleElement().satisfies(d -> assertThat(d.rows()).isEqualTo(rows.size()));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(rows.size());
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(rows.get(0).person().residentId());
        }
        assertThat(new ExportLogRepository(db, clock).list()).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo(ExportKind.OVERDUE);
            assertThat(l.fullIds()).isTrue();
            assertThat(l.rows()).isEqualTo(rows.size());
        });
    }

    @Test
    void aChosenFileGetsTheXlsxSuffix() {
        assertThat(TableExport.withXlsxSuffix(Path.of("/tmp/名单"))).isEqualTo(Path.of("/tmp/名单.xlsx"));
        assertThat(TableExport.withXlsxSuffix(Path.of("/tmp/a.XLSX"))).isEqualTo(Path.of("/tmp/a.XLSX"));
    }
}
