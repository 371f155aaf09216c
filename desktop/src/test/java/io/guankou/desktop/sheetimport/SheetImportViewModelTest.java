package io.guankou.desktop.sheetimport;

import io.guankou.desktop.TestClocks;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.settings.ImportMappingRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Person;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.RowProblem;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetReader;
import io.guankou.persistence.sheet.SheetRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's view-models without a stage: same-thread runner, a demo township, workbooks made here. */
class SheetImportViewModelTest {

    @TempDir
    Path dir;
    Database db;
    final Clock clock = TestClocks.FIXED;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    SheetImports imports;
    LedgerRepository ledger;
    Village village;
    LedgerEntry existing;
    int imported;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        imports = new SheetImports(new LedgerImporter(db, clock), new ImportMappingRepository(db, clock),
                new PlaceRepository(db), clock, "测试员");
        ledger = new LedgerRepository(db, clock);
        village = new PlaceRepository(db).villages().get(0);
        existing = ledger.loadEntries().get(0);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private SheetImportViewModel wizard(Path file) {
        return new SheetImportViewModel(imports.open(file, null), runner, new ImportTexts(zh), () -> imported++);
    }

    private PreviewViewModel preview(Path file) {
        SheetImportViewModel vm = wizard(file);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        return vm.previewProperty().get();
    }

    private static PlannedRow row(PreviewViewModel p, int number) {
        return p.plan().rows().stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    // ---- mapping

    @Test
    void theDetectedMappingIsShownBelowTheMergedTitle() {
        SheetImportViewModel vm = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        MappingViewModel m = vm.mapping();

        assertThat(vm.sheetNames()).containsExactly("台账", "填表说明");
        assertThat(m.headerDetectedProperty().get()).isTrue();
        assertThat(m.headerRowProperty().get()).isEqualTo(ImportSheets.HEADER_ROW);
        assertThat(m.fromRememberedProperty().get()).isFalse();
        assertThat(m.rows()).extracting(MappingRow::letter).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(m.rows()).extracting(MappingRow::column).containsExactly(null, LedgerColumn.NAME,
                LedgerColumn.RESIDENT_ID, LedgerColumn.PHONE, LedgerColumn.VILLAGE, LedgerColumn.COMORBIDITIES,
                LedgerColumn.VACCINATION, LedgerColumn.TIER);
        assertThat(m.row(1).samples()).containsExactly(ImportSheets.NEW_NAME, ImportSheets.RED_NAME,
                ImportSheets.NEW_VILLAGE_PERSON);
        assertThat(m.row(2).samples()).as("whole IDs masked in the samples")
                .allSatisfy(s -> assertThat(s).contains("*"));
        assertThat(m.readyProperty().get()).isTrue();
    }

    @Test
    void aColumnChosenTwiceMovesAndTheRequiredOnesGateNext() {
        MappingViewModel m = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing)).mapping();

        m.row(0).columnProperty().set(LedgerColumn.NAME);
        assertThat(m.row(0).column()).isEqualTo(LedgerColumn.NAME);
        assertThat(m.row(1).column()).as("moved away").isNull();
        assertThat(m.mapping().indexOf(LedgerColumn.NAME).getAsInt()).isZero();

