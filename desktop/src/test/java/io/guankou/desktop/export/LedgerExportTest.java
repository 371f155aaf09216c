package io.guankou.desktop.export;

import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.ledger.LedgerExport;
import io.guankou.desktop.ledger.LedgerViewModel;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogEntry;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger export writes exactly the rows the search and filters show, IDs masked unless chosen full. */
class LedgerExportTest extends ExportTestBase {

    static final List<String> HEADERS_MASKED = List.of("姓名", "身份证号（已隐去）", "性别", "出生日期", "年龄", "联系电话",
            "村（社区）", "网格", "包保小分队", "分级", "基础病种数", "病情不稳定", "疫苗接种");

    LedgerViewModel vm;
    List<LedgerEntry> all;
    TableExport export;

    @BeforeEach
    void open() {
        LedgerRepository ledger = new LedgerRepository(db, clock);
        vm = new LedgerViewModel(ledger, new PlaceRepository(db), new TierRulesRepository(db, clock), runner, clock,
                "测试员", new DataEvents());
        vm.reload();
        all = ledger.loadEntries();
        export = tableExport();
    }

    /** A filter that leaves some rows but not all: one village and its people's most common tier. */
    private List<LedgerEntry> filtered() {
        LedgerEntry someone = all.get(100);
        vm.villageIdProperty().set(someone.villageId());
        vm.tierProperty().set(someone.tier());
        List<LedgerEntry> shown = List.copyOf(vm.rows());
        assertThat(shown).isNotEmpty().hasSizeLessThan(all.size());
        return shown;
    }

    @Test
    void aFilteredLedgerExportsExactlyTheShownRowsWithChineseHeadersAndMaskedIds() throws Exception {
        List<LedgerEntry> shown = filtered();
        Path file = dir.resolve(export.defaultFileName(ExportKind.LEDGER));
        assertThat(file.getFileName().toString()).isEqualTo("重点人群台账-" + export.today() + ".xlsx");

        TableExport.Done done = export(export, file, false, ExportKind.LEDGER,
                LedgerExport.sheet(export, vm.rows(), vm.today()));

        assertThat(done.rows()).isEqualTo(shown.size());
        assertThat(export.runningProperty().get()).isFalse();
        try (Workbook wb = workbook(file)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("重点人群台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("平安镇").contains("重点人群台账");
            assertThat(texts(sheet.getRow(1))).containsExactlyElementsOf(HEADERS_MASKED);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as("header row frozen").isNotNull();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(1)).as("the ID column fits 18 characters").isGreaterThan(18 * 256);
            assertThat(sheet.getLastRowNum() - 1).as("data rows below title and header").isEqualTo(shown.size());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Row row = sheet.getRow(i + 2);
                LedgerEntry e = shown.get(i);
                names.add(row.getCell(0).getStringCellValue());
                Cell id = row.getCell(1);
                assertThat(id.getCellType()).isEqualTo(CellType.STRING);
                assertThat(id.getStringCellValue()).isEqualTo(ResidentIds.mask(e.residentId())).contains("********")
                        .isNotEqualTo(e.residentId());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(e.villageName());
                String tier = row.getCell(9).getStringCellValue();
                assertThat(tier).startsWith(zh.label(e.tier()));
                assertThat(tier.endsWith("(人工)")).isEqualTo(e.isOverridden());
                assertThat((int) row.getCell(10).getNumericCellValue()).isEqualTo(e.comorbidityCount());
            }
            assertThat(names).containsExactlyElementsOf(shown.stream().map(LedgerEntry::name).toList());
        }
        List<ExportLogEntry> log = new ExportLogRepository(db, clock).list();
        assertThat(log).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo(ExportKind.LEDGER);
            assertThat(l.rows()).isEqualTo(shown.size());
            assertThat(l.fullIds()).isFalse();
            assertThat(l.exportedBy()).isEqualTo("测试员");
            assertThat(l.fileName()).endsWith(file.getFileName().toString());
        });
    }

    @Test
    void theFullIdChoiceWritesWholeIdsAsTextAndIsLogged() throws Exception {
        List<LedgerEntry> shown = filtered();
        Path file = dir.resolve("台账-完整.xlsx");

        TableExport.Done done = export(export, file, true, ExportKind.LEDGER,
                LedgerExport.sheet(export, vm.rows(), vm.today()));

        assertThat(done.fullIds()).isTrue();
        assertThat(export.messages().text(export.doneText(done))).contains(file.toString()).contains("导出日志");
        try (Workbook wb = workbook(file)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("身份证号");
            for (int i = 0; i < shown.size(); i++) {
                Cell id = sheet.getRow(i + 2).getCell(1);
                assertThat(id.getCellType()).as("text, so Excel cannot damage it").isEqualTo(CellType.STRING);
                assertThat(id.getStringCellValue()).isEqualTo(shown.get(i).residentId());
                assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            }
        }
        assertThat(new ExportLogRepository(db, clock).list()).singleElement().satisfies(l -> {
            assertThat(l.fullIds()).isTrue();
            assertThat(l.rows()).isEqualTo(shown.size());
            assertThat(l.what()).isEqualTo(ExportKind.LEDGER);
        });
    }

    @Test
    void theSheetIsTakenWhenAskedAndLaterFilteringDoesNotChangeIt() throws Exception {
        List<LedgerEntry> shown = filtered();
        TableExport.Sheet sheet = LedgerExport.sheet(export, vm.rows(), vm.today());
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(all.size());
        Path file = dir.resolve("a.xlsx");
        assertThat(export(export, file, false, ExportKind.LEDGER, sheet).rows())
                .isEqualTo(shown.size());
        assertThat(Files.exists(file)).isTrue();
    }
}
