package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.person.TierOverride;
import io.guankou.model.tier.TierRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The planner on rows converted by the real {@link RowConverter} from a sheet laid out as
 * 姓名 | 身份证号 | 村 | 联系电话 | 住址 | 基础疾病 | 疫苗接种情况 | 分级.
 */
class ImportPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    private static final Instant AT = Instant.parse("2023-01-10T02:00:00Z");
    private static final String USER = "办公室小王";

    private static final long PINGAN = 1;
    private static final long LONGDONG = 2;
    private static final List<Village> VILLAGES = List.of(
            new Village(PINGAN, null, "500235124001", "平安社区", UrbanRuralClass.C111, null),
            new Village(LONGDONG, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null));

    private static final ColumnMapping MAPPING = ColumnMapping.empty()
            .with(0, LedgerColumn.NAME)
            .with(1, LedgerColumn.RESIDENT_ID)
            .with(2, LedgerColumn.VILLAGE)
            .with(3, LedgerColumn.PHONE)
            .with(4, LedgerColumn.ADDRESS)
            .with(5, LedgerColumn.COMORBIDITIES)
            .with(6, LedgerColumn.VACCINATION)
            .with(7, LedgerColumn.TIER);

    private static final TierClassifier CLASSIFIER = new TierClassifier(TierRules.defaults());
    private final ImportPlanner planner = new ImportPlanner(CLASSIFIER, TODAY);

    private final SheetVillages villages = new SheetVillages(VILLAGES);
    private final RowConverter converter = new RowConverter(MAPPING, villages, TODAY);
    private final Map<String, Person> stored = new HashMap<>();
    private final List<ConvertedRow> rows = new ArrayList<>();
    private int nextRow = 2;

    /** A valid ID of someone born 1950-01-01 (73 on import day); odd orders are men, even orders women. */
    private static String id(int order) {
        return ResidentIds.withCheckCharacter("11010119500101" + String.format("%03d", order));
    }

    /** Adds a sheet row: name, ID, village, phone, address, diseases, vaccination, tier (null = blank). */
    private ConvertedRow row(String... cells) {
        ConvertedRow r = converter.convert(new RawRow(nextRow++, Arrays.asList(cells)));
        rows.add(r);
        return r;
    }

    private static ImportChoices choices() {
        return new ImportChoices(Map.of(), false, USER, AT, null);
    }

    private ImportPlan plan() {
        return plan(choices());
    }

    private ImportPlan plan(ImportChoices choices) {
        return planner.plan(rows, stored, villages.unknown(), choices);
    }

    /** A stored person (id and meta set), in 平安社区 grid 5, with a phone, address and hypertension. */
    private Person store(long id, String name, int order) {
        Person p = Person.builder()
                .id(id)
                .meta(new RecordMeta(UUID.randomUUID(), "500235124", AT.minusSeconds(86_400), 3, false))
                .name(name)
                .residentId(id(order))
                .sex(order % 2 == 1 ? Sex.MALE : Sex.FEMALE)
                .birthDate(LocalDate.of(1950, 1, 1))
                .phone("13800000001")
                .villageId(PINGAN)
                .gridId(5L)
                .householdId(9L)
                .address("平安社区1栋")
                .comorbidities(List.of(new Comorbidity(Disease.HYPERTENSION, Control.STABLE)))
                .vaccination(Vaccination.COMPLETE)
                .build();
        stored.put(p.residentId(), p);
        return p;
    }

    private static PlannedRow at(ImportPlan plan, int rowNumber) {
        return plan.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow();
    }

    // ---- actions ---------------------------------------------------------------------------------------

    @Test
    void eachRowIsAddedUpdatedUnchangedOrRejected() {
        store(10, "张三", 1);
        store(11, "李四", 3);
        row("王五", id(5), "龙洞村", "13900000005", null, null, "已全程");    // row 2: new
        row("张三", id(1), null, "13811112222");                               // row 3: other phone
        row("李四", id(3), "平安社区", "13800000001", "平安社区1栋", "高血压", "全程"); // row 4: the same
        row("赵六", "11010119500101007", "龙洞村");                            // row 5: 17 digits

        ImportPlan plan = plan();

        assertThat(plan.rows()).extracting(PlannedRow::rowNumber, PlannedRow::action).containsExactly(
                tuple(2, RowAction.ADD), tuple(3, RowAction.UPDATE), tuple(4, RowAction.UNCHANGED),
                tuple(5, RowAction.REJECTED));
        assertThat(plan.counts()).containsEntry(RowAction.ADD, 1).containsEntry(RowAction.UPDATE, 1)
                .containsEntry(RowAction.UNCHANGED, 1).containsEntry(RowAction.REJECTED, 1);
        assertThat(plan.toWrite()).extracting(PlannedRow::rowNumber).containsExactly(2, 3);
        assertThat(plan.hasWork()).isTrue();

        PlannedRow add = at(plan, 2);
        assertThat(add.person().id()).isZero();
        assertThat(add.person().name()).isEqualTo("王五");
        assertThat(add.person().villageId()).isEqualTo(LONGDONG);
        assertThat(add.before()).isNull();
        assertThat(add.changed()).isEmpty();
        assertThat(add.computedTier()).isEqualTo(CLASSIFIER.classify(add.person(), TODAY));

        PlannedRow update = at(plan, 3);
        assertThat(update.before()).isSameAs(stored.get(id(1)));
        assertThat(update.person().id()).isEqualTo(10);
        assertThat(update.person().meta()).isEqualTo(stored.get(id(1)).meta());
        assertThat(update.person().phone()).isEqualTo("13811112222");
        assertThat(update.changed()).containsExactly(LedgerColumn.PHONE);

        PlannedRow same = at(plan, 4);
        assertThat(same.person()).isSameAs(stored.get(id(3)));
        assertThat(same.changed()).isEmpty();
        assertThat(same.writes()).isFalse();

        PlannedRow rejected = at(plan, 5);
        assertThat(rejected.person()).isNull();
        assertThat(rejected.computedTier()).isNull();
        assertThat(rejected.problems()).extracting(RowProblem::kind).containsExactly(RowProblem.Kind.INVALID_ID);
    }

    @Test
    void anUpdateChangesOnlyTheColumnsTheSheetGives() {
        Person before = store(10, "张三", 1);
        // blank village, phone, diseases and vaccination: the stored values stay; only the address changes
        row("张三", id(1), "", "  ", "龙洞村3组", null, null);

        PlannedRow r = at(plan(), 2);

        assertThat(r.action()).isEqualTo(RowAction.UPDATE);
        assertThat(r.changed()).containsExactly(LedgerColumn.ADDRESS);
        Person after = r.person();
        assertThat(after.address()).isEqualTo("龙洞村3组");
        assertThat(after).usingRecursiveComparison().ignoringFields("address").isEqualTo(before);
        assertThat(after.phone()).isEqualTo("13800000001");
        assertThat(after.villageId()).isEqualTo(PINGAN);
        assertThat(after.gridId()).isEqualTo(5L);
        assertThat(after.comorbidities()).containsExactly(new Comorbidity(Disease.HYPERTENSION, Control.STABLE));
        assertThat(after.vaccination()).isEqualTo(Vaccination.COMPLETE);
    }

    @Test
    void theChangedSetNamesEveryColumnThatDiffers() {
        store(10, "张三", 1);
        row("张叁", id(1), "平安社区", "13811112222", "平安社区1栋", "高血压、糖尿病(不稳定)", "加强针");

        PlannedRow r = at(plan(), 2);

        assertThat(r.action()).isEqualTo(RowAction.UPDATE);
        assertThat(r.changed()).containsExactlyInAnyOrder(LedgerColumn.NAME, LedgerColumn.PHONE,
                LedgerColumn.COMORBIDITIES, LedgerColumn.VACCINATION);
        assertThat(r.person().vaccination()).isEqualTo(Vaccination.BOOSTER);
        assertThat(r.person().comorbidities()).extracting(Comorbidity::disease)
                .containsExactlyInAnyOrder(Disease.HYPERTENSION, Disease.DIABETES);
    }

    @Test
    void equalValuesAreUnchangedAndDiseasesInAnotherOrderToo() {
        Person p = store(10, "张三", 1);
        stored.put(p.residentId(), p.toBuilder().comorbidities(List.of(
                new Comorbidity(Disease.DIABETES, Control.STABLE),
                new Comorbidity(Disease.HYPERTENSION, Control.STABLE))).build());
        row("张三", id(1), "平安社区", "13800000001", "平安社区1栋", "高血压、糖尿病", "已全程");

        ImportPlan plan = plan();

        PlannedRow r = at(plan, 2);
        assertThat(r.action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(r.changed()).isEmpty();
        assertThat(r.person()).isSameAs(stored.get(id(1)));
        assertThat(plan.toWrite()).isEmpty();
        assertThat(plan.hasWork()).isFalse();
    }

    @Test
    void movingToAnotherVillageDropsGridAndHousehold() {
        store(10, "张三", 1);
        store(11, "李四", 3);
        row("张三", id(1), "龙洞村");
        row("李四", id(3), "平安社区", "13900000003"); // same village: grid stays

        ImportPlan plan = plan();

        PlannedRow moved = at(plan, 2);
        assertThat(moved.action()).isEqualTo(RowAction.UPDATE);
        assertThat(moved.person().villageId()).isEqualTo(LONGDONG);
        assertThat(moved.person().gridId()).isNull();
        assertThat(moved.person().householdId()).isNull();
        assertThat(moved.changed()).contains(LedgerColumn.VILLAGE, LedgerColumn.GRID);

        PlannedRow stayed = at(plan, 3);
        assertThat(stayed.person().gridId()).isEqualTo(5L);
        assertThat(stayed.person().householdId()).isEqualTo(9L);
        assertThat(stayed.changed()).containsExactly(LedgerColumn.PHONE);
    }

    /** A move with a grid of the new village: the grid is the sheet's, whatever order the columns come in. */
    @Test
    void movingWithTheNewVillagesGridKeepsThatGrid() {
        Person before = store(10, "张三", 1);
        Person sheet = before.toBuilder().id(0).meta(null).villageId(LONGDONG).gridId(12L).householdId(null)
                .build();

        for (List<LedgerColumn> order : List.of(List.of(LedgerColumn.VILLAGE, LedgerColumn.GRID),
                List.of(LedgerColumn.GRID, LedgerColumn.VILLAGE))) {
            Person merged = PersonFields.merge(before, sheet, new java.util.LinkedHashSet<>(order));
            assertThat(merged.villageId()).as("given in the order %s", order).isEqualTo(LONGDONG);
            assertThat(merged.gridId()).as("given in the order %s", order).isEqualTo(12L);
            assertThat(merged.householdId()).isNull();
        }
    }

    @Test
    void aSheetWithAGridColumnMovesThePersonIntoTheNamedGrid() {
        store(10, "张三", 1);
        store(11, "李四", 3);
        SheetVillages places = new SheetVillages(VILLAGES,
                List.of(new io.guankou.model.place.Grid(5, null, PINGAN, "第一网格"),
                        new io.guankou.model.place.Grid(12, null, LONGDONG, "第一网格"),
                        new io.guankou.model.place.Grid(13, null, LONGDONG, "第二网格")),
                List.of(), Map.of());
        RowConverter withGrid = new RowConverter(ColumnMapping.empty().with(0, LedgerColumn.NAME)
                .with(1, LedgerColumn.RESIDENT_ID).with(2, LedgerColumn.VILLAGE).with(3, LedgerColumn.GRID),
                places, TODAY);
        List<ConvertedRow> sheet = List.of(
                withGrid.convert(new RawRow(2, Arrays.asList("张三", id(1), "龙洞村", "第二网格"))),
                withGrid.convert(new RawRow(3, Arrays.asList("李四", id(3), "平安社区", "第一网格"))));

        ImportPlan plan = planner.plan(sheet, stored, places.unknown(), choices());

        PlannedRow moved = at(plan, 2);
        assertThat(moved.person().villageId()).isEqualTo(LONGDONG);
        assertThat(moved.person().gridId()).isEqualTo(13L);
        assertThat(moved.changed()).containsExactlyInAnyOrder(LedgerColumn.VILLAGE, LedgerColumn.GRID);
        assertThat(at(plan, 3).action()).isEqualTo(RowAction.UNCHANGED);
    }

    // ---- duplicates --------------------------------------------------------------------------------------

    @Test
    void anIdOnSeveralRowsRejectsAllOfThemAndPointsAtTheOtherRow() {
        store(10, "张三", 1);
        row("张三", id(1), "平安社区", "13811112222");   // row 2
        row("王五", id(5), "龙洞村");                    // row 3
        row("张三", id(1), "平安社区", "13899998888");   // row 4
        row("王伍", id(5).toLowerCase(), "龙洞村");      // row 5: the same ID written otherwise
        row("王五", id(5), "龙洞村");                    // row 6
        row("赵六", id(7), "龙洞村");                    // row 7

        ImportPlan plan = plan();

        assertThat(plan.rows()).extracting(PlannedRow::rowNumber, PlannedRow::action).containsExactly(
                tuple(2, RowAction.REJECTED), tuple(3, RowAction.REJECTED), tuple(4, RowAction.REJECTED),
                tuple(5, RowAction.REJECTED), tuple(6, RowAction.REJECTED), tuple(7, RowAction.ADD));
        assertThat(at(plan, 2).problems()).containsExactly(new RowProblem(2, LedgerColumn.RESIDENT_ID,
                RowProblem.Kind.DUPLICATE_IN_SHEET, id(1), "4"));
        assertThat(at(plan, 4).problems()).containsExactly(new RowProblem(4, LedgerColumn.RESIDENT_ID,
                RowProblem.Kind.DUPLICATE_IN_SHEET, id(1), "2"));
        // three rows: the first points at the second, the others at the first
        assertThat(at(plan, 3).problems()).singleElement().extracting(RowProblem::detail).isEqualTo("5");
        assertThat(at(plan, 5).problems()).singleElement().extracting(RowProblem::detail).isEqualTo("3");
        assertThat(at(plan, 6).problems()).singleElement().extracting(RowProblem::detail).isEqualTo("3");
        // rejected rows keep name and ID for the preview
        assertThat(plan.rows(RowAction.REJECTED)).extracting(PlannedRow::name, PlannedRow::residentId)
                .containsExactly(tuple("张三", id(1)), tuple("王五", id(5)), tuple("张三", id(1)),
                        tuple("王伍", id(5)), tuple("王五", id(5)));
    }

    @Test
    void aDuplicateRowWithOtherProblemsListsThemAll() {
        row("", id(1), "平安社区");  // no name
        row("张三", id(1), "平安社区");

        ImportPlan plan = plan();

        assertThat(at(plan, 2).problems()).extracting(RowProblem::column, RowProblem::kind).containsExactly(
                tuple(LedgerColumn.NAME, RowProblem.Kind.REQUIRED),
                tuple(LedgerColumn.RESIDENT_ID, RowProblem.Kind.DUPLICATE_IN_SHEET));
        assertThat(at(plan, 3).action()).isEqualTo(RowAction.REJECTED);
    }

    // ---- villages ----------------------------------------------------------------------------------------

    @Test
    void anUnknownVillageWithoutAChoiceRejectsItsRows() {
        row("王五", id(5), "石桥村");
        row("赵六", id(7), "石桥村委会"); // the same village, long form
        row("孙七", id(9), "龙洞村");

        ImportPlan plan = plan();

        assertThat(plan.unknownVillages()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("石桥村");
            assertThat(u.rows()).isEqualTo(2);
        });
        assertThat(at(plan, 2).problems()).containsExactly(
                new RowProblem(2, LedgerColumn.VILLAGE, RowProblem.Kind.UNKNOWN_VILLAGE, "石桥村"));
        assertThat(at(plan, 3).problems()).extracting(RowProblem::kind)
                .containsExactly(RowProblem.Kind.UNKNOWN_VILLAGE);
        assertThat(at(plan, 4).action()).isEqualTo(RowAction.ADD);
        assertThat(plan.villagesToCreate()).isEmpty();
    }

    @Test
    void anUnknownVillageMappedToAStoredOneUsesIt() {
        store(10, "张三", 1);
        row("王五", id(5), "龙硐村");   // a misspelling the office maps to 龙洞村
        row("张三", id(1), "龙硐");
        long placeholder = villages.unknown().get(0).placeholderId();
        assertThat(villages.unknown()).extracting(UnknownVillage::name, UnknownVillage::rows)
                .containsExactly(tuple("龙硐村", 2));

        ImportPlan plan = plan(choices().withVillages(Map.of(placeholder, VillageChoice.mapTo(LONGDONG))));

        assertThat(at(plan, 2).person().villageId()).isEqualTo(LONGDONG);
        PlannedRow update = at(plan, 3);
        assertThat(update.action()).isEqualTo(RowAction.UPDATE);
        assertThat(update.person().villageId()).isEqualTo(LONGDONG);
        assertThat(update.person().gridId()).isNull();
        assertThat(plan.villagesToCreate()).isEmpty();
    }

    @Test
    void anUnknownVillageToCreateKeepsItsPlaceholderAndIsListed() {
        store(10, "张三", 1);
        row("王五", id(5), "石桥村");
        row("张三", id(1), "石桥");
        row("赵六", id(7), "新华村", null, null, null, "没有这种"); // waits for its vaccination value
        List<UnknownVillage> unknown = villages.unknown();
        assertThat(unknown).extracting(UnknownVillage::name).containsExactly("石桥村", "新华村");
        long shiqiao = unknown.get(0).placeholderId();
        long xinhua = unknown.get(1).placeholderId();

        ImportPlan plan = plan(choices().withVillages(Map.of(
                shiqiao, VillageChoice.create(), xinhua, VillageChoice.create())));

        assertThat(at(plan, 2).action()).isEqualTo(RowAction.ADD);
        assertThat(at(plan, 2).person().villageId()).isEqualTo(shiqiao);
        assertThat(SheetVillages.isPlaceholder(at(plan, 2).person().villageId())).isTrue();
        assertThat(at(plan, 3).action()).isEqualTo(RowAction.UPDATE);
        assertThat(at(plan, 3).person().villageId()).isEqualTo(shiqiao);
        assertThat(at(plan, 3).changed()).contains(LedgerColumn.VILLAGE);
        assertThat(at(plan, 4).action()).isEqualTo(RowAction.WAITING);
        // only villages a written row uses are created
        assertThat(plan.villagesToCreate()).extracting(UnknownVillage::placeholderId).containsExactly(shiqiao);
    }

    @Test
    void aNewPersonNeedsAVillageAStoredOneDoesNot() {
        store(10, "张三", 1);
        row("王五", id(5), null, "13900000005");
        row("张三", id(1), null, "13900000001");

        ImportPlan plan = plan();

        assertThat(at(plan, 2).action()).isEqualTo(RowAction.REJECTED);
        assertThat(at(plan, 2).problems()).containsExactly(
                new RowProblem(2, LedgerColumn.VILLAGE, RowProblem.Kind.REQUIRED, null));
        assertThat(at(plan, 2).name()).isEqualTo("王五");
        assertThat(at(plan, 2).residentId()).isEqualTo(id(5));
        assertThat(at(plan, 3).action()).isEqualTo(RowAction.UPDATE);
        assertThat(at(plan, 3).person().villageId()).isEqualTo(PINGAN);
    }

    // ---- tiers -------------------------------------------------------------------------------------------

    @Test
    void aDifferingSheetTierIsOnlyListedUnlessTheUserKeepsIt() {
        // 73, no disease, not vaccinated: 1 + 0 + 2 = 3, yellow by the default rules
        row("王五", id(5), "龙洞村", null, null, null, "未接种", "红");
        row("赵六", id(7), "龙洞村", null, null, null, "未接种", "黄");
        row("孙七", id(9), "龙洞村", null, null, null, "未接种", null);

        ImportPlan plan = plan();

        PlannedRow red = at(plan, 2);
        assertThat(red.computedTier()).isEqualTo(Tier.YELLOW);
        assertThat(red.sheetTier()).isEqualTo(Tier.RED);
        assertThat(red.person().tierOverride()).isNull();
        assertThat(plan.tierDifferences()).extracting(PlannedRow::rowNumber).containsExactly(2);
        assertThat(at(plan, 3).tierDiffers()).isFalse();
        assertThat(at(plan, 4).tierDiffers()).isFalse();

        ImportPlan kept = plan(choices().withKeepSheetTier(true, "按《台账.xlsx》导入"));

        assertThat(at(kept, 2).person().tierOverride())
                .isEqualTo(new TierOverride(Tier.RED, USER, AT, "按《台账.xlsx》导入"));
        assertThat(at(kept, 2).computedTier()).isEqualTo(Tier.YELLOW);
        assertThat(at(kept, 3).person().tierOverride()).isNull(); // equal to the computed tier
        assertThat(at(kept, 4).person().tierOverride()).isNull();
        assertThat(kept.tierDifferences()).extracting(PlannedRow::rowNumber).containsExactly(2);
    }

    @Test
    void aKeptSheetTierOnAStoredPersonIsAChange() {
        Person p = store(10, "张三", 1); // 73, hypertension stable, complete: 1 + 1 + 0 = 2, yellow
        store(11, "李四", 3);
        stored.put(id(3), stored.get(id(3)).toBuilder()
                .tierOverride(new TierOverride(Tier.RED, "谭文华", AT.minusSeconds(3600), "子女外出")).build());
        row("张三", id(1), null, null, null, null, null, "红");
        row("李四", id(3), null, null, null, null, null, "红"); // the stored override says red already

        ImportPlan plan = plan(choices().withKeepSheetTier(true, "按台账导入"));

        PlannedRow zhang = at(plan, 2);
        assertThat(zhang.computedTier()).isEqualTo(CLASSIFIER.classify(p, TODAY)).isEqualTo(Tier.YELLOW);
        assertThat(zhang.action()).isEqualTo(RowAction.UPDATE);
        assertThat(zhang.changed()).containsExactly(LedgerColumn.TIER);
        assertThat(zhang.person().tierOverride().tier()).isEqualTo(Tier.RED);
        assertThat(zhang.person().tierOverride().by()).isEqualTo(USER);

        PlannedRow li = at(plan, 3);
        assertThat(li.action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(li.person().tierOverride().by()).isEqualTo("谭文华");

        ImportPlan notKept = plan(choices());
        assertThat(at(notKept, 2).action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(notKept.tierDifferences()).extracting(PlannedRow::rowNumber).containsExactly(2, 3);
    }

    @Test
    void rejectedRowsKeepNameAndIdAndAreNotTierDifferences() {
        row("王五", id(5), "龙洞村", "139000", null, null, null, "红");
        row("赵六", null, "龙洞村");

        ImportPlan plan = plan();

        PlannedRow bad = at(plan, 2);
        assertThat(bad.action()).isEqualTo(RowAction.REJECTED);
        assertThat(bad.name()).isEqualTo("王五");
        assertThat(bad.residentId()).isEqualTo(id(5));
        assertThat(bad.sheetTier()).isEqualTo(Tier.RED);
        assertThat(bad.computedTier()).isNull();
        assertThat(bad.problems()).extracting(RowProblem::column, RowProblem::kind)
                .containsExactly(tuple(LedgerColumn.PHONE, RowProblem.Kind.BAD_PHONE));
        assertThat(at(plan, 3).name()).isEqualTo("赵六");
        assertThat(at(plan, 3).residentId()).isNull();
        assertThat(plan.tierDifferences()).isEmpty();
        assertThat(plan.hasWork()).isFalse();
    }

    @Test
    void planningAgainWithOtherChoicesGivesANewPlanFromTheSameRows() {
        row("王五", id(5), "石桥村");
        long shiqiao = villages.unknown().get(0).placeholderId();

        ImportPlan none = plan();
        ImportPlan create = plan(choices().withVillages(Map.of(shiqiao, VillageChoice.create())));
        ImportPlan none2 = plan(create.choices().withVillages(Map.of()));

        assertThat(none.rows()).extracting(PlannedRow::action).containsExactly(RowAction.REJECTED);
        assertThat(create.rows()).extracting(PlannedRow::action).containsExactly(RowAction.ADD);
        assertThat(none2.rows()).isEqualTo(none.rows());
        assertThat(EnumSet.copyOf(create.counts().keySet())).isEqualTo(EnumSet.allOf(RowAction.class));
        assertThat(Set.copyOf(create.counts().values())).containsExactlyInAnyOrder(0, 1);
    }

    // ---- the person rules (PersonValidator) ----------------------------------------------------------

    /** 姓名 | 身份证号 | 村 | 联系电话 | 是否孕妇 | 健康包: the columns the person rules look at. */
    private PlannedRow ruleRow(String... cells) {
        ColumnMapping mapping = ColumnMapping.empty().with(0, LedgerColumn.NAME).with(1, LedgerColumn.RESIDENT_ID)
                .with(2, LedgerColumn.VILLAGE).with(3, LedgerColumn.PHONE).with(4, LedgerColumn.PREGNANT)
                .with(5, LedgerColumn.HEALTH_PACK);
        rows.clear();
        rows.add(new RowConverter(mapping, villages, TODAY).convert(new RawRow(2, Arrays.asList(cells))));
        return at(plan(), 2);
    }

    @Test
    void aNewPersonYoungerThanTheLedgerAgeBoundIsRejectedUnlessPregnant() {
        // born 1963-01-11: 59 on import day 2023-01-10, one day short of the default bound 60
        String young = ResidentIds.withCheckCharacter("11010119630111002");
        PlannedRow r = ruleRow("刘芳", young, "龙洞村", null, "否", null);
        assertThat(r.action()).isEqualTo(RowAction.REJECTED);
        assertThat(r.problems()).containsExactly(new RowProblem(2, LedgerColumn.BIRTH_DATE,
                RowProblem.Kind.BELOW_AGE_BOUND, "1963-01-11", "60"));

        assertThat(ruleRow("刘芳", young, "龙洞村", null, "是", null).action()).isEqualTo(RowAction.ADD);
        // born 1963-01-10: 60 exactly on import day
        assertThat(ruleRow("刘芳", ResidentIds.withCheckCharacter("11010119630110002"), "龙洞村", null, "否", null)
                .action()).isEqualTo(RowAction.ADD);
    }

    @Test
    void aStoredPersonBelowARaisedBoundCanStillBeUpdated() {
        Person p = store(10, "张三", 1).toBuilder().birthDate(LocalDate.of(1970, 1, 1))
                .residentId(ResidentIds.withCheckCharacter("11010119700101001")).build();
        stored.clear();
        stored.put(p.residentId(), p);
        assertThat(ruleRow("张三", p.residentId(), null, "13811112222", null, null).action())
                .isEqualTo(RowAction.UPDATE);
    }

    @Test
    void aPhoneThatIsNoPhoneNumberRejectsTheRowNamingTheColumn() {
        PlannedRow r = ruleRow("王五", id(5), "龙洞村", "1390000", null, null);
        assertThat(r.action()).isEqualTo(RowAction.ADD); // 7 digits: the shortest allowed
        r = ruleRow("王五", id(5), "龙洞村", "139000", null, null);
        assertThat(r.problems()).containsExactly(new RowProblem(2, LedgerColumn.PHONE, RowProblem.Kind.BAD_PHONE,
                "139000", null));
    }

    @Test
    void aHealthPackIssuedAfterTheImportDateRejectsTheRow() {
        assertThat(ruleRow("王五", id(5), "龙洞村", null, null, "2023-01-10").action()).isEqualTo(RowAction.ADD);
        PlannedRow r = ruleRow("王五", id(5), "龙洞村", null, null, "2023-01-11");
        assertThat(r.problems()).containsExactly(new RowProblem(2, LedgerColumn.HEALTH_PACK,
                RowProblem.Kind.FUTURE_DATE, "2023-01-11", null));
    }
}
