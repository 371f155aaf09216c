package io.guankou.persistence.ledger;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.model.person.Tier;
import io.guankou.model.person.TierOverride;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.TestSheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerImporterTest {

    private static final String USER = "办公室小王";
    private static final Instant AT = Instant.parse("2026-11-23T03:15:00Z");
    private static final List<String> HEADER = 
            List.of("姓名", "身份证号", "村", "联系电话", "基础疾病", "疫苗接种情况", "分级", "血氧仪");

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    LedgerImporter importer;
    /** The file name of the last sheet {@link #read}. */
    String sheetFile;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        ledger = new LedgerRepository(db, CLOCK);
        importer = new LedgerImporter(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A 76-year-old man's ID, distinct per {@code n} (0-9999). */
    private static String man(int n) {
        return TestTownship.residentId(LocalDate.of(1950, 1, 1).plusDays(n / 100), Sex.MALE, n % 100);
    }

    private static ImportChoices choices() {
        return new ImportChoices(Map.of(), false, USER, AT, null);
    }

    /** Writes the rows under {@link #HEADER} (as .xlsx below a title, or as CSV for many rows) and reads them. */
    private SheetReading read(List<List<String>> rows, boolean csv) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        Path file = csv ? TestSheets.csv(dir.resolve("台账.csv"), StandardCharsets.UTF_8, all)
                : TestSheets.xlsx(dir.resolve("台账.xlsx"), List.of("平安镇重点人群台账"), all);
        sheetFile = file.getFileName().toString();
        SheetLayout layout = SheetImport.layout(file, null);
        HeaderDetection header = layout.header().orElseThrow();
        return SheetImport.read(file, null, header.rowNumber(), header.mapping(), new PlaceRepository(db).villages(),
                TestTownship.TODAY, f -> { }, () -> false);
    }

    private SheetReading read(List<List<String>> rows) {
        return read(rows, false);
    }

    private ImportResult apply(ImportPlan plan) {
        return importer.apply(plan, sheetFile, f -> { }, () -> false);
    }

    private long count(String table) {
        return Long.parseLong(TestTownship.query(db, "SELECT count(*) FROM " + table));
    }

    /** Row counts of every table an import writes, to compare before and after. */
    private Map<String, Long> counts() {
        Map<String, Long> m = new HashMap<>();
        for (String t : List.of("person", "village", "person_change", "comorbidity")) {
            m.put(t, count(t));
        }
        m.put("max revision", Long.parseLong(TestTownship.query(db, "SELECT coalesce(max(revision), 0) FROM person")));
        return m;
    }

    private Person stored(String residentId) {
        long id = ledger.findIdByResidentId(residentId).orElseThrow();
        return ledger.find(id).orElseThrow();
    }

    /** 冉桂兰 in 平安社区, hypertension, fully vaccinated: yellow. */
    private Person ran() {
        return ledger.save(TestTownship.person("冉桂兰", 1).phone("13800000001").build(), "录入员");
    }

    // ---- adds and updates ----------------------------------------------------------------------------------

    @Test
    void addsAndUpdatesInOneGoWithHistory() {
        Person ran = ran();
        Person tan = ledger.save(TestTownship.person("谭秀英", 2).build(), "录入员");
        long changesBefore = count("person_change");
        SheetReading reading = read(List.of(
                List.of("冉桂兰", ran.residentId(), "平安社区", "13912345678", "高血压", "已全程"),   // phone changed
                List.of("谭秀英", tan.residentId(), "", "", "高血压", "全程"),                        // as stored
                List.of("王德明", man(1), "龙洞村", "13700000001", "糖尿病、冠心病", "未接种", "红"),
                List.of("李四", man(2), "龙洞村", "", "", "一针")));

        ImportPlan plan = importer.prepare(reading).plan(choices());
        assertThat(plan.rows()).extracting(PlannedRow::action).containsExactly(
                RowAction.UPDATE, RowAction.UNCHANGED, RowAction.ADD, RowAction.ADD);
        List<Double> progress = new ArrayList<>();
        ImportResult result = importer.apply(plan, sheetFile, progress::add, () -> false);

        assertThat(result).isEqualTo(new ImportResult(2, 1, 0));
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(count("person")).isEqualTo(4);

        Person ranAfter = stored(ran.residentId());
        assertThat(ranAfter.phone()).isEqualTo("13912345678");
        assertThat(ranAfter.meta().revision()).isEqualTo(2);
        assertThat(ranAfter).usingRecursiveComparison().ignoringFields("phone", "meta").isEqualTo(ran);
        assertThat(ledger.history(ran.id())).filteredOn(c -> c.changedBy().equals(USER))
                .extracting(PersonChange::field, PersonChange::oldValue, PersonChange::newValue, PersonChange::changedAt)
                .containsExactly(tuple("phone", "13800000001", "13912345678", AT));
        assertThat(stored(tan.residentId())).isEqualTo(tan);

        Person wang = stored(man(1));
        assertThat(wang.name()).isEqualTo("王德明");
        assertThat(wang.sex()).isEqualTo(Sex.MALE);
        assertThat(wang.birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(wang.villageId()).isEqualTo(TestTownship.VILLAGE_2);
        assertThat(wang.phone()).isEqualTo("13700000001");
        assertThat(wang.comorbidities()).containsExactlyInAnyOrder(
                new Comorbidity(Disease.DIABETES, Control.STABLE),
                new Comorbidity(Disease.CORONARY_HEART_DISEASE, Control.STABLE));
        assertThat(wang.vaccination()).isEqualTo(Vaccination.NONE);
        assertThat(wang.tierOverride()).isNull(); // the sheet's red is only compared
        assertThat(wang.meta().revision()).isEqualTo(1);
        assertThat(wang.meta().townshipCode()).isEqualTo(TestTownship.CODE);
        assertThat(ledger.entry(wang.id()).computedTier()).isEqualTo(plan.rows().get(2).computedTier());
        assertThat(ledger.history(wang.id()))
                .extracting(PersonChange::field, PersonChange::oldValue, PersonChange::newValue,
                        PersonChange::changedBy, PersonChange::changedAt)
                .containsExactly(tuple("created", null, "台账.xlsx#" + plan.rows().get(2).rowNumber(), USER, AT));
        assertThat(stored(man(2)).vaccination()).isEqualTo(Vaccination.INCOMPLETE);
        assertThat(count("person_change")).isEqualTo(changesBefore + 3); // ran's phone, one row per new person
    }

    @Test
    void eachNewPersonIsOneHistoryRowNamingTheFileAndRow() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(List.of("某人" + i, man(i), "龙洞村", "1370000" + String.format("%04d", i), "高血压、糖尿病",
                    "全程", "", "OX" + i));
        }
        ImportPlan plan = importer.prepare(read(rows, true)).plan(choices());
        // what one row per field, as a form save writes, would have been
        long perField = plan.rows(RowAction.ADD).stream()
                .mapToLong(r -> PersonRows.changes(null, null, r.person(), r.computedTier().name()).size()).sum();

        assertThat(apply(plan)).isEqualTo(new ImportResult(300, 0, 0));

        assertThat(count("person_change")).isEqualTo(300).isLessThan(perField);
        Map<Long, String> sources = new HashMap<>();
        for (PlannedRow r : plan.rows()) {
            sources.put(ledger.findIdByResidentId(r.residentId()).orElseThrow(), "台账.csv#" + r.rowNumber());
        }
        db.read(dsl -> dsl.fetch("SELECT person_id, field, old_value, new_value, changed_by FROM person_change"))
                .forEach(c -> {
                    assertThat(c.get("field", String.class)).isEqualTo("created");
                    assertThat(c.get("old_value")).isNull();
                    assertThat(c.get("new_value", String.class))
                            .isEqualTo(sources.get(c.get("person_id", Long.class)));
                    assertThat(c.get("changed_by", String.class)).isEqualTo(USER);
                });
        assertThat(plan.rows().get(0).rowNumber()).isEqualTo(2); // the CSV's header is row 1
    }

    @Test
    void anUpdateStillWritesOneHistoryRowPerChangedField() {
        Person ran = ran();
        long changesBefore = count("person_change");
        SheetReading reading = read(List.of(
                List.of("冉桂兰", ran.residentId(), "平安社区", "13912345678", "高血压", "已全程", "", "OX-7")));

        assertThat(apply(importer.prepare(reading).plan(choices()))).isEqualTo(new ImportResult(0, 1, 0));

        assertThat(count("person_change")).isEqualTo(changesBefore + 2);
        assertThat(ledger.history(ran.id())).filteredOn(c -> c.changedBy().equals(USER))
                .extracting(PersonChange::field, PersonChange::oldValue, PersonChange::newValue)
                .containsExactlyInAnyOrder(tuple("phone", "13800000001", "13912345678"),
                        tuple("oximeterSerial", null, "OX-7"));
    }

    @Test
    void importingTheSameSheetAgainChangesNothing() {
        SheetReading reading = read(List.of(
                List.of("王德明", man(1), "龙洞村", "13700000001", "糖尿病、冠心病(控制不佳)", "加强针"),
                List.of("李四", man(2), "平安社区", "", "无", "一针")));
        apply(importer.prepare(reading).plan(choices()));
        Map<String, Long> before = counts();

        ImportPlan again = importer.prepare(reading).plan(choices());

        assertThat(again.rows()).extracting(PlannedRow::action)
                .containsExactly(RowAction.UNCHANGED, RowAction.UNCHANGED);
        assertThat(apply(again)).isEqualTo(new ImportResult(0, 0, 0));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUpdateMovingVillageDropsTheGridInTheDatabase() {
        Person ran = ran();
        assertThat(ran.gridId()).isEqualTo(TestTownship.GRID_1);

        apply(importer.prepare(read(List.of(List.of("冉桂兰", ran.residentId(), "龙洞村")))).plan(choices()));

        Person after = stored(ran.residentId());
        assertThat(after.villageId()).isEqualTo(TestTownship.VILLAGE_2);
        assertThat(after.gridId()).isNull();
        assertThat(after.responsibilityTeamId()).isEqualTo(ran.responsibilityTeamId());
        assertThat(ledger.history(ran.id())).filteredOn(c -> c.changedBy().equals(USER))
                .extracting(PersonChange::field).contains("villageId", "gridId");
    }

    @Test
    void anUpdateReplacesTheDiseasesAndANoClearsTheOximeter() {
        Person ran = ledger.save(TestTownship.person("冉桂兰", 1).oximeterSerial("OX-000123").build(), "录入员");

        ImportPlan plan = importer.prepare(read(List.of(
                List.of("冉桂兰", ran.residentId(), "", "", "糖尿病(控制不佳)", "", "", "否")))).plan(choices());
        assertThat(plan.rows().get(0).changed()).containsExactlyInAnyOrder(
                io.guankou.model.sheet.LedgerColumn.COMORBIDITIES, io.guankou.model.sheet.LedgerColumn.OXIMETER);
        apply(plan);

        Person after = stored(ran.residentId());
        assertThat(after.comorbidities()).containsExactly(new Comorbidity(Disease.DIABETES, Control.UNSTABLE));
        assertThat(after.oximeterSerial()).isNull();
        assertThat(after.vaccination()).isEqualTo(ran.vaccination());
        assertThat(ledger.entry(ran.id()).computedTier()).isEqualTo(plan.rows().get(0).computedTier());
        assertThat(TestTownship.query(db, "SELECT deleted FROM comorbidity WHERE person_id = " + ran.id()
                + " AND disease = 'HYPERTENSION'")).isEqualTo("true");
        assertThat(ledger.history(ran.id())).filteredOn(c -> c.changedBy().equals(USER))
                .extracting(PersonChange::field, PersonChange::oldValue, PersonChange::newValue)
                .contains(tuple("comorbidities", "HYPERTENSION:STABLE", "DIABETES:UNSTABLE"),
                        tuple("oximeterSerial", "OX-000123", null));
    }

    @Test
    void someoneWhoLeftTheLedgerIsAddedAgainAsANewPerson() {
        Person ran = ran();
        ledger.leave(ran.id(), new Departure(Departure.Reason.MOVED_AWAY, LocalDate.of(2026, 11, 1)), "录入员");

        ImportPlan plan = importer.prepare(read(List.of(List.of("冉桂兰", ran.residentId(), "平安社区"))))
                .plan(choices());

        assertThat(plan.rows()).extracting(PlannedRow::action).containsExactly(RowAction.ADD);
        assertThat(apply(plan)).isEqualTo(new ImportResult(1, 0, 0));
        long newId = ledger.findIdByResidentId(ran.residentId()).orElseThrow();
        assertThat(newId).isNotEqualTo(ran.id());
        assertThat(ledger.find(ran.id()).orElseThrow().departure()).isNotNull();
    }

    @Test
    void gridsAreFoundWithinTheRowsVillageAndBringTheirTeam() {
        Person ran = ran(); // 平安社区, 第一网格 (grid 1), team 1
        Path file = TestSheets.xlsx(dir.resolve("网格.xlsx"), List.of(), List.of(
                List.of("姓名", "身份证号", "村", "网格"),
                List.of("冉桂兰", ran.residentId(), "龙洞村", "第一网格"),
                List.of("王德明", man(1), "龙洞村", "第一网格"),
                List.of("李四", man(2), "平安社区", "第九网格")));
        sheetFile = file.getFileName().toString();
        SheetLayout layout = SheetImport.layout(file, null);
        PlaceRepository places = new PlaceRepository(db);
        SheetReading reading = SheetImport.read(file, null, 1, layout.header().orElseThrow().mapping(),
                new io.guankou.model.sheet.SheetVillages(places.villages(), places.grids(),
                        places.responsibilityTeams(), places.gridTeams()),
                TestTownship.TODAY, f -> { }, () -> false);

        assertThat(apply(importer.prepare(reading).plan(choices()))).isEqualTo(new ImportResult(2, 1, 0));

        Person moved = stored(ran.residentId());
        assertThat(moved.villageId()).isEqualTo(TestTownship.VILLAGE_2);
        assertThat(moved.gridId()).isEqualTo(TestTownship.GRID_2);
        assertThat(moved.responsibilityTeamId()).isEqualTo(TestTownship.TEAM_2);
        Person wang = stored(man(1));
        assertThat(wang.gridId()).isEqualTo(TestTownship.GRID_2);
        assertThat(wang.responsibilityTeamId()).isEqualTo(TestTownship.TEAM_2);
        Person li = stored(man(2)); // an unknown grid is a note: the person is added without one
        assertThat(li.villageId()).isEqualTo(TestTownship.VILLAGE_1);
        assertThat(li.gridId()).isNull();
        assertThat(reading.rows().get(2).notes()).extracting(io.guankou.model.sheet.RowNote::kind)
                .containsExactly(io.guankou.model.sheet.RowNote.Kind.UNKNOWN_GRID);
    }

    // ---- villages --------------------------------------------------------------------------------------------

    @Test
    void villagesTheUserCreatesGetTheTownshipCodeAndTheSheetsName() {
        SheetReading reading = read(List.of(
                List.of("王德明", man(1), "石桥村"),
                List.of("李四", man(2), "新华村委会"),
                List.of("张三", man(3), "石桥"),
                List.of("赵六", man(4), "团结村", "139"),                // rejected: its village is not created
                List.of("孙七", man(5), "龙硐村")));                       // mapped to 龙洞村
        Map<String, Long> placeholders = new HashMap<>();
        reading.unknownVillages().forEach(u -> placeholders.put(u.name(), u.placeholderId()));
        assertThat(reading.unknownVillages()).extracting(UnknownVillage::name)
                .containsExactly("石桥村", "新华村委会", "团结村", "龙硐村");

        ImportPlan plan = importer.prepare(reading).plan(choices().withVillages(Map.of(
                placeholders.get("石桥村"), VillageChoice.create(),
                placeholders.get("新华村委会"), VillageChoice.create(),
                placeholders.get("团结村"), VillageChoice.create(),
                placeholders.get("龙硐村"), VillageChoice.mapTo(TestTownship.VILLAGE_2))));
        ImportResult result = apply(plan);

        assertThat(result).isEqualTo(new ImportResult(4, 0, 2));
        List<Village> villages = new PlaceRepository(db).villages();
        assertThat(villages).extracting(Village::code, Village::name).containsExactly(
                tuple("500235124001", "平安社区"),
                tuple("500235124200", "龙洞村"),
                tuple("500235124201", "石桥村"),
                tuple("500235124202", "新华村委会"));
        long shiqiao = villages.get(2).id();
        long xinhua = villages.get(3).id();
        assertThat(villages.get(2).meta().townshipCode()).isEqualTo(TestTownship.CODE);
        assertThat(stored(man(1)).villageId()).isEqualTo(shiqiao);
        assertThat(stored(man(3)).villageId()).isEqualTo(shiqiao);
        assertThat(stored(man(2)).villageId()).isEqualTo(xinhua);
        assertThat(stored(man(5)).villageId()).isEqualTo(TestTownship.VILLAGE_2);
        assertThat(ledger.findIdByResidentId(man(4))).isEmpty();

        // the next import finds them by name
        SheetReading next = read(List.of(List.of("王德明", man(1), "石桥村委会", "13700000001")));
        assertThat(next.unknownVillages()).isEmpty();
        assertThat(importer.prepare(next).plan(choices()).rows()).extracting(PlannedRow::action)
                .containsExactly(RowAction.UPDATE);
    }

    @Test
    void createdVillagesSkipCodesAlreadyTaken() {
        db.read(dsl -> dsl.execute("INSERT INTO village (global_id, township_code, updated_at, revision, deleted,"
                + " code, name, urban_rural) VALUES ('b0000000-0000-4000-8000-000000000009', '"
                + TestTownship.CODE + "', '2026-11-01T00:00:00.000Z', 1, 0, '500235124201', '红岩村', '220')"));
        SheetReading reading = read(List.of(List.of("王德明", man(1), "石桥村")));

        apply(importer.prepare(reading).plan(choices().withVillages(
                Map.of(reading.unknownVillages().get(0).placeholderId(), VillageChoice.create()))));

        assertThat(new PlaceRepository(db).villages()).extracting(Village::code, Village::name)
                .contains(tuple("500235124201", "红岩村"), tuple("500235124202", "石桥村"));
    }

    // ---- all or nothing ------------------------------------------------------------------------------------

    /** 450 new persons, half of them in a village to create, and one update. */
    private ImportPlan bigPlan(Person ran) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("冉桂兰", ran.residentId(), "", "13912345678"));
        for (int i = 0; i < 450; i++) {
            rows.add(List.of("某人" + i, man(i), i % 2 == 0 ? "龙洞村" : "石桥村", "", "高血压"));
        }
        SheetReading reading = read(rows, true);
        return importer.prepare(reading).plan(choices().withVillages(
                Map.of(reading.unknownVillages().get(0).placeholderId(), VillageChoice.create())));
    }

    @Test
    void cancellingHalfWayLeavesTheDatabaseAsItWas() {
        Person ran = ran();
        ImportPlan plan = bigPlan(ran);
        assertThat(plan.toWrite()).hasSize(451);
        Map<String, Long> before = counts();
        AtomicInteger asked = new AtomicInteger();

        // asked before row 1, row 201 and row 401: cancelled at the third, with 400 rows written
        assertThatThrownBy(() -> importer.apply(plan, sheetFile, f -> { }, () -> asked.incrementAndGet() >= 3))
                .isInstanceOf(CancellationException.class);

        assertThat(asked.get()).isEqualTo(3);
        assertThat(counts()).isEqualTo(before);
        assertThat(stored(ran.residentId())).isEqualTo(ran);
        assertThat(new PlaceRepository(db).villages()).hasSize(2);

        // and the same plan can still be applied in full
        assertThat(apply(plan)).isEqualTo(new ImportResult(450, 1, 1));
        assertThat(count("person")).isEqualTo(451);
    }

    @Test
    void aFailureHalfWayRollsEverythingBack() {
        Person ran = ran();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("冉桂兰", ran.residentId(), "", "13912345678"));
        for (int i = 0; i < 300; i++) {
            // the first 250 in a village to create, the rest in a village "mapped" to one that does not exist
            rows.add(List.of("某人" + i, man(i), i < 250 ? "石桥村" : "团结村"));
        }
        SheetReading reading = read(rows, true);
        Map<String, Long> placeholders = new HashMap<>();
        reading.unknownVillages().forEach(u -> placeholders.put(u.name(), u.placeholderId()));
        ImportPlan plan = importer.prepare(reading).plan(choices().withVillages(Map.of(
                placeholders.get("石桥村"), VillageChoice.create(),
                placeholders.get("团结村"), VillageChoice.mapTo(999))));
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> apply(plan)).isInstanceOf(DatabaseException.class);

        assertThat(counts()).isEqualTo(before);
        assertThat(stored(ran.residentId())).isEqualTo(ran);
        assertThat(new PlaceRepository(db).villages()).hasSize(2);
    }

    @Test
    void aPersonChangedSinceThePlanStopsTheImport() {
        Person ran = ran();
        PreparedImport prepared = importer.prepare(read(List.of(
                List.of("王德明", man(1), "龙洞村"),
                List.of("冉桂兰", ran.residentId(), "", "13912345678"))));
        ImportPlan plan = prepared.plan(choices());
        // someone edits her in the ledger form while the preview is open
        ledger.save(ran.toBuilder().address("平安社区2栋").build(), "录入员");
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> apply(plan)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_CHANGED);
            assertThat(e.detail()).isEqualTo("4"); // her sheet row (title on 1, header on 2)
        });

        assertThat(counts()).isEqualTo(before);
        assertThat(ledger.findIdByResidentId(man(1))).isEmpty();
        assertThat(stored(ran.residentId()).address()).isEqualTo("平安社区2栋");
        assertThat(stored(ran.residentId()).phone()).isEqualTo("13800000001");
    }

    @Test
    void aPersonAddedSinceThePlanStopsTheImport() {
        ImportPlan plan = importer.prepare(read(List.of(
                List.of("王德明", man(1), "龙洞村"),
                List.of("李四", man(2), "龙洞村")))).plan(choices());
        ledger.save(TestTownship.person("李四", 0).residentId(man(2)).sex(Sex.MALE)
                .birthDate(LocalDate.of(1950, 1, 1)).build(), "录入员");
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> apply(plan)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_CHANGED);
            assertThat(e.detail()).isEqualTo("4");
        });
        assertThat(counts()).isEqualTo(before);
        assertThat(ledger.findIdByResidentId(man(1))).isEmpty();
    }

    @Test
    void aPersonWhoLeftSinceThePlanStopsTheImport() {
        Person ran = ran();
        ImportPlan plan = importer.prepare(read(List.of(List.of("冉桂兰", ran.residentId(), "", "13912345678"))))
                .plan(choices());
        ledger.leave(ran.id(), new Departure(Departure.Reason.MOVED_AWAY, LocalDate.of(2026, 11, 22)), "录入员");

        assertThatThrownBy(() -> apply(plan)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_CHANGED));
        assertThat(ledger.find(ran.id()).orElseThrow().phone()).isEqualTo("13800000001");
    }

    // ---- tiers -------------------------------------------------------------------------------------------------

    @Test
    void aKeptSheetTierIsWrittenAsAnOverride() {
        Person ran = ran(); // yellow by the rules
        SheetReading reading = read(List.of(
                List.of("冉桂兰", ran.residentId(), "", "", "", "", "红"),
                List.of("王德明", man(1), "龙洞村", "", "", "已全程", "红"),     // 76, none, complete: green
                List.of("李四", man(2), "龙洞村", "", "高血压", "已全程", "黄"))); // yellow, as computed
        ImportPlan plan = importer.prepare(reading).plan(choices().withKeepSheetTier(true, "按《台账.xlsx》导入"));
        assertThat(plan.tierDifferences()).extracting(PlannedRow::rowNumber).containsExactly(3, 4);

        assertThat(apply(plan)).isEqualTo(new ImportResult(2, 1, 0));

        TierOverride expected = new TierOverride(Tier.RED, USER, AT, "按《台账.xlsx》导入");
        assertThat(stored(ran.residentId()).tierOverride()).isEqualTo(expected);
        assertThat(ledger.entry(ran.id()).computedTier()).isEqualTo(Tier.YELLOW);
        assertThat(ledger.entry(ran.id()).tier()).isEqualTo(Tier.RED);
        Person wang = stored(man(1));
        assertThat(wang.tierOverride()).isEqualTo(expected);
        assertThat(ledger.entry(wang.id()).computedTier()).isEqualTo(Tier.GREEN);
        assertThat(stored(man(2)).tierOverride()).isNull();
        assertThat(ledger.history(ran.id())).filteredOn(c -> c.changedBy().equals(USER)).isNotEmpty();
    }

    @Test
    void withoutKeepingTheSheetTierTheComputedTierStands() {
        Person ran = ran();
        ImportPlan plan = importer.prepare(read(List.of(List.of("冉桂兰", ran.residentId(), "", "", "", "", "红"))))
                .plan(choices());

        assertThat(plan.rows()).extracting(PlannedRow::action).containsExactly(RowAction.UNCHANGED);
        assertThat(apply(plan)).isEqualTo(new ImportResult(0, 0, 0));
        assertThat(stored(ran.residentId()).tierOverride()).isNull();
    }
}
