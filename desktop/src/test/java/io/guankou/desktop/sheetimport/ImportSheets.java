package io.guankou.desktop.sheetimport;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office ledgers as the tests need them, written with POI: a merged title row, Chinese headers on row 3, a
 * resident ID Excel turned into a number, a village the ledger does not have, one ID on two rows, a person
 * already in the ledger with a new phone number, and a sheet tier that differs from the computed one.
 */
final class ImportSheets {

    static final List<String> HEADERS = List.of("序号", "姓名", "身份证号码", "联系电话", "所在村", "基础疾病",
            "疫苗接种情况", "风险等级");
    static final int HEADER_ROW = 3;

    /** New person, valid ID, known village: added. */
    static final String NEW_NAME = "柳青禾";
    static final String NEW_ID = ResidentIds.withCheckCharacter("11010119500101001");
    /** New person (66, no disease, boosted: green) whose sheet tier (red) differs: added, tier difference listed. */
    static final String RED_NAME = "韩素梅";
    static final String RED_ID = ResidentIds.withCheckCharacter("11010119600304002");
    /** New person in a village the ledger does not have. */
    static final String VILLAGE_NAME = "石坝新村";
    static final String NEW_VILLAGE_PERSON = "卓远山";
    static final String NEW_VILLAGE_ID = ResidentIds.withCheckCharacter("11010119480722003");
    /** The damaged ID: Excel shows 1.10101E+17. */
    static final String DAMAGED_NAME = "邓秋生";
    /** Two rows with one ID. */
    static final String DUPLICATE_ID = ResidentIds.withCheckCharacter("11010119551111004");

    private ImportSheets() {
    }

