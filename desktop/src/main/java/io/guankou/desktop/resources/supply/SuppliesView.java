package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The medicines and test kits tab of the resources view: the stock and the set-up, one sub-tab each. */
public final class SuppliesView extends BorderPane {

    public SuppliesView(SuppliesViewModel vm, Messages msg) {
        getStyleClass().add("supplies-view");
        setTop(new LoadFailureBar("supplies-load-failure", vm.state(), msg, vm::reload));
        TabPane tabs = new TabPane();
        tabs.setId("supplies-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab stock = new Tab(msg.get("supplies.tab.stock"), new StockPane(vm, msg));
        stock.setId("supplies-tab-stock");
        Tab setup = new Tab(msg.get("supplies.tab.setup"), new SetupPane(vm.setup(), vm.state(), msg));
        setup.setId("supplies-tab-setup");
        tabs.getTabs().addAll(stock, setup);
        setCenter(tabs);
    }
}
