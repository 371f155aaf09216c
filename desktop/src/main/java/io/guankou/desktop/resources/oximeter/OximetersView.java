package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The oximeter tab of the resources view (issue 13): a line with the stock, the total shortfall and the
 * returns overdue, then one tab each for the shortfall, the devices, a delivery, the allocation planner, issue and
 * return at home, and the minimums.
 */
public final class OximetersView extends BorderPane {

    /** The view-models behind the panes; the composition root builds them. */
    public record Models(OximetersViewModel main, DeliveryViewModel delivery, AllocationViewModel allocation,
                         HomeIssueViewModel issue, OximeterRulesViewModel rules) {
    }

    public OximetersView(Models m, Messages msg) {
        setId("oximeters-view");
        OximetersViewModel vm = m.main();
        Label summary = new Label();
        summary.setId("oximeter-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> msg.format("oximeter.summary",
                vm.workingInStockProperty().get(), vm.totalShortfallProperty().get(),
                vm.holdersShortProperty().get(), vm.overdue().size()),
                vm.workingInStockProperty(), vm.totalShortfallProperty(), vm.holdersShortProperty(), vm.overdue()));
        summary.setPadding(new Insets(4, 8, 0, 8));
        TabPane tabs = new TabPane(
                tab("oximeter-tab-shortfall", msg.get("oximeter.tab.shortfall"), new ShortfallPane(vm, msg)),
                tab("oximeter-tab-devices", msg.get("oximeter.tab.devices"), new DevicesPane(vm, msg)),
                tab("oximeter-tab-delivery", msg.get("oximeter.tab.delivery"), new DeliveryPane(m.delivery(), msg)),
                tab("oximeter-tab-plan", msg.get("oximeter.tab.plan"), new AllocationPane(m.allocation(), msg)),
                tab("oximeter-tab-home", msg.get("oximeter.tab.home"), new HomePane(m.issue(), vm, msg)),
                tab("oximeter-tab-rules", msg.get("oximeter.tab.rules"), new RulesPane(m.rules(), msg)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("oximeter-tabs");
        // not while a reload runs after a write: the keyboard flows keep their focus
        tabs.disableProperty().bind(vm.overviewProperty().isNull()
                .or(vm.state().phaseProperty().isEqualTo(io.guankou.desktop.task.LoadState.Phase.FAILED)));
        setTop(new VBox(new LoadFailureBar("oximeter-load-failure", vm.state(), msg, vm::reload), summary));
        setCenter(tabs);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }
}
