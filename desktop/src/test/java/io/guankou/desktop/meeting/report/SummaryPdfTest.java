package io.guankou.desktop.meeting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary as a one-page A4 PDF, read back with PDFBox's text stripper: the Chinese text round-trips through the
 * embedded font; many items shrink the type and then stop with how many more; no font is a clear failure.
 */
class SummaryPdfTest {

    @TempDir
    Path dir;
    final Messages zh = Messages.of(Language.ZH);

    @BeforeEach
    void aChineseFontIsInstalled() {
        assumeTrue(PdfFonts.system().first().isPresent(), "needs a Chinese TrueType font, e.g. fonts-wqy-microhei");
    }

    @Test
    void onePageWithTitleFiguresAndOpenItemsInChinese() throws Exception {
        Path file = dir.resolve("纪要.pdf");
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), Figures.yesterday(), Figures.items(), zh);

        SummaryPdf.Layout layout = new SummaryPdf(zh, PdfFonts.system()).write(file, content);

        assertThat(layout.itemsShown()).isEqualTo(3);
        assertThat(layout.itemsLeftOut()).isZero();
        assertThat(layout.itemSize()).isEqualTo(9f); // three items fit in the roomy type
        assertThat(Files.size(file)).isPositive();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight()); // portrait
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName n : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(n);
                assertThat(f.isEmbedded()).isTrue();
                fonts.add(f.getName());
            }
            assertThat(fonts).isNotEmpty();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("平安镇", "每日调度会纪要（2026-11-20）", "数字截至 2026-11-20 10:00", "今日数字");
            assertThat(text).contains("红色（高风险）人数", "12（较昨日 +2）", "30（较昨日 -1）", "7 / 9",
                    "75%（30/40）", "6 天：布洛芬片（平安镇卫生院）", "38 / 50（76%，目标 ≥80%）");
            assertThat(text).contains("未办结事项 3 项，其中逾期 1 项");
            assertThat(text).contains("卫生院布洛芬不足两周用量", "药房刘", "2026-11-17", "逾期 3 天", "医疗机构：平安镇卫生院");
            assertThat(text).contains("给独居老人送指氧仪", "人员：张*丰", "落实每日联系");
            assertThat(text).doesNotContain("张三丰"); // the linked person's name is masked
            assertThat(text).doesNotContain("补齐退热贴"); // closed today: not on the summary
            assertThat(text.indexOf("卫生院布洛芬不足两周用量")).isLessThan(text.indexOf("落实每日联系")); // overdue first
            assertThat(text).contains("人员姓名已隐去");
        }
    }

    @Test
    void manyItemsAreSetSmallerThenCutWithHowManyMore() throws Exception {
        Path file = dir.resolve("many.pdf");
        List<ActionItem> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(Figures.item(i, ActionKind.TASK, String.format("事项%02d", i), "网格长",
                    Figures.TODAY.plusDays(i), ActionStatus.OPEN, null));
        }
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), null, many, zh);

        SummaryPdf.Layout layout = new SummaryPdf(zh, PdfFonts.system()).write(file, content);

        assertThat(layout.itemSize()).isEqualTo(7f); // the smallest type
        assertThat(layout.itemsShown()).isBetween(10, 59);
        assertThat(layout.itemsShown() + layout.itemsLeftOut()).isEqualTo(60);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            int shown = layout.itemsShown();
            // in due order: the first ones listed, the last listed one, and not the one after it
            assertThat(text).contains("事项01", String.format("事项%02d", shown));
            assertThat(text).doesNotContain(String.format("事项%02d", shown + 1));
            assertThat(text).contains("另有 " + (60 - shown) + " 项未列出，见 Excel 版纪要");
            assertThat(text).contains("未办结事项 60 项，其中逾期 0 项");
        }
    }

    @Test
    void aFewMoreItemsThanFitRoomyAreSetSmallerButAllListed() throws Exception {
        Path file = dir.resolve("some.pdf");
        List<ActionItem> some = new ArrayList<>();
        for (int i = 1; i <= 28; i++) {
            some.add(Figures.item(i, ActionKind.PROBLEM, String.format("问题%02d", i), "村支书",
                    Figures.TODAY.plusDays(i), ActionStatus.OPEN, null));
        }
        SummaryPdf.Layout layout = new SummaryPdf(zh, PdfFonts.system())
                .write(file, SummaryContent.of("平安镇", Figures.today(), null, some, zh));

        assertThat(layout.itemSize()).isLessThan(9f);
        assertThat(layout.itemsShown()).isEqualTo(28);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("问题01", "问题28").doesNotContain("另有");
        }
    }

    @Test
    void aTextTooLongForItsColumnEndsInAnEllipsis() throws Exception {
        Path file = dir.resolve("long.pdf");
        String longText = "请各村卫生室于本周内完成辖区内八十岁以上独居老人的指氧仪配发和使用培训并逐户登记签收情况报镇卫生院汇总";
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), null, List.of(Figures.item(1,
                ActionKind.TASK, longText, "网格长", Figures.TODAY, ActionStatus.OPEN, null)), zh);

        new SummaryPdf(zh, PdfFonts.system()).write(file, content);

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("请各村卫生室于本周内", "…").doesNotContain(longText);
        }
    }

    @Test
    void withoutAChineseFontItFailsNamingWhatItLookedForAndWritesNothing() {
        Path file = dir.resolve("none.pdf");
        Path missing = dir.resolve("no-such-font.ttc");
        SummaryContent content = SummaryContent.of("平安镇", Figures.today(), null, List.of(), zh);

        assertThatThrownBy(() -> new SummaryPdf(zh, new PdfFonts(List.of(missing))).write(file, content))
                .isInstanceOf(PdfFontMissing.class)
                .satisfies(e -> assertThat(((PdfFontMissing) e).files()).isEqualTo(missing.toString()));
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }
}
