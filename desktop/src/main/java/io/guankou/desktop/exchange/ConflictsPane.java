package io.guankou.desktop.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The conflict list: a table of the open conflicts, and under it the selected one with both values side by side
 * (who changed each and when) and the choices it allows. Binds to {@link ConflictsViewModel}.
 */
final class ConflictsPane extends BorderPane {

    private final ConflictsViewModel vm;
    private final ExchangeUi ui;
    private final Messages msg;
    private final TableView<ConflictRow> table = new TableView<>();

    ConflictsPane(ConflictsViewModel vm, ExchangeUi ui) {
        this.vm = vm;
        this.ui = ui;
        this.msg = ui.msg();
        setPadding(new Insets(10, 0, 0, 0));
        setTop(new VBox(6, new LoadFailureBar("conflicts-load-failure", vm.state(), msg, vm::reload), topBar()));
        setCenter(table());
        setBottom(detail());
    }

    private Node topBar() {
        Label count = new Label();
        count.setId("conflicts-count");
        count.getStyleClass().add("section-subtitle");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> msg.format("exchange.conflicts.count",
                vm.countProperty().get()), vm.countProperty()));
        Label hint = ExchangeUi.hint("conflicts-hint", msg.get("exchange.conflicts.hint"));
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        CheckBox reveal = new CheckBox(msg.get("exchange.conflicts.revealIds"));
        reveal.setId("conflicts-reveal-ids");
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        reveal.selectedProperty().bindBidirectional(vm.revealIdsProperty());
        vm.revealIdsProperty().addListener((o, a, b) -> table.refresh());
        Button refresh = new Button(msg.get("exchange.refresh"));
        refresh.setId("conflicts-refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.disableProperty().bind(vm.state().loadingProperty());
        refresh.setOnAction(e -> vm.reload());
        HBox bar = new HBox(12, count, hint, reveal, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private Node table() {
        table.setId("conflicts-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(msg.get("exchange.conflicts.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                ExchangeUi.column("conflicts-col-table", msg.get("exchange.col.table"), 90, r -> ui.table(r.table())),
                ExchangeUi.column("conflicts-col-record", msg.get("exchange.col.record"), 130, ConflictRow::record),
                ExchangeUi.column("conflicts-col-field", msg.get("exchange.col.field"), 100, r -> ui.field(r.field())),
                ExchangeUi.column("conflicts-col-kind", msg.get("exchange.col.kind"), 170, r -> msg.label(r.kind())),
                ExchangeUi.column("conflicts-col-local", msg.get("exchange.col.local"), 160,
                        r -> value(r, r.localValue())),
                ExchangeUi.column("conflicts-col-incoming", msg.get("exchange.col.incoming"), 160,
                        r -> value(r, r.incomingValue())),
                ExchangeUi.column("conflicts-col-detected", msg.get("exchange.col.detected"), 120,
                        r -> ExchangeUi.time(vm.local(r.detectedAt())))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        Runnable follow = () -> {
            ConflictRow want = vm.selectedProperty().get();
            if (want == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != want) {
                table.getSelectionModel().select(want);
                table.scrollTo(want);
            }
        };
        vm.selectedProperty().addListener((o, a, b) -> follow.run());
        vm.rows().addListener((ListChangeListener<ConflictRow>) c -> follow.run());
        follow.run();
        return table;
    }

    private String value(ConflictRow r, String stored) {
        String shown = vm.shown(r, stored);
        return shown == null || shown.isEmpty() ? msg.get("exchange.conflicts.noValue") : shown;
    }

    // ---- the selected conflict

    private Node detail() {
        Label what = new Label();
        what.setId("conflict-what");
        what.getStyleClass().add("section-subtitle");
        what.setWrapText(true);
        VBox local = side("conflict-local", "exchange.conflicts.localSide");
        VBox incoming = side("conflict-incoming", "exchange.conflicts.incomingSide");
        HBox sides = new HBox(12, local, incoming);
        HBox.setHgrow(local, Priority.ALWAYS);
        HBox.setHgrow(incoming, Priority.ALWAYS);

        HBox choices = new HBox(8);
        choices.setId("conflict-choices");
        choices.setAlignment(Pos.CENTER_LEFT);
        Runnable buildChoices = () -> {
            choices.getChildren().clear();
            for (ConflictChoice c : vm.choices()) {
                Button b = new Button(msg.label(c));
                b.setId("conflict-choice-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                b.disableProperty().bind(vm.canResolveProperty().not());
                b.setOnAction(e -> vm.resolve(c));
                choices.getChildren().add(b);
            }
        };
        vm.choices().addListener((ListChangeListener<ConflictChoice>) c -> buildChoices.run());
        buildChoices.run();
        NoticeLabel notice = new NoticeLabel("conflict-notice", vm.noticeProperty(), msg);

        Runnable show = () -> {
            ConflictRow r = vm.selectedProperty().get();
            what.setText(r == null ? "" : msg.format("exchange.conflicts.what", ui.table(r.table()), r.record(),
                    ui.field(r.field()), msg.label(r.kind())));
            fill(local, r, true);
            fill(incoming, r, false);
        };
        vm.selectedProperty().addListener((o, a, b) -> show.run());
        vm.revealIdsProperty().addListener((o, a, b) -> show.run());
        show.run();

        VBox box = new VBox(8, what, sides, choices, notice);
        box.getStyleClass().add("section");
        box.setId("conflict-detail");
        BorderPane.setMargin(box, new Insets(10, 0, 0, 0));
        ExchangeUi.showWhen(box, vm.selectedProperty().isNotNull());
        return box;
    }

    private VBox side(String id, String titleKey) {
        Label title = new Label(msg.get(titleKey));
        title.getStyleClass().add("muted");
        Label value = new Label();
        value.setId(id + "-value");
        value.getStyleClass().add("exchange-conflict-value");
        value.setWrapText(true);
        GridPane who = new GridPane();
        who.setHgap(8);
        Label by = new Label();
        by.setId(id + "-who");
        Label when = new Label();
        when.setId(id + "-when");
        who.addRow(0, ExchangeUi.fixed(msg.get("exchange.conflicts.who")), by);
        who.addRow(1, ExchangeUi.fixed(msg.get("exchange.conflicts.when")), when);
        VBox box = new VBox(4, title, value, who);
        box.setId(id);
        box.getStyleClass().add("exchange-conflict-side");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void fill(VBox side, ConflictRow r, boolean local) {
        Label value = (Label) side.getChildren().get(1);
        GridPane who = (GridPane) side.getChildren().get(2);
        Label by = (Label) who.getChildren().get(1);
        Label when = (Label) who.getChildren().get(3);
        if (r == null) {
            value.setText("");
            by.setText("");
            when.setText("");
            return;
        }
        value.setText(value(r, local ? r.localValue() : r.incomingValue()));
        by.setText(nullToEmpty(local ? r.localWho() : r.incomingWho()));
        when.setText(ExchangeUi.time(vm.local(local ? r.localWhen() : r.incomingWhen())));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
