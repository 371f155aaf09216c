package io.guankou.persistence.ledger;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Sex;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RowAction;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.sheet.SheetReader;
import io.guankou.persistence.sheet.TestSheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one import use case: the file opened once, the mapping remembered by a successful import only. */
class ImportSessionTest {

    private static final List<String> HEADER = List.of("序号", "姓名", "身份证号", "村");

    @TempDir
    Path dir;
    Database db;
    SheetImports imports;
    ImportMappingRepository mappings;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        mappings = new ImportMappingRepository(db, CLOCK);
        imports = new SheetImports(new LedgerImporter(db, CLOCK), mappings, new PlaceRepository(db), CLOCK, "小王");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static String man(int n) {
        return TestTownship.residentId(LocalDate.of(1950, 3, 1), Sex.MALE, n);
    }

    private Path sheet(String name) {
        return TestSheets.xlsx(dir.resolve(name), List.of("平安镇重点人群台账"), List.of(HEADER,
                List.of("1", "张三", man(1), "平安社区"),
                List.of("2", "李四", man(2), "龙洞村")));
    }

    @Test
    void theWholeImportRunsFromTheFileOpenedForTheLayout() throws Exception {
        Path file = sheet("台账.xlsx");
        try (ImportSession session = imports.open(file, null)) {
            assertThat(session.layout().header()).isPresent();
            int headerRow = session.layout().header().get().rowNumber();
            ColumnMapping mapping = session.layout().header().get().mapping();
            // the file is gone once the layout was read: reading, importing and the rejected rows still work
            Files.delete(file);

            PreparedImport prepared = session.read(headerRow, mapping, f -> { }, () -> false);
            ImportPlan plan = prepared.plan(session.initialChoices());
            assertThat(plan.count(RowAction.ADD)).isEqualTo(2);
            ImportSession.Applied applied = session.apply(prepared, plan, f -> { }, () -> false);
            assertThat(applied.result().added()).isEqualTo(2);

            Path out = dir.resolve("rejected.xlsx");
            int written = session.writeRejected(prepared, Map.of(headerRow + 2, "bad"), "错误", out);
            assertThat(written).isEqualTo(1);
            try (SheetReader r = SheetReader.open(out)) {
                assertThat(r.firstRows(3).get(1).cells()).startsWith("bad", "2", "李四");
            }
        }
    }

    @Test
    void theMappingIsRememberedByASuccessfulImportAndNotByReading() {
        Path file = sheet("台账.xlsx");
        String signature = ColumnMapping.signature(HEADER);
        ColumnMapping corrected;
        try (ImportSession session = imports.open(file, null)) {
            int headerRow = session.layout().header().get().rowNumber();
            assertThat(session.signature(headerRow)).contains(signature);
            corrected = session.layout().header().get().mapping().with(0, LedgerColumn.NOTE);
            PreparedImport prepared = session.read(headerRow, corrected, f -> { }, () -> false);
            assertThat(mappings.find(signature)).as("read, not imported").isEmpty();
            assertThat(session.remembered()).isEmpty();

            ImportSession.Applied applied = session.apply(prepared, prepared.plan(session.initialChoices()),
                    f -> { }, () -> false);
            assertThat(applied.mappingRemembered()).isTrue();
            assertThat(mappings.find(signature)).contains(corrected);
        }
        try (ImportSession next = imports.open(sheet("台账-12月.xlsx"), null)) {
            assertThat(next.remembered()).as("next month's file with the same headers").contains(corrected);
        }
    }

    @Test
    void aCancelledImportRemembersNothing() {
        Path file = sheet("台账.xlsx");
        try (ImportSession session = imports.open(file, null)) {
            int headerRow = session.layout().header().get().rowNumber();
            PreparedImport prepared = session.read(headerRow, session.layout().header().get().mapping(), f -> { },
                    () -> false);
            assertThatThrownBy(() -> session.apply(prepared, prepared.plan(session.initialChoices()), f -> { },
                    () -> true)).isInstanceOf(CancellationException.class);
        }
        assertThat(mappings.find(ColumnMapping.signature(HEADER))).isEmpty();
    }

    @Test
    void aSessionClosedWhileAStepRunsClosesWhenTheStepEndsAndRefusesFurtherSteps() {
        Path file = sheet("台账.xlsx");
        ImportSession session = imports.open(file, null);
        int headerRow = session.layout().header().get().rowNumber();
        ColumnMapping mapping = session.layout().header().get().mapping();
        boolean[] closedDuringRead = {false};
        PreparedImport prepared = session.read(headerRow, mapping, f -> {
            if (!closedDuringRead[0]) {
                closedDuringRead[0] = true;
                session.close(); // the window closed while the sheet is read
            }
        }, () -> false);
        assertThat(closedDuringRead[0]).isTrue();
        assertThat(prepared.reading().rows()).as("the running read finished").hasSize(2);
        assertThatThrownBy(() -> session.read(headerRow, mapping, f -> { }, () -> false))
                .isInstanceOf(CancellationException.class);
    }
}
