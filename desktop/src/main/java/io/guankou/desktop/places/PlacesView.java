package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The places editor: villages, grids, responsibility teams and health facilities, one tab each, a list beside a
 * form with the selected place's history; binds to {@link PlacesViewModel}.
 */
public final class PlacesView extends BorderPane {

    public PlacesView(PlacesViewModel vm, Messages msg) {
        getStyleClass().add("places-view");
        PlaceForms forms = new PlaceForms(msg, vm.state(), this::owner);
        TabPane tabs = new TabPane(
                tab("places-tab-villages", msg.get("places.tab.villages"),
                        new VillagesPane(vm.villages(), vm, forms)),
                tab("places-tab-grids", msg.get("places.tab.grids"), new GridsPane(vm.grids(), vm, forms)),
                tab("places-tab-teams", msg.get("places.tab.teams"), new TeamsPane(vm.teams(), vm, forms,
                        this::owner)),
                tab("places-tab-facilities", msg.get("places.tab.facilities"),
                        new FacilitiesPane(vm.facilities(), vm, forms)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("places-tabs");
        setTop(new LoadFailureBar("places-load-failure", vm.state(), msg, vm::reload));
        setCenter(tabs);
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox box = new VBox(scroll);
        box.setPadding(new Insets(8, 0, 0, 0));
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Tab t = new Tab(title, box);
        t.setId(id);
        return t;
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
