package io.guankou.desktop.export;

import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.referral.ReferralExport;
import io.guankou.desktop.referral.ReferralViewModel;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.referral.ReferralEntry;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The referral export writes the queue as shown: open only, or all. */
class ReferralExportTest extends ExportTestBase {

    ReferralViewModel vm;
    TableExport export;
    Referral open;

    @BeforeEach
    void open() {
        ReferralRepository referrals = new ReferralRepository(db, clock);
        List<LedgerEntry> free = new LedgerRepository(db, clock).loadEntries().stream()
                .filter(p -> referrals.openFor(p.personId()).isEmpty()).limit(2).toList();
        open = new ReferralRepository(db, Clock.offset(clock, Duration.ofHours(-5)))
                .openManual(free.get(0).personId(), "测试员");
        Referral toClose = referrals.openManual(free.get(1).personId(), "测试员");
        referrals.update(toClose.moveTo(ReferralStatus.CLOSED, toClose.openedAt().plusMinutes(1), "拒绝转诊"), "测试员");
        vm = new ReferralViewModel(referrals, new FollowUpSettingsRepository(db, clock), runner, clock, "测试员",
                new DataEvents());
        vm.reload();
        export = tableExport();
    }

    private Sheet written(Workbook wb) {
        return wb.getSheetAt(0);
    }

    @Test
    void theOpenQueueExportsItsRowsWithChineseHeaders() throws Exception {
        List<ReferralEntry> shown = List.copyOf(vm.rows());
        assertThat(shown).isNotEmpty().allMatch(e -> e.referral().status().isOpen());
        Path file = dir.resolve(export.defaultFileName(ExportKind.REFERRALS));
        assertThat(file.getFileName().toString()).startsWith("转诊名单-");

        TableExport.Done done = export(export, file, false, ExportKind.REFERRALS,
                ReferralExport.sheet(export, vm.rows(), vm::openFor, true));

        assertThat(done.rows()).isEqualTo(shown.size());
        try (Workbook wb = workbook(file)) {
            Sheet sheet = written(wb);
            assertThat(wb.getSheetName(0)).isEqualTo("转诊名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("转诊名单").contains("未结束");
            assertThat(texts(sheet.getRow(1))).containsExactly("姓名", "身份证号（已隐去）", "联系电话", "村（社区）", "网格",
                    "分级", "转诊原因", "发起时间", "已等待", "去向医院", "转运方式", "医护随车", "状态", "结果");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                Row row = sheet.getRow(i + 2);
                ReferralEntry e = shown.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e.personName());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(ResidentIds.mask(e.residentId()));
                assertThat(row.getCell(12).getStringCellValue()).isEqualTo(zh.label(e.referral().status()));
                if (e.referral().id() == open.id()) {
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("5小时");
                    assertThat(row.getCell(6).getStringCellValue()).isNotBlank();
                }
            }
        }
    }

    @Test
    void allReferralsIncludeTheClosedOnesAndTheExportIsLogged() throws Exception {
        int openRows = vm.rows().size();
        vm.openOnlyProperty().set(false);
        List<ReferralEntry> shown = List.copyOf(vm.rows());
        assertThat(shown).hasSizeGreaterThan(openRows).anyMatch(e -> !e.referral().status().isOpen());
        Path file = dir.resolve("转诊.xlsx");

        export(export, file, true, ExportKind.REFERRALS,
                ReferralExport.sheet(export, vm.rows(), vm::openFor, false));

        try (Workbook wb = workbook(file)) {
            Sheet sheet = written(wb);
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(shown.size());
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(shown.get(0).residentId());
        }
        assertThat(new ExportLogRepository(db, clock).list()).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo(ExportKind.REFERRALS);
            assertThat(l.rows()).isEqualTo(shown.size());
            assertThat(l.fullIds()).isTrue();
        });
    }
}
