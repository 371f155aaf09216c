package io.guankou.desktop.meeting.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary as a workbook, read back with POI: the figures as the tiles word them, then the open items. */
class SummaryWorkbookTest {

    @TempDir
    Path dir;
    final Messages zh = Messages.of(Language.ZH);

    @Test
    void writesTheFiguresSheetAndTheOpenItemsSheet() throws Exception {
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), Figures.yesterday(), Figures.items(), zh);
        Path file = dir.resolve("纪要.xlsx");

        int rows = new SummaryWorkbook(zh).write(file, content);

        assertThat(rows).isEqualTo(20 + 3); // 20 figures, 3 open items
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet figures = wb.getSheet("调度会数字");
            assertThat(figures.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("平安镇　每日调度会纪要（2026-11-20）　数字截至 2026-11-20 10:00");
            assertThat(texts(figures.getRow(1))).containsExactly("项目", "数值", "提示");
            // red 12 against 10 yesterday, yellow 30 against 31, green 200 against 200
            assertThat(texts(figures.getRow(2))).containsExactly("红色（高风险）人数", "12（较昨日 +2）");
            assertThat(texts(figures.getRow(3))).containsExactly("黄色（中风险）人数", "30（较昨日 -1）");
            assertThat(texts(figures.getRow(4))).containsExactly("绿色（低风险）人数", "200（较昨日 0）");
            assertThat(texts(figures.getRow(5))).containsExactly("今日应联系", "9");
            // 7 of 9 due reached: not all, so it calls for attention
            assertThat(texts(figures.getRow(6))).containsExactly("其中已联系上", "7 / 9", "需关注");
            assertThat(texts(figures.getRow(9))).containsExactly("本周联系达标率", "75%（30/40）", "需关注");
            assertThat(texts(figures.getRow(13))).containsExactly("在办转诊", "2（最早 2026-11-19 15:30）", "需关注");
            assertThat(texts(figures.getRow(15))).containsExactly("药品最少可用天数", "6 天：布洛芬片（平安镇卫生院）",
                    "需关注");
            assertThat(texts(figures.getRow(16))).containsExactly("可调派120救护车", "可用 2 / 联网 3 辆");
            // 38 of 50 on duty is 76%, under the 80% target
            assertThat(texts(figures.getRow(17))).containsExactly("医务人员在岗", "38 / 50（76%，目标 ≥80%）", "需关注");
            assertThat(texts(figures.getRow(21))).containsExactly("合并慢病者家庭医生签约率", "62%", "需关注");
            assertThat(figures.getLastRowNum()).isEqualTo(21);

            Sheet items = wb.getSheet("待办事项");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("未办结事项 3 项，其中逾期 1 项");
            assertThat(texts(items.getRow(1))).containsExactly("类别", "事项", "责任人", "完成时限", "状态", "关联");
            // the overdue first, then by due day; the closed task is not on the summary
            Row first = items.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("问题");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("卫生院布洛芬不足两周用量");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("药房刘");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 17, 0, 0));
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("逾期 3 天");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("医疗机构：平安镇卫生院");
            Row second = items.getRow(3);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("落实每日联系");
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("未办结"); // due today: not overdue yet
            assertThat(second.getCell(5).getStringCellValue()).isEmpty();
            Row third = items.getRow(4);
            assertThat(third.getCell(0).getStringCellValue()).isEqualTo("任务");
            assertThat(third.getCell(5).getStringCellValue()).isEqualTo("人员：张*丰");
            assertThat(items.getLastRowNum()).isEqualTo(4);
        }
        assertThat(Files.readAllBytes(file)).isNotEmpty();
    }

    @Test
    void withoutYesterdaysSnapshotTheTiersHaveNoChange() throws Exception {
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), null, List.of(), zh);
        Path file = dir.resolve("n.xlsx");
        new SummaryWorkbook(zh).write(file, content);
        try (XSSFWorkbook wb = open(file)) {
            assertThat(texts(wb.getSheet("调度会数字").getRow(2))).containsExactly("红色（高风险）人数", "12");
            Sheet items = wb.getSheet("待办事项");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("未办结事项 0 项，其中逾期 0 项");
            assertThat(items.getLastRowNum()).isEqualTo(1);
        }
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row's texts, without the empty cells at its end. */
    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
