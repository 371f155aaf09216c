package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.LoadFailureBar;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The data-exchange view: this ledger and its key's fingerprint at the top, then four tabs — export,
 * import, conflicts, log. Binds to {@link ExchangeViewModel}; file and folder dialogs through {@link FilePicker}.
 */
public final class ExchangeView extends BorderPane {

    public ExchangeView(ExchangeViewModel vm, Messages msg, FilePicker picker) {
        getStyleClass().add("exchange-view");
        ExchangeUi ui = new ExchangeUi(msg);
        Supplier<Window> owner = () -> getScene() == null ? null : getScene().getWindow();

        Tab export = tab("exchange-tab-export", msg.get("exchange.tab.export"),
                scroll(new ExportPane(vm.export(), ui, picker, owner)));
        Tab importTab = tab("exchange-tab-import", msg.get("exchange.tab.import"),
                scroll(new ImportPane(vm.importer(), ui, picker, owner,
                        () -> vm.sectionProperty().set(ExchangeViewModel.Section.CONFLICTS))));
        Tab conflicts = tab("exchange-tab-conflicts", "", new ConflictsPane(vm.conflicts(), ui));
        conflicts.textProperty().bind(Bindings.createStringBinding(() -> vm.conflicts().countProperty().get() == 0
                ? msg.get("exchange.tab.conflicts")
                : msg.format("exchange.tab.conflictsCount", vm.conflicts().countProperty().get()),
                vm.conflicts().countProperty()));
        Tab log = tab("exchange-tab-log", msg.get("exchange.tab.log"), new PackageLogPane(vm.log(), ui));
        TabPane tabs = new TabPane(export, importTab, conflicts, log);
        tabs.setId("exchange-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(vm.sectionProperty().get().ordinal());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) ->
                vm.sectionProperty().set(ExchangeViewModel.Section.values()[b.intValue()]));
        vm.sectionProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(b.ordinal()));

        setTop(new javafx.scene.layout.VBox(6,
                new LoadFailureBar("exchange-load-failure", vm.state(), msg, vm::reload), identity(vm, msg)));
        setCenter(tabs);
    }

    /** Who this ledger is and its key's fingerprint: what the other side compares over the phone. */
    private static Node identity(ExchangeViewModel vm, Messages msg) {
        Label self = new Label();
        self.setId("exchange-self");
        self.getStyleClass().add("section-subtitle");
        Label fingerprint = new Label();
        fingerprint.setId("exchange-own-fingerprint");
        fingerprint.getStyleClass().add("exchange-fingerprint");
        Label protectedNote = new Label();
        protectedNote.getStyleClass().add("muted");
        Runnable show = () -> {
            ExchangeOverview o = vm.overviewProperty().get();
            self.setText(o == null ? "" : msg.format("exchange.self", msg.text(ImportViewModel.party(o.self()))));
            fingerprint.setText(o == null ? "" : o.ownFingerprint());
            protectedNote.setText(o == null ? "" : msg.text(Msg.of(o.keyProtected()
                    ? "exchange.keyProtected" : "exchange.keyNotProtected")));
        };
        vm.overviewProperty().addListener((obs, a, b) -> show.run());
        show.run();
        HBox bar = new HBox(12, self, new Label(msg.get("exchange.ownFingerprint")), fingerprint, protectedNote);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 0, 6, 0));
        return bar;
    }

    private static Node scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }
}