        m.row(2).columnProperty().set(null);
        assertThat(m.missingProperty().get()).containsExactly(LedgerColumn.RESIDENT_ID);
        assertThat(m.readyProperty().get()).isFalse();
        m.setColumn(2, LedgerColumn.RESIDENT_ID);
        assertThat(m.readyProperty().get()).isTrue();
    }

    @Test
    void aSecondHeaderForTheSameColumnIsPointedOut() {
        Path file = ImportSheets.write(dir.resolve("two-phones.xlsx"), List.of("姓名", "身份证号", "联系电话", "手机号"),
                List.of(List.of("张三", ImportSheets.NEW_ID, "13912345601", "13912345699")));
        MappingViewModel m = wizard(file).mapping();

        assertThat(m.mapping().columnAt(2)).contains(LedgerColumn.PHONE);
        assertThat(m.row(3).column()).isNull();
        assertThat(m.duplicatesProperty().get()).singleElement().satisfies(d -> {
            assertThat(d.index()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(LedgerColumn.PHONE);
            assertThat(d.keptIndex()).isEqualTo(2);
        });
        assertThat(zh.format("import.ui.duplicate", "D", zh.label(LedgerColumn.PHONE), "C"))
                .startsWith("D 列也像是「联系电话」，已使用 C 列");
    }

    @Test
    void theUserMayPickAnotherHeaderRow() {
        MappingViewModel m = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing)).mapping();
        assertThat(m.headerRowChoices()).startsWith(1, 3, 4);

        m.chooseHeaderRow(1);
        assertThat(m.mapping().isEmpty()).isTrue();
        assertThat(m.readyProperty().get()).isFalse();
        m.chooseHeaderRow(3);
        assertThat(m.mapping().contains(LedgerColumn.RESIDENT_ID)).isTrue();
    }

    @Test
    void theMappingOfASuccessfulImportIsRememberedForTheSameHeaders() {
        SheetImportViewModel first = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        first.mapping().setColumn(0, LedgerColumn.NOTE);
        ColumnMapping confirmed = first.mapping().mapping();
        first.next();
        SheetImportViewModel early = wizard(ImportSheets.sameHeaders(dir, "early.xlsx", village.name()));
        assertThat(early.mapping().fromRememberedProperty().get())
                .as("a mapping only read with, not imported with, is not remembered").isFalse();
        early.close();
        first.importNow();
        assertThat(first.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.DONE);
        assertThat(first.statusProperty().get()).as("remembered: nothing to say").isNull();
        first.close();

        SheetImportViewModel second = wizard(ImportSheets.sameHeaders(dir, "next-month.xlsx", village.name()));
        assertThat(second.mapping().fromRememberedProperty().get()).isTrue();
        assertThat(second.mapping().mapping()).isEqualTo(confirmed);
        assertThat(second.mapping().row(0).column()).isEqualTo(LedgerColumn.NOTE);
    }

    @Test
    void anotherSheetOfTheWorkbookIsReadForTheMapping() {
        SheetImportViewModel vm = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));

        vm.chooseSheet("填表说明");
        assertThat(vm.sheetName()).isEqualTo("填表说明");
        assertThat(vm.mapping().headerDetectedProperty().get()).isFalse();
        assertThat(vm.mapping().readyProperty().get()).isFalse();
        vm.chooseSheet("台账");
        assertThat(vm.sheetName()).isEqualTo("台账");
        assertThat(vm.mapping().readyProperty().get()).isTrue();
    }

    // ---- preview

    @Test
    void theCountsSayWhatHappensToEachRow() {
        PreviewViewModel p = preview(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));

        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(2);
        assertThat(p.countProperty(RowAction.UPDATE).get()).isEqualTo(1);
        assertThat(p.countProperty(RowAction.UNCHANGED).get()).isZero();
        assertThat(p.countProperty(RowAction.REJECTED).get()).isEqualTo(4);
        assertThat(p.toWriteProperty().get()).isEqualTo(3);
        assertThat(p.canImportProperty().get()).isTrue();
        assertThat(row(p, 7).problems()).extracting(RowProblem::kind).containsExactly(RowProblem.Kind.DAMAGED_ID);
        assertThat(row(p, 8).problems()).extracting(RowProblem::kind)
                .containsExactly(RowProblem.Kind.DUPLICATE_IN_SHEET);
        assertThat(row(p, 10).changed()).contains(LedgerColumn.PHONE);

        p.shownProperty(RowAction.REJECTED).set(false);
        assertThat(p.rows()).hasSize(3).noneMatch(r -> r.action() == RowAction.REJECTED);
        p.shownProperty(RowAction.ADD).set(false);
        p.shownProperty(RowAction.UPDATE).set(false);
        assertThat(p.rows()).isEmpty();
        p.shownProperty(RowAction.REJECTED).set(true);
        assertThat(p.rows()).hasSize(4);
    }

    @Test
    void eachVillageChoicePlansAgain() {
        PreviewViewModel p = preview(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        assertThat(p.villageDecisions()).singleElement().satisfies(d -> {
            assertThat(d.village().name()).isEqualTo(ImportSheets.VILLAGE_NAME);
            assertThat(d.village().rows()).isEqualTo(1);
            assertThat(d.kindProperty().get()).as("a ledger with villages asks").isEqualTo(VillageDecision.Kind.SKIP);
        });
        assertThat(row(p, 6).problems()).extracting(RowProblem::kind).containsExactly(RowProblem.Kind.UNKNOWN_VILLAGE);
        VillageDecision d = p.villageDecisions().get(0);

        d.kindProperty().set(VillageDecision.Kind.CREATE);
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(3);
        assertThat(p.countProperty(RowAction.REJECTED).get()).isEqualTo(3);
        assertThat(p.villagesToCreateProperty().get()).isEqualTo(1);

        Village other = new PlaceRepository(db).villages().get(1);
        d.kindProperty().set(VillageDecision.Kind.MAP);
        assertThat(p.countProperty(RowAction.ADD).get()).as("no village picked yet").isEqualTo(2);
        d.mapToProperty().set(other.id());
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(3);
        assertThat(p.villagesToCreateProperty().get()).isZero();
        assertThat(row(p, 6).person().villageId()).isEqualTo(other.id());

        d.kindProperty().set(VillageDecision.Kind.SKIP);
        assertThat(p.countProperty(RowAction.REJECTED).get()).isEqualTo(4);
        p.createAllVillages();
        assertThat(d.kindProperty().get()).isEqualTo(VillageDecision.Kind.CREATE);
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(3);
    }

    @Test
    void theSheetTierIsKeptOnlyWhenAsked() {
        PreviewViewModel p = preview(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        PlannedRow red = row(p, 5);
        assertThat(red.sheetTier()).isEqualTo(Tier.RED);
        assertThat(red.computedTier()).isNotEqualTo(Tier.RED);
        assertThat(p.tierDifferencesProperty().get()).isEqualTo(1);
        assertThat(red.person().tierOverride()).isNull();
        assertThat(p.keepSheetTierProperty().get()).as("off by default").isFalse();

        p.keepSheetTierProperty().set(true);
        PlannedRow kept = row(p, 5);
        assertThat(kept.person().tierOverride()).isNotNull();
        assertThat(kept.person().tierOverride().tier()).isEqualTo(Tier.RED);
        assertThat(kept.person().tierOverride().by()).isEqualTo("测试员");
        assertThat(kept.person().tierOverride().reason()).contains("ledger.xlsx");
        assertThat(p.tierDifferencesProperty().get()).isEqualTo(1);

        p.keepSheetTierProperty().set(false);
        assertThat(row(p, 5).person().tierOverride()).isNull();
    }

    // ---- import and result

    @Test
    void importingWritesTheGoodRowsAndTheRejectedOnesCanBeSaved() {
        SheetImportViewModel vm = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        vm.next();
        PreviewViewModel p = vm.previewProperty().get();
        p.villageDecisions().get(0).kindProperty().set(VillageDecision.Kind.CREATE);
        int before = ledger.loadEntries().size();

        vm.importNow();

        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.DONE);
        assertThat(zh.text(vm.resultText())).isEqualTo("导入完成：新增 3 人，更新 1 人，新建 1 个村（社区）");
        assertThat(zh.text(vm.summaryText())).isEqualTo("表格共 7 行：新增 3，更新 1，无变化 0，不能导入 3。");
        assertThat(imported).isEqualTo(1);
        List<LedgerEntry> after = ledger.loadEntries();
        assertThat(after).hasSize(before + 3);
        assertThat(after).filteredOn(e -> e.residentId().equals(ImportSheets.NEW_VILLAGE_ID)).singleElement()
                .satisfies(e -> assertThat(e.villageName()).isEqualTo(ImportSheets.VILLAGE_NAME));
        assertThat(after).filteredOn(e -> e.personId() == existing.personId()).singleElement()
                .satisfies(e -> assertThat(e.phone()).isEqualTo("13912345607"));
        assertThat(vm.rejectedCount()).isEqualTo(3);

        Path out = dir.resolve("rejected.xlsx");
        vm.saveRejected(out);
        assertThat(vm.rejectedSavedProperty().get()).isEqualTo(out);
        assertThat(zh.text(vm.statusProperty().get())).contains("3");
        List<SheetRow> rows = read(out);
        assertThat(rows.get(0).cells()).startsWith("导入错误（改正后可再次导入）", "序号", "姓名", "身份证号码");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).cell(0)).contains("身份证号");
        assertThat(rows.get(1).cell(2)).isEqualTo(ImportSheets.DAMAGED_NAME);
        assertThat(rows.subList(2, 4)).allSatisfy(r -> assertThat(r.cell(0)).contains("重复"));
    }

    @Test
    void aLedgerChangedSinceThePreviewIsReadAgainAndNothingIsWritten() {
        SheetImportViewModel vm = wizard(ImportSheets.ledger(dir, "ledger.xlsx", village.name(), existing));
        vm.next();
        Person stored = ledger.find(existing.personId()).orElseThrow();
        ledger.save(stored.toBuilder().phone("13700000000").build(), "另一位用户");
        int before = ledger.loadEntries().size();

        vm.importNow();

        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.MAPPING);
        assertThat(zh.text(vm.errorProperty().get())).startsWith("预览之后台账已被修改");
        assertThat(ledger.loadEntries()).hasSize(before);
        assertThat(imported).isZero();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        assertThat(vm.errorProperty().get()).isNull();
        vm.importNow();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.DONE);
        assertThat(ledger.loadEntries()).hasSize(before + 2);
        // the failure this test provokes, and nothing else, went to the runner
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void cancellingTheReadGoesBackToTheMapping() {
        SheetImportViewModel vm = wizard(ImportSheets.many(dir, "many.xlsx", village.name(), 300));
        vm.progressProperty().addListener((o, a, b) -> vm.cancel());

        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.MAPPING);
        assertThat(zh.text(vm.statusProperty().get())).isEqualTo(zh.get("import.ui.readCancelled"));
        assertThat(vm.previewProperty().get()).isNull();
    }

    @Test
    void cancellingTheImportWritesNothing() {
        SheetImportViewModel vm = wizard(ImportSheets.many(dir, "many.xlsx", village.name(), 450));
        vm.next();
        assertThat(vm.previewProperty().get().countProperty(RowAction.ADD).get()).isEqualTo(450);
        int before = ledger.loadEntries().size();
        AtomicInteger progressSeen = new AtomicInteger();
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                progressSeen.incrementAndGet();
                vm.cancel();
            }
        });

        vm.importNow();

        assertThat(progressSeen.get()).isPositive();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        assertThat(zh.text(vm.statusProperty().get())).isEqualTo("已取消导入，没有导入任何数据。");
        assertThat(ledger.loadEntries()).hasSize(before);
        assertThat(imported).isZero();
    }

    @Test
    void aFileThatIsNoSheetCannotBeOpened() throws Exception {
        Path notASheet = dir.resolve("notes.xlsx");
        java.nio.file.Files.writeString(notASheet, "这不是表格");
        List<Throwable> errors = new ArrayList<>();
        runner.run("t", () -> imports.open(notASheet, null), l -> { }, errors::add);
        assertThat(errors).singleElement().isInstanceOf(io.guankou.persistence.sheet.SheetReadException.class);
        String text = new ImportTexts(zh).sheetError((io.guankou.persistence.sheet.SheetReadException) errors.get(0),
                null);
        assertThat(text).isNotBlank().doesNotContain("import.");
        // the failure this test provokes, and nothing else, went to the runner
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    static List<SheetRow> read(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(file)) {
            reader.rows(rows::add);
        }
        return rows;
    }
}
