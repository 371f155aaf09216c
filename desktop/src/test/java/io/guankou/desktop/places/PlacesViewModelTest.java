package io.guankou.desktop.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ledger.LedgerViewModel;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.placeedit.PlaceHistoryRepository;
import io.guankou.persistence.placeedit.PlaceRejectedException;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.placeedit.PlaceUseRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places editor's view-models over the demo township, without a stage. */
class PlacesViewModelTest {

    private static final String USER = "办公室小王";

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<DataChange> published = new ArrayList<>();
    PlaceEditor editor;
    PlacesViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        editor = new PlaceEditor(db, TestClocks.FIXED);
        events.subscribe(EnumSet.allOf(DataKind.class), published::add);
        vm = new PlacesViewModel(new PlaceServices(new PlaceRepository(db), new PlaceHistoryRepository(db),
                new PlaceUseRepository(db), editor, runner, events, USER, TestClocks.ZONE));
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private VillagesViewModel.Row village(String name) {
        return vm.villages().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Msg problem(String kind) {
        return Msg.of("enum.PlaceProblem.Kind." + kind, "500235124");
    }

    @Test
    void everyKindOfPlaceLoadsWithWhatItHolds() {
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.NOT_LOADED);
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.villages().rows()).hasSize(14).noneMatch(VillagesViewModel.Row::placeholder);
        VillagesViewModel.Row community = village("平安社区");
        assertThat(community.code()).isEqualTo("500235124001");
        assertThat(community.grids()).isEqualTo(4);
        long inLedger = new LedgerRepository(db, TestClocks.FIXED).loadEntries().stream()
                .filter(e -> e.villageId() == community.id()).count();
        assertThat(community.persons()).isEqualTo(inLedger).isPositive();
        assertThat(vm.grids().rows()).isNotEmpty();
        assertThat(vm.teams().rows()).allMatch(t -> t.members() >= 3 && t.medical());
        assertThat(vm.facilities().rows()).extracting(FacilitiesViewModel.Row::name).contains("平安镇中心卫生院");
    }

    @Test
    void aNewGridSaysPerFieldWhatIsMissingThenSavesAndIsSelected() {
        vm.reload();
        GridsViewModel grids = vm.grids();
        grids.startNew();
        assertThat(grids.errors()).as("an untouched new form is not greeted in red").isEmpty();
        assertThat(grids.validProperty().get()).isFalse();
        assertThat(grids.save()).isFalse();

        long longdong = village("龙洞村").id();
        grids.villageIdProperty().set(longdong);
        assertThat(grids.errors()).as("once typed in, every field says what it lacks")
                .containsOnlyKeys(PlaceField.NAME).containsEntry(PlaceField.NAME, problem("REQUIRED"));
        grids.nameProperty().set("第一网格");
        assertThat(grids.errors()).containsOnlyKeys(PlaceField.NAME)
                .containsEntry(PlaceField.NAME, problem("NAME_TAKEN_IN_VILLAGE"));
        grids.nameProperty().set("第九网格");
        long team = grids.teamsOf(longdong).get(0).id();
        grids.teamIdProperty().set(team);
        assertThat(grids.validProperty().get()).isTrue();

        assertThat(grids.save()).isTrue();

        assertThat(published).containsExactly(new DataChange.PlacesChanged());
        GridsViewModel.Row saved = grids.rows().stream().filter(r -> r.name().equals("第九网格")).findFirst()
                .orElseThrow();
        assertThat(saved.villageName()).isEqualTo("龙洞村");
        assertThat(saved.teamId()).isEqualTo(team);
        assertThat(grids.selectedIdProperty().get()).isEqualTo(saved.id());
        assertThat(grids.noticeProperty().get().text().key()).isEqualTo("places.saved");
        assertThat(grids.history()).extracting(PlaceChange::field, PlaceChange::newValue, PlaceChange::changedBy)
                .containsExactly(tuple("CREATED", "第九网格", USER));
    }

    @Test
    void aGridsTeamFollowsItsVillage() {
        vm.reload();
        GridsViewModel grids = vm.grids();
        long longdong = village("龙洞村").id();
        grids.villageIdProperty().set(longdong);
        grids.teamIdProperty().set(grids.teamsOf(longdong).get(0).id());
        grids.villageIdProperty().set(village("石门村").id());
        assertThat(grids.teamIdProperty().get()).isNull();
    }

    @Test
    void renamingAVillageShowsInItsHistoryAndInTheLedgersFilters() {
        LedgerViewModel ledger = new LedgerViewModel(new LedgerRepository(db, TestClocks.FIXED),
                new PlaceRepository(db), new TierRulesRepository(db, TestClocks.FIXED), runner, TestClocks.FIXED,
                USER, events);
        ledger.reload();
        vm.reload();
        VillagesViewModel villages = vm.villages();
        villages.select(village("龙洞村").id());
        assertThat(villages.nameProperty().get()).isEqualTo("龙洞村");
        villages.nameProperty().set("龙洞新村");
        assertThat(villages.save()).isTrue();

        assertThat(villages.history()).extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactly(tuple("NAME", "龙洞村", "龙洞新村"));
        assertThat(village("龙洞新村").code()).isEqualTo("500235124200");
        // the ledger heard of it: its village filter and its rows say the new name
        assertThat(ledger.placeListsProperty().get().villages()).extracting(Village::name).contains("龙洞新村")
                .doesNotContain("龙洞村");
        assertThat(ledger.rows()).filteredOn(e -> e.villageId() == village("龙洞新村").id()).isNotEmpty()
                .allMatch(e -> e.villageName().equals("龙洞新村"));
    }

    @Test
    void aVillageCodeMustStartWithTheTownshipsCode() {
        vm.reload();
        VillagesViewModel villages = vm.villages();
        villages.startNew();
        assertThat(villages.codeProperty().get()).as("the township's digits to start with").isEqualTo("500235124");
        assertThat(villages.errors()).isEmpty();
        villages.codeProperty().set("5002351242");
        assertThat(villages.errors()).containsEntry(PlaceField.CODE, problem("WRONG_LENGTH"));
        villages.codeProperty().set("500235125212");
        assertThat(villages.errors()).containsEntry(PlaceField.CODE, problem("OUTSIDE_TOWNSHIP"));
        villages.codeProperty().set("500235124201");
        assertThat(villages.errors()).containsEntry(PlaceField.CODE, problem("CODE_TAKEN"));
        villages.codeProperty().set("500235124212");
        villages.nameProperty().set("新华村");
        villages.urbanRuralProperty().set(UrbanRuralClass.C220);
        villages.longitudeProperty().set("108.7");
        assertThat(villages.errors()).containsOnlyKeys(PlaceField.LATITUDE);
        villages.latitudeProperty().set("30.9");
        assertThat(villages.save()).isTrue();
        assertThat(village("新华村").code()).isEqualTo("500235124212");
    }

    @Test
    void anImportsPlaceholderCodeIsMarkedUntilCorrected() {
        ImportedVillage.importInto(db, dir);
        vm.reload();
        VillagesViewModel.Row imported = village(ImportedVillage.NAME);
        // the import's code: the township's and the first free number from 201 (the demo has 201 to 211)
        assertThat(imported.code()).isEqualTo("500235124212");
        assertThat(imported.placeholder()).isTrue();
        assertThat(vm.villages().rows()).filteredOn(VillagesViewModel.Row::placeholder).hasSize(1);

        VillagesViewModel villages = vm.villages();
        villages.select(imported.id());
        assertThat(villages.placeholderProperty().get()).isTrue();
        villages.codeProperty().set("500235124230");
        assertThat(villages.save()).isTrue();

        assertThat(village(ImportedVillage.NAME).placeholder()).isFalse();
        assertThat(villages.placeholderProperty().get()).isFalse();
        assertThat(villages.history()).extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactly(tuple("CODE", "500235124212", "500235124230"));
    }

    @Test
    void aPlaceholderCodeThatIsRightIsConfirmed() {
        ImportedVillage.importInto(db, dir);
        vm.reload();
        VillagesViewModel villages = vm.villages();
        villages.select(village(ImportedVillage.NAME).id());
        villages.nameProperty().set("石坝村");
        villages.save();
        assertThat(village("石坝村").placeholder()).as("renamed, code not checked").isTrue();
        villages.codeCheckedProperty().set(true);
        villages.save();
        assertThat(village("石坝村").placeholder()).isFalse();
        assertThat(villages.history()).extracting(PlaceChange::field).containsExactly("CODE_CONFIRMED", "NAME");
    }

    @Test
    void mergingTwoVillagesMovesTheirPersonsAndTellsTheLedger() {
        vm.reload();
        VillagesViewModel.Row from = village("双河村");
        VillagesViewModel.Row into = village("龙洞村");
        vm.villages().select(from.id());
        RemovalViewModel removal = vm.villages().removal().orElseThrow();
        assertThat(removal.removable()).isFalse();
        assertThat(removal.mergeable()).isTrue();
        assertThat(removal.summary().key()).isEqualTo("places.remove.mergeOnly");
        assertThat(removal.holds()).contains(Msg.of("places.use.persons", from.persons()));
        assertThat(removal.targets()).extracting(RemovalViewModel.Target::id).hasSize(13).doesNotContain(from.id());
        assertThat(removal.mergeReadyProperty().get()).isFalse();
        removal.targetIdProperty().set(into.id());
        assertThat(removal.mergeReadyProperty().get()).isTrue();
        boolean[] done = {false};

        removal.merge(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(published).containsExactly(new DataChange.PlacesChanged(), new DataChange.LedgerReplaced());
        assertThat(vm.villages().rows()).hasSize(13).extracting(VillagesViewModel.Row::id).doesNotContain(from.id());
        assertThat(village("龙洞村").persons()).isEqualTo(into.persons() + from.persons());
        assertThat(vm.villages().selectedIdProperty().get()).as("the merged village is gone from the form").isNull();
        assertThat(vm.villages().noticeProperty().get().text())
                .isEqualTo(Msg.of("places.merged", "双河村", "龙洞村", (int) from.persons()));
        List<LedgerEntry> moved = new LedgerRepository(db, TestClocks.FIXED).loadEntries().stream()
                .filter(e -> e.villageId() == from.id()).toList();
        assertThat(moved).isEmpty();
    }

    @Test
    void aGridWithNothingIsRemoved() {
        vm.reload();
        GridsViewModel grids = vm.grids();
        grids.startNew();
        grids.villageIdProperty().set(village("龙洞村").id());
        grids.nameProperty().set("空网格");
        grids.save();
        long id = grids.selectedIdProperty().get();
        RemovalViewModel removal = grids.removal().orElseThrow();
        assertThat(removal.removable()).isTrue();
        assertThat(removal.summary()).isEqualTo(Msg.of("places.remove.nothing", "空网格"));
        removal.remove(() -> { });
        assertThat(grids.rows()).extracting(GridsViewModel.Row::id).doesNotContain(id);
        assertThat(grids.noticeProperty().get().text()).isEqualTo(Msg.of("places.removed", "空网格"));
    }

    @Test
    void aTeamsMembersAreEditedThereAndTheRoleSetsTheMedicalFlag() {
        vm.reload();
        TeamsViewModel teams = vm.teams();
        TeamsViewModel.Row team = teams.rows().get(0);
        teams.select(team.id());
        MembersViewModel members = teams.members();
        assertThat(members.rows()).hasSize(team.members());
        assertThat(teams.warningProperty().get()).isNull();
        members.startNew();
        members.nameProperty().set("冉医生");
        members.roleProperty().set(TeamRole.HEALTH_CENTRE_DOCTOR);
        assertThat(members.medicalProperty().get()).isTrue();
        members.roleProperty().set(TeamRole.VOLUNTEER);
        assertThat(members.medicalProperty().get()).isFalse();
        members.phoneProperty().set("电话");
        assertThat(members.errors()).containsOnlyKeys(PlaceField.PHONE)
                .containsEntry(PlaceField.PHONE, problem("PHONE_FORMAT"));
        members.phoneProperty().set("13900000001");
        assertThat(members.save()).isTrue();

        assertThat(members.rows()).extracting(TeamMember::name).contains("冉医生");
        assertThat(teams.selectedIdProperty().get()).isEqualTo(team.id());
        assertThat(teams.history()).extracting(PlaceChange::kind, PlaceChange::field, PlaceChange::newValue)
                .contains(tuple(PlaceKind.MEMBER, "CREATED", "冉医生"));

        RemovalViewModel removal = members.removal().orElseThrow();
        assertThat(removal.removable()).isTrue();
        assertThat(removal.summary()).isEqualTo(Msg.of("places.remove.member", "冉医生"));
        removal.remove(() -> { });
        assertThat(members.rows()).extracting(TeamMember::name).doesNotContain("冉医生");
        assertThat(teams.history()).extracting(PlaceChange::kind, PlaceChange::field, PlaceChange::oldValue)
                .contains(tuple(PlaceKind.MEMBER, "REMOVED", "冉医生"));
    }

    @Test
    void aRefusalByTheEditorShowsAtTheField() {
        vm.reload();
        // another window took the code after the editor loaded
        editor.saveVillage(new VillageEdit(0, "500235124230", "别处新村", UrbanRuralClass.C220, "", ""), false,
                "别人");
        VillagesViewModel villages = vm.villages();
        villages.startNew();
        villages.codeProperty().set("500235124230");
        villages.nameProperty().set("新华村");
        villages.urbanRuralProperty().set(UrbanRuralClass.C220);
        assertThat(villages.save()).isTrue();
        assertThat(runner.errors).singleElement().isInstanceOf(PlaceRejectedException.class);
        runner.errors.clear();
        assertThat(villages.errors()).containsEntry(PlaceField.CODE, problem("CODE_TAKEN"));
        assertThat(villages.noticeProperty().get().error()).isTrue();
        assertThat(published).isEmpty();
    }

    @Test
    void placesThatCannotBeReadFailWithTheReasonAndLoadOnRetry() {
        try (BrokenTable broken = BrokenTable.hide(file, "place_change")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
            assertThat(vm.villages().rows()).isEmpty();
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.villages().rows()).hasSize(14);
    }

    @Test
    void aChangeElsewhereLoadsThePlacesAgain() {
        vm.reload();
        editor.saveVillage(new VillageEdit(0, "500235124230", "别处新村", UrbanRuralClass.C220, "", ""), false,
                "别人");
        assertThat(vm.villages().rows()).hasSize(14);
        events.publish(new DataChange.LedgerReplaced());
        assertThat(vm.villages().rows()).hasSize(15);
    }
}
