package io.guankou.desktop.resources.returnee;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.returnee.ReturneeImporter;
import io.guankou.persistence.returnee.ReturneeRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Registering returnees through the real form, headless, at the size the main window leaves at 1366x768: a typed
 * returnee who joins a household with a red person is listed first and marked; a form with bad values says why under
 * each field and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ReturneesFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 80;

    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    ReturneesViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        file = TestTownship.copyInto(Files.createTempDirectory("guankou-returnees"));
        db = Database.open(file);
        vm = new ReturneesViewModel(new ReturneeRepository(db, TestClocks.FIXED), new PlaceRepository(db), runner,
                new DataEvents(), TestClocks.FIXED, "测试员");
        ReturneeRepository repo = new ReturneeRepository(db, TestClocks.FIXED);
        ReturneeImportViewModel importVm = new ReturneeImportViewModel(new ReturneeImporter(db, repo,
                new PlaceRepository(db)), runner, new DataEvents(), TestClocks.FIXED, "测试员");
        ReturneesView view = new ReturneesView(vm, importVm, Messages.of(Language.ZH), new NoFiles());
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.sizeToScene();
        stage.show();
        vm.reload();
    }

    /** A picker that is never asked here. */
    static final class NoFiles implements FilePicker {
        @Override
        public Path sheetToImport(Window owner) {
            return null;
        }

        @Override
        public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
            return null;
        }
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReturneeTypedIntoTheFormJoinsARedHouseholdAndIsListedFirst(FxRobot robot) {
        // the demo's four returnees, one of them in a household with a red person
        assertThat(vm.lines()).hasSize(4);
        assertThat(vm.lines().get(0).redInHousehold()).isTrue();
        HouseholdRef red = new ReturneeRepository(db, TestClocks.FIXED).households(TestClocks.TODAY).values().stream()
                .filter(HouseholdRef::hasRed).findFirst().orElseThrow();
        HouseholdRef plain = new ReturneeRepository(db, TestClocks.FIXED).households(TestClocks.TODAY).values()
                .stream().filter(h -> !h.hasRed()).findFirst().orElseThrow();
        // a first returnee, to a household without a red person, told everything
        robot.interact(() -> {
            vm.startNew();
            vm.nameProperty().set("赵先到");
            vm.villageIdProperty().set(plain.villageId());
            vm.householdIdProperty().set(plain.id());
            vm.fromProperty().set("浙江义乌");
            vm.clinicNumberProperty().set(true);
            vm.adviceProperty().set(true);
            vm.save();
        });
        robot.clickOn("#returnee-new");
        robot.clickOn("#returnee-name").write("陈返乡");
        robot.clickOn("#returnee-phone").write("13800001111");
        ComboBox<?> village = robot.lookup("#returnee-village").queryAs(ComboBox.class);
        robot.interact(() -> vm.villageIdProperty().set(red.villageId()));
        assertThat(village.getValue()).isNotNull();
        ComboBox<HouseholdRef> household = robot.lookup("#returnee-household").queryAs(ComboBox.class);
        robot.interact(() -> household.setValue(household.getItems().stream().filter(h -> h.id() == red.id())
                .findFirst().orElseThrow()));
        robot.clickOn("#returnee-from").write("广东东莞");
        robot.clickOn("#returnee-clinic-number");
        robot.clickOn("#returnee-save");

        assertThat(robot.lookup("#returnee-notice").queryAs(Label.class).getText()).isEqualTo("已保存返乡人员：陈返乡");
        TableView<ReturneeRules.Line> table = robot.lookup("#returnees-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        ReturneeRules.Line first = table.getItems().get(0);
        assertThat(first.returnee().name()).isEqualTo("陈返乡");
        assertThat(first.returnee().householdId()).isEqualTo(red.id());
        assertThat(first.returnee().clinicNumberGiven()).isTrue();
        assertThat(first.returnee().adviceGiven()).isFalse();
        assertThat(first.returnee().arrival()).isEqualTo(TestClocks.TODAY);
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getIndex() == 0)
                .queryAs(TableRow.class);
        assertThat(row.getStyleClass()).contains(ReturneesView.RED_CLASS);
    }

    @Test
    void badValuesAreNamedUnderTheirFieldsAndNothingIsWritten(FxRobot robot) {
        robot.clickOn("#returnee-phone").write("12ab");
        robot.clickOn("#returnee-arrival").eraseText(10).write("2026-11-21");
        robot.clickOn("#returnee-save");
        assertThat(robot.lookup("#returnee-name-message").queryAs(Label.class).getText()).isEqualTo("必填");
        assertThat(robot.lookup("#returnee-phone-message").queryAs(Label.class).getText())
                .isEqualTo("电话号码格式不对（7—20 位数字）");
        assertThat(robot.lookup("#returnee-village-message").queryAs(Label.class).getText()).isEqualTo("必填");
        assertThat(robot.lookup("#returnee-arrival-message").queryAs(Label.class).getText()).isEqualTo("不能晚于今天");
        assertThat(vm.lines()).hasSize(4);
        assertThat(new ReturneeRepository(db, TestClocks.FIXED).returnees()).hasSize(4);
    }

    @Test
    void aFailedLoadIsShownAndARetryLoads(FxRobot robot) {
        try (BrokenTable broken = BrokenTable.hide(file, "returnee")) {
            robot.interact(vm::reload);
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        robot.interact(vm::reload);
        assertThat(vm.state().isReady()).isTrue();
    }
}
