package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderDetectorTest {

    private final HeaderDetector detector = HeaderDetector.standard();

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void findsTheHeaderBelowAMergedTitleAndABlankRow() {
        List<List<String>> rows = List.of(
                row("XX镇重点人群健康服务台账", null, null, null, null),
                row("", " ", null),
                row("序号", "姓名", "身份证号码", "联系电话", "村（社区）", "基础\n疾病", "疫苗接种情况", "分级"),
                row("1", "张三", "110105194912310021", "13800000000", "东村", "高血压", "2针", "黄"));

        HeaderDetection d = detector.detectCells(rows).orElseThrow();

        assertThat(d.rowNumber()).isEqualTo(3);
        assertThat(d.mapping().asMap()).containsExactly(
                entry(1, LedgerColumn.NAME), entry(2, LedgerColumn.RESIDENT_ID), entry(3, LedgerColumn.PHONE),
                entry(4, LedgerColumn.VILLAGE), entry(5, LedgerColumn.COMORBIDITIES),
                entry(6, LedgerColumn.VACCINATION), entry(7, LedgerColumn.TIER));
        assertThat(d.unmapped()).containsExactly(0);
        assertThat(d.duplicates()).isEmpty();
        assertThat(d.header(5)).isEqualTo("基础\n疾病");
    }

    @Test
    void rowNumbersComeFromTheReader() {
        List<RawRow> rows = List.of(
                new RawRow(1, row("2023年1月重点人群台账")),
                new RawRow(4, row("姓名", "性别", "出生日期")));
        assertThat(detector.detect(rows).orElseThrow().rowNumber()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "村（社区）; VILLAGE",
            "村(社区); VILLAGE",
            "村 ( 社区 ); VILLAGE",
            "村【社区】; VILLAGE",
            "村/社区; VILLAGE",
            "所在村：; VILLAGE",
            "*姓名; NAME",
            "姓  名; NAME",
            "身份证 号码; RESIDENT_ID",
            "公民身份号码; RESIDENT_ID",
            "ＩＤ　Ｎｕｍｂｅｒ; RESIDENT_ID",
            "手机号; PHONE",
            "标识颜色; TIER",
            "颜色标识; TIER",
            "风险等级; TIER",
            "慢性病; COMORBIDITIES",
            "新冠疫苗; VACCINATION",
            "紧急联系人电话; EMERGENCY_CONTACT_PHONE",
            "年龄（岁）; AGE",
    })
    void synonymsMatchAfterNormalisation(String header, LedgerColumn column) {
        assertThat(HeaderSynonyms.standard().columnOf(header)).contains(column);
    }

    @Test
    void lineBreaksAndIdeographicSpacesInsideHeaderCellsAreIgnored() {
        assertThat(HeaderSynonyms.standard().columnOf("身份证\n号码")).contains(LedgerColumn.RESIDENT_ID);
        assertThat(HeaderSynonyms.standard().columnOf("疫苗\r\n接种\u3000情况")).contains(LedgerColumn.VACCINATION);
        assertThat(HeaderSynonyms.standard().columnOf("村\n（社区）：")).contains(LedgerColumn.VILLAGE);
    }

    @Test
    void unknownHeadersNameNoColumn() {
        assertThat(HeaderSynonyms.standard().columnOf("序号")).isEmpty();
        assertThat(HeaderSynonyms.standard().columnOf("")).isEmpty();
        assertThat(HeaderSynonyms.standard().columnOf(null)).isEmpty();
    }

    @Test
    void aColumnNamedTwiceKeepsTheFirstAndReportsTheSecond() {
        HeaderDetection d = detector.detectCells(List.of(row("姓名", "身份证号", "电话", "备注", "手机号"))).orElseThrow();
        assertThat(d.mapping().indexOf(LedgerColumn.PHONE)).hasValue(2);
        assertThat(d.mapping().columnAt(4)).isEmpty();
        assertThat(d.duplicates()).containsExactly(new HeaderDetection.Duplicate(4, LedgerColumn.PHONE, 2));
        assertThat(d.unmapped()).isEmpty();
    }

    @Test
    void aHeaderNeedsTwoColumnsWithNameOrResidentId() {
        assertThat(detector.detectCells(List.of(row("联系电话", "所在村", "分级")))).isEmpty();
        assertThat(detector.detectCells(List.of(row("姓名", "序号")))).isEmpty();
        assertThat(detector.detectCells(List.of(row("身份证号", "电话")))).isPresent();
    }

    @Test
    void aTitleCellNamingAColumnAloneIsSkipped() {
        List<List<String>> rows = List.of(row("姓名"), row("姓名", "性别", "联系电话"));
        assertThat(detector.detectCells(rows).orElseThrow().rowNumber()).isEqualTo(2);
    }

    @Test
    void theRowWithTheMostColumnsWinsAndTheUpperOneOnATie() {
        List<List<String>> rows = List.of(
                row("填报人", "姓名", "联系电话"),
                row("姓名", "身份证号", "性别", "联系电话"),
                row("姓名", "身份证号", "性别", "联系电话"));
        assertThat(detector.detectCells(rows).orElseThrow().rowNumber()).isEqualTo(2);
    }

    @Test
    void onlyTheFirstTwentyRowsAreSearched() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < HeaderDetector.SCAN_ROWS; i++) {
            rows.add(row("说明第" + i + "行"));
        }
        rows.add(row("姓名", "身份证号"));
        assertThat(detector.detectCells(rows)).isEmpty();
        assertThat(detector.detectCells(rows.subList(1, rows.size())).orElseThrow().rowNumber())
                .isEqualTo(HeaderDetector.SCAN_ROWS);
    }

    @Test
    void everyColumnHasSynonymsInBothLanguagesAndNoHeaderNamesTwoColumns() {
        HeaderSynonyms s = HeaderSynonyms.standard(); // loading checks that no header names two columns
        for (LedgerColumn c : LedgerColumn.values()) {
            assertThat(s.synonyms(c)).as(c.name()).isNotEmpty();
            assertThat(s.synonyms(c)).as(c.name() + " in Chinese").anyMatch(w -> w.codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        }
    }

    @Test
    void mapsAUserChosenRow() {
        HeaderDetection d = detector.map(new RawRow(7, row("名字", null, "Sex", "备注")));
        assertThat(d.rowNumber()).isEqualTo(7);
        assertThat(d.headers()).containsExactly("名字", "", "Sex", "备注");
        assertThat(d.mapping().asMap()).containsExactly(entry(0, LedgerColumn.NAME), entry(2, LedgerColumn.SEX),
                entry(3, LedgerColumn.NOTE));
        assertThat(detector.recognised(d.headers())).containsExactly(LedgerColumn.NAME, LedgerColumn.SEX,
                LedgerColumn.NOTE);
    }

    private static java.util.Map.Entry<Integer, LedgerColumn> entry(int i, LedgerColumn c) {
        return java.util.Map.entry(i, c);
    }
}