    /** The office ledger, rows 4 to 10; {@code existing} gets a new phone number (an update). */
    static Path ledger(Path dir, String fileName, String village, LedgerEntry existing) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, NEW_NAME, NEW_ID, "13912345601", village, "高血压、糖尿病", "已全程", ""));
        rows.add(List.of(2, RED_NAME, RED_ID, "13912345602", village, "", "加强针", "红"));
        rows.add(List.of(3, NEW_VILLAGE_PERSON, NEW_VILLAGE_ID, "13912345603", VILLAGE_NAME, "高血压", "2针", ""));
        rows.add(List.of(4, DAMAGED_NAME, 110101195001010010d, "13912345604", village, "", "", ""));
        rows.add(List.of(5, "孔一", DUPLICATE_ID, "13912345605", village, "", "", ""));
        rows.add(List.of(6, "孔二", DUPLICATE_ID, "13912345606", village, "", "", ""));
        rows.add(List.of(7, existing.name(), existing.residentId(), "13912345607", existing.villageName(), "", "",
                ""));
        return write(dir.resolve(fileName), HEADERS, rows);
    }

    /** Another month's file with the same headers: two new persons. */
    static Path sameHeaders(Path dir, String fileName, String village) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, "严冬", ResidentIds.withCheckCharacter("11010119600101005"), "13912345611", village,
                "", "", ""));
        rows.add(List.of(2, "严夏", ResidentIds.withCheckCharacter("11010119610101006"), "13912345612", village,
                "", "", ""));
        return write(dir.resolve(fileName), HEADERS, rows);
    }

    /** {@code n} valid new persons in {@code village} (enough rows for the importer's progress checks). */
    static Path many(Path dir, String fileName, String village, int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first17 = String.format("1101011950%02d%02d%03d", 1 + i % 12, 1 + i % 28, 100 + i % 900);
            rows.add(List.of(i + 1, "批量" + i, ResidentIds.withCheckCharacter(first17), "", village, "", "", ""));
        }
        return write(dir.resolve(fileName), HEADERS, rows);
    }

    /** Headers of a sheet with the enumerated columns, for {@link #unknownValues}. */
    static final List<String> VALUE_HEADERS = List.of("序号", "姓名", "身份证号码", "性别", "所在村", "居住情况",
            "疫苗接种情况", "家庭医生签约", "血氧仪", "风险等级");

    /**
     * A township's ledger with the everyday phrasings the parser does not know, in four columns: 居住情况 低保 (2 rows),
     * 疫苗接种情况 打了 (3 rows, one spelled " 打 了"), 家庭医生签约 签过 (2 rows), 风险等级 重点关注 (1 row); the other
     * cells are known words. Rows 4 to 7, four new persons born 1950-1953 in {@code village}.
     */
    static Path unknownValues(Path dir, String fileName, String village) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, "田守义", ResidentIds.withCheckCharacter("11010119500201011"), "男", village, "低保、独居",
                "打了", "签过", "", "重点关注"));
        rows.add(List.of(2, "田守礼", ResidentIds.withCheckCharacter("11010119510201013"), "男", village, "低保",
                " 打 了", "签过", "", ""));
        rows.add(List.of(3, "苗翠兰", ResidentIds.withCheckCharacter("11010119520201022"), "女", village, "",
                "打了", "未签约", "", "黄"));
        rows.add(List.of(4, "苗秋实", ResidentIds.withCheckCharacter("11010119530201031"), "男", village, "留守",
                "已全程", "", "YX-0042", ""));
        return write(dir.resolve(fileName), VALUE_HEADERS, rows);
    }

    /** Next month's file with {@link #VALUE_HEADERS}: one more new person, with the phrasings answered before. */
    static Path unknownValuesAgain(Path dir, String fileName, String village) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, "柴一禾", ResidentIds.withCheckCharacter("11010119540201041"), "男", village, "低保",
                "打了", "签过", "", "重点关注"));
        return write(dir.resolve(fileName), VALUE_HEADERS, rows);
    }

    /**
     * A township sheet as it really comes (for the screenshot): twelve persons, the everyday phrasings of eight
     * enumerated columns, some on several rows.
     */
    static Path townshipPhrasings(Path dir, String fileName, String village) {
        List<String> headers = List.of("序号", "姓名", "身份证号码", "性别", "所在村", "居住情况", "行动能力",
                "疫苗接种情况", "感染情况", "家庭医生签约", "血氧仪", "健康包", "风险等级");
        String[][] cells = {
            {"田守义", "男的", "低保、独居", "能走动", "打了", "阳过", "签过", "", "送过", "重点关注"},
            {"田守礼", "男", "低保", "正常", "打了", "阳过", "签过", "借用中", "", ""},
            {"苗翠兰", "女", "", "拄拐", "打过两次", "未感染", "未签约", "", "送过", "黄"},
            {"苗秋实", "男", "留守", "正常", "已全程", "没阳", "签过", "YX-0042", "", ""},
            {"柴一禾", "男", "空巢独居", "能走动", "打了", "阳过", "", "", "", "重点关注"},
            {"柴玉珍", "女", "低保", "拄拐", "打了", "阳过", "签过", "", "送过", "红"},
            {"宋长河", "男", "", "正常", "打过两次", "已康复", "未签约", "借用中", "", ""},
            {"宋福英", "女", "独居", "正常", "打了", "阳过", "签过", "", "", "关注"},
            {"向德明", "男", "低保", "能走动", "已加强", "未感染", "", "", "送过", ""},
            {"向桂芳", "女", "", "正常", "打了", "阳过", "签过", "", "", "绿"},
            {"牟文华", "男", "空巢独居", "拄拐", "打了", "阳过", "签过", "", "送过", "重点关注"},
            {"牟淑珍", "女", "", "正常", "已全程", "未感染", "未签约", "", "", ""}};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String[] c = cells[i];
            int sexDigit = "女".equals(c[1]) ? 2 : 1;
            String id = ResidentIds.withCheckCharacter(String.format("110101195%d03%02d05%d", i % 6, 10 + i, sexDigit));
            rows.add(List.of(i + 1, c[0], id, c[1], village, c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]));
        }
        return write(dir.resolve(fileName), headers, rows);
    }

    static Path write(Path file, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("前进镇重点人群健康服务台账（2022年12月）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Row header = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(HEADER_ROW + r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (!"".equals(v)) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.createSheet("填表说明").createRow(0).createCell(0).setCellValue("身份证号请以文本格式填写");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
