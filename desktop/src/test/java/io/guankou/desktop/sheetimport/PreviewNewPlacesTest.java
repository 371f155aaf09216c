package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.place.TownshipSetup;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.model.sheet.UnknownGrid;
import io.guankou.model.sheet.UnknownTeam;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.ImportResult;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.setup.LedgerCreator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's grids and teams from the sheet, without a stage: the two lists of what would be created, the two
 * decisions (on at an office's first import, off once the ledger has grids and teams) and the import they make.
 */
class PreviewNewPlacesTest {

    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号码", "所在村", "村民小组", "包保责任人");
    private static final String RESPONSIBLE = "欧阳责任人";
    private static final String ID_1 = ResidentIds.withCheckCharacter("11010119500101011");
    private static final String ID_2 = ResidentIds.withCheckCharacter("11010119500101021");
    private static final String ID_3 = ResidentIds.withCheckCharacter("11010119500101031");

    @TempDir
    Path dir;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    int imported;

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private SheetImportViewModel wizard(Path file) {
        SheetImports imports = new SheetImports(new LedgerImporter(db, TestClocks.FIXED),
                new ImportMappingRepository(db, TestClocks.FIXED), new PlaceRepository(db), TestClocks.FIXED, "测试员");
        SheetImportViewModel vm = new SheetImportViewModel(imports.open(file, null), runner, new ImportTexts(zh),
                () -> imported++);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        return vm;
    }

    /** Two persons in {@code a}'s 9组 and one in {@code b}'s, all three with the same responsible person. */
    private Path sheet(String a, String b) {
        return ImportSheets.write(dir.resolve("村民小组.xlsx"), HEADERS, List.of(
                List.of(1, "张一", ID_1, a, "9组", RESPONSIBLE),
                List.of(2, "张二", ID_2, a, "9组", RESPONSIBLE),
                List.of(3, "张三", ID_3, b, "9组", RESPONSIBLE)));
    }

    private static PlannedRow row(PreviewViewModel p, String residentId) {
        return p.plan().rows().stream().filter(r -> residentId.equals(r.residentId())).findFirst().orElseThrow();
    }

    @Test
    void aLedgerWithGridsAndTeamsListsTheNewOnesAndCreatesThemOnlyWhenAsked() {
        db = Database.open(TestTownship.copyInto(dir));
        List<Village> villages = new PlaceRepository(db).villages();
        Village a = villages.get(0);
        Village b = villages.get(1);
        int gridsBefore = new PlaceRepository(db).grids().size();
        SheetImportViewModel vm = wizard(sheet(a.name(), b.name()));
        PreviewViewModel p = vm.previewProperty().get();

        assertThat(p.createGridsProperty().get()).as("the ledger has grids: asked, not assumed").isFalse();
        assertThat(p.createTeamsProperty().get()).isFalse();
        assertThat(p.newGrids()).extracting(UnknownGrid::name, UnknownGrid::villageId, UnknownGrid::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9组", a.id(), 2),
                        org.assertj.core.groups.Tuple.tuple("9组", b.id(), 1));
        assertThat(p.newGrids().stream().map(p::gridLine).toList()).containsExactly(
                Msg.of("import.ui.gridLine", "9组", a.name(), 2), Msg.of("import.ui.gridLine", "9组", b.name(), 1));
        assertThat(p.newTeams().stream().map(p::teamLine).map(zh::text).toList()).containsExactly(
                RESPONSIBLE + "（" + a.name() + "，2 行，负责人 " + RESPONSIBLE + "）",
                RESPONSIBLE + "（" + b.name() + "，1 行，负责人 " + RESPONSIBLE + "）");
        assertThat(p.gridsToCreateProperty().get()).isZero();
        assertThat(p.teamsToCreateProperty().get()).isZero();
        assertThat(row(p, ID_1).person().gridId()).isNull();
        assertThat(row(p, ID_1).notes()).isNotEmpty();

        p.createGridsProperty().set(true);
        assertThat(p.gridsToCreateProperty().get()).isEqualTo(2);
        assertThat(p.teamsToCreateProperty().get()).isZero();
        assertThat(SheetVillages.isPlaceholder(row(p, ID_1).person().gridId())).isTrue();
        assertThat(row(p, ID_1).person().responsibilityTeamId()).isNull();
        p.createTeamsProperty().set(true);
        assertThat(p.teamsToCreateProperty().get()).isEqualTo(2);
        assertThat(p.choices().createGrids()).isTrue();
        assertThat(p.choices().createTeams()).isTrue();
        assertThat(row(p, ID_1).notes()).isEmpty();

        vm.importNow();

        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.DONE);
        assertThat(vm.resultProperty().get()).isEqualTo(new ImportResult(3, 0, 0, 2, 2));
        assertThat(zh.text(vm.resultText()))
                .isEqualTo("导入完成：新增 3 人，更新 0 人，新建 0 个村（社区）、2 个网格、2 个责任团队");
        assertThat(new PlaceRepository(db).grids()).hasSize(gridsBefore + 2);
        assertThat(imported).isEqualTo(1);
        vm.close();
    }

    @Test
    void anOfficesFirstImportCreatesTheVillagesGridsAndTeamsItsSheetNames() {
        Path file = new LedgerCreator(TestClocks.FIXED).create(dir.resolve("new.db"),
                new TownshipSetup("500235124", "平安镇", 60), "测试员");
        db = Database.open(file);
        SheetImportViewModel vm = wizard(sheet("龙洞村", "石桥村"));
        PreviewViewModel p = vm.previewProperty().get();

        assertThat(p.createGridsProperty().get()).isTrue();
        assertThat(p.createTeamsProperty().get()).isTrue();
        assertThat(p.villageDecisions()).extracting(d -> d.kindProperty().get())
                .containsOnly(VillageDecision.Kind.CREATE);
        assertThat(p.newGrids()).extracting(UnknownGrid::villageId).allMatch(SheetVillages::isPlaceholder);
        assertThat(p.newGrids().stream().map(p::gridLine).map(zh::text).toList())
                .containsExactly("9组（龙洞村，2 行）", "9组（石桥村，1 行）");
        assertThat(p.newTeams()).extracting(UnknownTeam::leader).containsOnly(RESPONSIBLE);
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(3);
        assertThat(p.villagesToCreateProperty().get()).isEqualTo(2);
        assertThat(p.gridsToCreateProperty().get()).isEqualTo(2);
        assertThat(p.teamsToCreateProperty().get()).isEqualTo(2);

        vm.importNow();

        assertThat(vm.resultProperty().get()).isEqualTo(new ImportResult(3, 0, 2, 2, 2));
        PlaceRepository places = new PlaceRepository(db);
        assertThat(places.grids()).extracting(g -> g.name()).containsExactly("9组", "9组");
        assertThat(places.responsibilityTeams()).extracting(t -> t.name()).containsExactly(RESPONSIBLE, RESPONSIBLE);
        vm.close();
    }

    @Test
    void aSheetNamingNoUnknownGridOrTeamHasEmptyLists() {
        db = Database.open(TestTownship.copyInto(dir));
        Village a = new PlaceRepository(db).villages().get(0);
        Path file = ImportSheets.write(dir.resolve("plain.xlsx"), List.of("姓名", "身份证号码", "所在村"),
                List.of(List.of("张一", ID_1, a.name())));

        PreviewViewModel p = wizard(file).previewProperty().get();

        assertThat(p.newGrids()).isEmpty();
        assertThat(p.newTeams()).isEmpty();
        assertThat(p.gridsToCreateProperty().get()).isZero();
    }
}
