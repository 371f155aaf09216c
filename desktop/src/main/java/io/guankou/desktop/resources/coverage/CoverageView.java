package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The coverage tab of the resources view (ambulances and transport): coverage per health centre, the ambulances and the
 * non-emergency fleet, one sub-tab each; binds to {@link CoverageViewModel}.
 */
public final class CoverageView extends BorderPane {

    public CoverageView(CoverageViewModel vm, Messages msg) {
        getStyleClass().add("coverage-view");
        setTop(new LoadFailureBar("coverage-load-failure", vm.state(), msg, vm::reload));
        TabPane tabs = new TabPane();
        tabs.setId("coverage-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("coverage-tab-coverage", msg.get("coverage.tab.coverage"), new CoveragePane(vm, msg)),
                tab("coverage-tab-ambulances", msg.get("coverage.tab.ambulances"),
                        new AmbulancesPane(vm.ambulances(), vm.state(), msg)),
                tab("coverage-tab-fleet", msg.get("coverage.tab.fleet"), new FleetPane(vm.fleet(), vm.state(), msg)));
        setCenter(tabs);
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }
}
