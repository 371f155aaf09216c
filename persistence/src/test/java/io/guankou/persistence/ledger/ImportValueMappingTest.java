package io.guankou.persistence.ledger;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Control;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.ValueMapping;
import io.guankou.model.sheet.ValueOptions;
import io.guankou.model.sheet.YesNo;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.TestSheets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, value mapping, over a workbook made here with POI: a township sheet whose every enumerated column holds
 * phrasings the parser does not know. No row is refused for them; the reading lists each distinct value with its
 * rows; the import waits until every value is answered, then writes the answers; the answers are remembered with
 * the column mapping.
 */
class ImportValueMappingTest {

    private static final Instant AT = Instant.parse("2026-11-23T03:15:00Z");
    private static final List<String> HEADER = List.of("序号", "姓名", "身份证号", "性别", "村(社区)", "居住情况",
            "行动能力", "基础疾病", "控制情况", "疫苗接种情况", "感染情况", "是否孕妇", "家庭医生签约", "血氧仪", "健康包",
            "风险等级");

    @TempDir
    Path dir;
    Database db;
    LedgerImporter importer;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        importer = new LedgerImporter(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static String man(int order) {
        return TestTownship.residentId(LocalDate.of(1950, 1, 1), Sex.MALE, order);
    }

    /** Rows 3-6 under a title (row 1) and the header; phrasings typed as the office types them, some in two spellings. */
    private Path sheet() {
        return TestSheets.xlsx(dir.resolve("龙洞村台账.xlsx"), List.of("平安镇龙洞村重点人群台账"), List.of(
                HEADER,
                Arrays.asList(1, "王德明", man(1), "男的", "龙洞村", "低保、独居", "能走动", "高血压", "还行", "打了",
                        "阳过", "没怀", "签过", "借用中", "送过", "重点关注"),
                Arrays.asList(2, "李四", man(2), "男的", "龙洞村", "低保", "能走动", "糖尿病", "还行", " 打 了 ",
                        "阳过", null, "签过", null, "送过", "重点关注"),
                Arrays.asList(3, "张三", man(3), "男", "龙洞村", null, "正常", null, null, "全程", "未感染", null, null,
                        null, null, "绿"),
                // rejected for its ID, but its values are counted too
                Arrays.asList(4, "赵六", "50023519500101041X", "男的", "龙洞村", null, null, null, null, "打了")));
    }

    private SheetReading read(Path file, ColumnMapping mapping, int headerRow) {
        return SheetImport.read(file, null, headerRow, mapping, new PlaceRepository(db).sheetPlaces(),
                TestTownship.TODAY, f -> { }, () -> false);
    }

    private static ImportChoices choices(ValueMapping values) {
        return new ImportChoices(Map.of(), false, "办公室小王", AT, null).withValues(values);
    }

    @Test
    void everyUnknownPhrasingIsListedOnceWithItsRowsAndNoRowIsRefusedForIt() {
        Path file = sheet();
        HeaderDetection header = SheetImport.layout(file, null).header().orElseThrow();

        SheetReading reading = read(file, header.mapping(), header.rowNumber());

        assertThat(reading.unknownValues()).extracting(UnknownValue::column, UnknownValue::text, UnknownValue::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.SEX, "男的", 3),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.LIVING_SITUATION, "低保", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.MOBILITY, "能走动", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.COMORBIDITY_CONTROL, "还行", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.VACCINATION, "打了", 3),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.INFECTION, "阳过", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.PREGNANT, "没怀", 1),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.OXIMETER, "借用中", 1),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.HEALTH_PACK, "送过", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.TIER, "重点关注", 2));
        assertThat(reading.unknownValues()).allMatch(v -> ValueOptions.maps(v.column()));

        ImportPlan waiting = importer.prepare(reading).plan(choices(ValueMapping.empty()));
        assertThat(waiting.rows()).extracting(PlannedRow::rowNumber, PlannedRow::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, RowAction.WAITING),
                org.assertj.core.groups.Tuple.tuple(4, RowAction.WAITING),
                org.assertj.core.groups.Tuple.tuple(5, RowAction.ADD),
                org.assertj.core.groups.Tuple.tuple(6, RowAction.REJECTED));
        assertThat(waiting.unanswered()).hasSize(11);
        long before = Long.parseLong(TestTownship.query(db, "SELECT count(*) FROM person"));
        assertThatThrownBy(() -> importer.apply(waiting, "龙洞村台账.xlsx", f -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Long.parseLong(TestTownship.query(db, "SELECT count(*) FROM person"))).isEqualTo(before);
    }

    @Test
    void answeredValuesAreWrittenAndRememberedWithTheMapping() {
        Path file = sheet();
        SheetLayout layout = SheetImport.layout(file, null);
        HeaderDetection header = layout.header().orElseThrow();
        ValueMapping answers = ValueMapping.empty()
                .with(LedgerColumn.SEX, "男的", ValueAnswer.of(Sex.MALE))
                .with(LedgerColumn.LIVING_SITUATION, "低保", ValueAnswer.LEAVE_EMPTY)
                .with(LedgerColumn.MOBILITY, "能走动", ValueAnswer.of(Mobility.LIMITED))
                .with(LedgerColumn.COMORBIDITY_CONTROL, "还行", ValueAnswer.of(Control.STABLE))
                .with(LedgerColumn.VACCINATION, "打了", ValueAnswer.of(Vaccination.BOOSTER))
                .with(LedgerColumn.INFECTION, "阳过", ValueAnswer.of(InfectionState.RECOVERED))
                .with(LedgerColumn.PREGNANT, "没怀", ValueAnswer.of(YesNo.NO))
                .with(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过", ValueAnswer.of(YesNo.YES))
                .with(LedgerColumn.OXIMETER, "借用中", ValueAnswer.of(YesNo.NO))
                .with(LedgerColumn.HEALTH_PACK, "送过", ValueAnswer.LEAVE_EMPTY)
                .with(LedgerColumn.TIER, "重点关注", ValueAnswer.of(Tier.RED));

        ImportPlan plan = importer.prepare(read(file, header.mapping(), header.rowNumber())).plan(choices(answers));
        assertThat(plan.hasUnanswered()).isFalse();
        assertThat(importer.apply(plan, "龙洞村台账.xlsx", f -> { }, () -> false)).isEqualTo(new ImportResult(3, 0, 0));

        LedgerRepository ledger = new LedgerRepository(db, CLOCK);
        Person wang = ledger.find(ledger.findIdByResidentId(man(1)).orElseThrow()).orElseThrow();
        assertThat(wang.livingSituations()).containsExactly(LivingSituation.ALONE);
        assertThat(wang.mobility()).isEqualTo(Mobility.LIMITED);
        assertThat(wang.vaccination()).isEqualTo(Vaccination.BOOSTER);
        assertThat(wang.infection()).isEqualTo(InfectionState.RECOVERED);
        assertThat(wang.pregnant()).isFalse();
        assertThat(wang.familyDoctorContractDate()).isNull();
        assertThat(wang.oximeterSerial()).isNull();
        assertThat(wang.tierOverride()).isNull(); // the sheet's red is compared only
        assertThat(plan.rows().get(0).sheetTier()).isEqualTo(Tier.RED);

        // remembered with the column mapping: the next file with these headers finds the answers
        ImportMappingRepository mappings = new ImportMappingRepository(db, CLOCK);
        mappings.remember(header.signature(), header.mapping().withValues(plan.choices().values()), "办公室小王");
        ColumnMapping remembered = mappings.find(header.signature()).orElseThrow();
        assertThat(remembered.values()).isEqualTo(answers);
        SheetReading again = read(file, remembered, header.rowNumber());
        ImportPlan replanned = importer.prepare(again).plan(choices(remembered.values()));
        assertThat(replanned.hasUnanswered()).isFalse();
        assertThat(replanned.rows()).extracting(PlannedRow::action)
                .containsExactly(RowAction.UNCHANGED, RowAction.UNCHANGED, RowAction.UNCHANGED, RowAction.REJECTED);
    }
}
