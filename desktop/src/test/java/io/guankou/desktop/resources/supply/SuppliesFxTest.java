package io.guankou.desktop.resources.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.supply.SupplySettingsRepository;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The supplies tab through its real controls, headless, in the space the main window leaves it at 1366x768: the first
 * row is an alert marked red; selecting it and typing a quantity with Enter records an issue, and the next quantity
 * typed goes to the same facility and item.
 */
@ExtendWith(ApplicationExtension.class)
class SuppliesFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 80;

    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    SuppliesViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-supplies")));
        vm = new SuppliesViewModel(new SupplyServices(new SupplyRepository(db, TestClocks.FIXED),
                new SupplySettingsRepository(db, TestClocks.FIXED), runner, new DataEvents(), "测试员",
                TestClocks.FIXED));
        SuppliesView view = new SuppliesView(vm, Messages.of(Language.ZH));
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.sizeToScene();
        stage.show();
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIssueIsTypedFromTheSelectedAlertRowWithEnter(FxRobot robot) {
        TableView<StockLine> table = robot.lookup("#supplies-table").queryAs(TableView.class);
        StockLine first = table.getItems().get(0);
        assertThat(first.status()).isEqualTo(SupplyStatus.UNDER_ALERT_DAYS);
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getIndex() == 0)
                .queryAs(TableRow.class);
        assertThat(row.getStyleClass()).contains(StockPane.ALERT_CLASS);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#supply-quantity").write("3").type(KeyCode.ENTER);
        assertThat(robot.lookup("#supply-notice").queryAs(Label.class).getText())
                .isEqualTo("已登记发放：" + first.facilityName() + " " + first.item().name() + " 3 " + first.item().unit());
        robot.write("2").type(KeyCode.ENTER);
        StockLine after = vm.lines().stream().filter(l -> l.facilityId() == first.facilityId()
                && l.item().id() == first.item().id()).findFirst().orElseThrow();
        assertThat(after.stock()).isEqualTo(first.stock() - 5);
    }

    @Test
    void aRefusedQuantitySaysWhyUnderTheField(FxRobot robot) {
        robot.interact(() -> robot.lookup("#supplies-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#supply-quantity").write("abc").type(KeyCode.ENTER);
        assertThat(robot.lookup("#supply-quantity-message").queryAs(Label.class).getText())
                .isEqualTo("请填整数");
    }
}
