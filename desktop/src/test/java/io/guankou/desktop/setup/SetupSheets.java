package io.guankou.desktop.setup;

import io.guankou.model.id.ResidentIds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A new office's small Excel ledger, written with POI: four persons in two villages the new ledger does not have. */
final class SetupSheets {

    static final String VILLAGE_A = "石桥村";
    static final String VILLAGE_B = "柳湾社区";
    /** Name, the first 17 characters of the resident ID (born 1946–1958: all 60 or older), phone, village. */
    static final List<List<String>> PERSONS = List.of(
            List.of("冯桂兰", "50010119460312002", "13800000001", VILLAGE_A),
            List.of("蒋德明", "50010119520807001", "13800000002", VILLAGE_A),
            List.of("沈秀英", "50010119581120004", "13800000003", VILLAGE_B),
            List.of("韩国庆", "50010119491001003", "13800000004", VILLAGE_B));

    private SetupSheets() {
    }

    static List<String> names() {
        return PERSONS.stream().map(p -> p.get(0)).toList();
    }

    static Path write(Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("台账");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("序号", "姓名", "身份证号码", "联系电话", "所在村");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < PERSONS.size(); r++) {
                List<String> p = PERSONS.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue(p.get(0));
                row.createCell(2).setCellValue(ResidentIds.withCheckCharacter(p.get(1)));
                row.createCell(3).setCellValue(p.get(2));
                row.createCell(4).setCellValue(p.get(3));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
