package io.guankou.desktop.referral;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.desktop.ui.Styles;
import io.guankou.desktop.ui.TierChip;
import io.guankou.desktop.ui.Choice;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.Transport;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.referral.ReferralEntry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The referral queue: a table of referrals with the stale ones marked (a coloured row and a text marker, so
 * colour is never the only sign), and below it the selected referral's arrangement and its allowed status
 * moves. Binds to {@link ReferralViewModel}.
 */
public final class ReferralView extends BorderPane {

    public static final String STALE_CLASS = "referral-stale";
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ReferralViewModel vm;
    private final Messages msg;
    private final TableView<ReferralEntry> table = new TableView<>();
    private final HBox movesBox = new HBox(6);
    /** Null where the queue cannot be exported (then the export action is not shown). */
    private final TableExport export;

    public ReferralView(ReferralViewModel vm, Messages msg) {
        this(vm, msg, null);
    }

    public ReferralView(ReferralViewModel vm, Messages msg, TableExport export) {
        this.vm = vm;
        this.msg = msg;
        this.export = export;
        getStyleClass().add("referral-view");
        setTop(new javafx.scene.layout.VBox(6,
                new LoadFailureBar("referral-load-failure", vm.state(), msg, vm::reload), topBar()));
        setCenter(table());
        setBottom(editPane());
    }

    // ---- top: filter, refresh, counts

    private Node topBar() {
        ToggleGroup filter = new ToggleGroup();
        RadioButton open = new RadioButton(msg.get("referral.filter.open"));
        open.setId("referral-filter-open");
        open.setToggleGroup(filter);
        RadioButton all = new RadioButton(msg.get("referral.filter.all"));
        all.setId("referral-filter-all");
        all.setToggleGroup(filter);
        filter.selectToggle(vm.openOnlyProperty().get() ? open : all);
        filter.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            } else {
                vm.openOnlyProperty().set(b == open);
            }
        });
        vm.openOnlyProperty().addListener((o, a, b) -> filter.selectToggle(b ? open : all));

        Button refresh = new Button(msg.get("referral.refresh"));
        refresh.setId("referral-refresh");
        refresh.setOnAction(e -> vm.reload());
        refresh.disableProperty().bind(vm.state().loadingProperty());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.state().loadingProperty());
        Label count = new Label();
        count.setId("referral-count");
        count.getStyleClass().add("referral-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("referral.count", vm.openCountProperty().get(), vm.staleCountProperty().get()),
                vm.openCountProperty(), vm.staleCountProperty()));
        Label rule = new Label();
        rule.getStyleClass().add("muted");
        rule.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("referral.staleRule", vm.rulesProperty().get().staleAfterHours()),
                vm.rulesProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, open, all, refresh);
        if (export != null) {
            // exactly the rows shown (open only, or all), with how long each has waited as now shown
            Node exportButton = export.button("referral-export", "referral.export", ExportKind.REFERRALS,
                    () -> getScene() == null ? null : getScene().getWindow(),
                    () -> ReferralExport.sheet(export, vm.rows(), vm::openFor, vm.openOnlyProperty().get()));
            exportButton.disableProperty().bind(vm.state().readyProperty().not().or(export.runningProperty()));
            bar.getChildren().addAll(exportButton, export.progressIndicator());
        }
        bar.getChildren().addAll(spacer, loading, count, rule);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    // ---- table

    private TableView<ReferralEntry> table() {
        table.setId("referral-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(msg.get("referral.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("referral.col.name", 64, ReferralEntry::personName));
        TableColumn<ReferralEntry, String> id = column("referral.col.residentId", 150, vm::displayedId);
        id.setCellFactory(c -> styledCell("resident-id"));
        table.getColumns().add(id);
        table.getColumns().add(column("referral.col.phone", 100, ReferralEntry::phone));
        table.getColumns().add(column("referral.col.place", 126, this::placeText));
        table.getColumns().add(tierColumn());
        table.getColumns().add(column("referral.col.triggers", 110, e -> triggersText(e.referral())));
        table.getColumns().add(column("referral.col.openedAt", 84, e -> OPENED.format(e.referral().openedAt())));
        table.getColumns().add(openForColumn());
        table.getColumns().add(column("referral.col.destination", 110, e -> e.referral().destination()));
        table.getColumns().add(column("referral.col.transport", 96, e -> msg.label(e.referral().transport())));
        table.getColumns().add(column("referral.col.escort", 64,
                e -> e.referral().escort() ? msg.get("referral.escort.yes") : ""));
        table.getColumns().add(column("referral.col.status", 80, e -> msg.label(e.referral().status())));
        table.getColumns().add(column("referral.col.outcome", 90, e -> e.referral().outcome()));

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReferralEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll(STALE_CLASS, "referral-ended");
                if (!empty && entry != null) {
                    if (vm.isStale(entry)) {
                        getStyleClass().add(STALE_CLASS);
                    } else if (!entry.referral().status().isOpen()) {
                        getStyleClass().add("referral-ended");
                    }
                }
            }
        });
        // the table's selection drives the edit pane; the view-model may reselect after a save or reload
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (table.getSelectionModel().getSelectedItem() != b) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });
        return table;
    }

    private String placeText(ReferralEntry e) {
        if (e.gridName() == null || e.gridName().isBlank()) {
            return e.villageName();
        }
        return e.villageName() == null ? e.gridName() : e.villageName() + " · " + e.gridName();
    }

    private String triggersText(Referral r) {
        return ReferralExport.triggersText(msg, r);
    }

    private TableColumn<ReferralEntry, String> column(String key, double width, Function<ReferralEntry, String> value) {
        TableColumn<ReferralEntry, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 40));
        c.setCellFactory(col -> styledCell(null));
        return c;
    }

    /** A text cell with a tooltip, so a squeezed column at 1366x768 can still be read in full. */
    private static TableCell<ReferralEntry, String> styledCell(String styleClass) {
        TableCell<ReferralEntry, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        };
        if (styleClass != null) {
            cell.getStyleClass().add(styleClass);
        }
        return cell;
    }

    private TableColumn<ReferralEntry, ReferralEntry> tierColumn() {
        TableColumn<ReferralEntry, ReferralEntry> c = new TableColumn<>(msg.get("referral.col.tier"));
        c.setPrefWidth(64);
        c.setMinWidth(52);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(ReferralEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null || entry.tier() == null) {
                    setGraphic(null);
                    return;
                }
                TierChip.update(chip, msg, entry.tier(), false);
                setGraphic(chip);
            }
        });
        return c;
    }

    private TableColumn<ReferralEntry, ReferralEntry> openForColumn() {
        TableColumn<ReferralEntry, ReferralEntry> c = new TableColumn<>(msg.get("referral.col.openFor"));
        c.setPrefWidth(92);
        c.setMinWidth(72);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label text = new Label();
            private final Label marker = new Label(msg.get("referral.staleMarker"));
            private final HBox box = new HBox(4, text, marker);

            {
                marker.getStyleClass().add("stale-marker");
                marker.managedProperty().bind(marker.visibleProperty());
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(ReferralEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(OpenForText.format(msg, vm.openFor(entry)));
                marker.setVisible(vm.isStale(entry));
                setGraphic(box);
            }
        });
        return c;
    }

    // ---- bottom: the selected referral

    private Node editPane() {
        Label title = new Label();
        title.setId("referral-edit-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ReferralEntry e = vm.selectedProperty().get();
            if (e == null) {
                return msg.get("referral.edit.none");
            }
            return msg.format("referral.edit.title", e.personName(), msg.label(e.referral().status()),
                    triggersText(e.referral()));
        }, vm.selectedProperty()));

        ComboBox<String> destination = destinationField();
        ComboBox<Choice<Transport>> transport = transportField();
        CheckBox escort = new CheckBox(msg.get("referral.escort"));
        escort.setId("referral-escort");
        escort.selectedProperty().bindBidirectional(vm.escortProperty());
        TextField outcome = new TextField();
        outcome.setId("referral-outcome");
        outcome.setPromptText(msg.get("referral.outcome.prompt"));
        outcome.textProperty().bindBidirectional(vm.outcomeProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(labels, wide, labels, new ColumnConstraints(), new ColumnConstraints());
        g.add(fieldLabel("referral.destination", destination), 0, 0);
        g.add(destination, 1, 0);
        g.add(fieldLabel("referral.transport", transport), 2, 0);
        g.add(FieldMessage.wrap("referral-transport-error", transport,
                FieldMessage.ofKey(vm.transportErrorProperty()), msg), 3, 0);
        g.add(escort, 4, 0);
        g.add(fieldLabel("referral.outcome", outcome), 0, 2);
        g.add(FieldMessage.wrap("referral-outcome-error", outcome, FieldMessage.ofKey(vm.outcomeErrorProperty()), msg),
                1, 2, 4, 1);

        Button save = new Button(msg.get("referral.save"));
        save.setId("referral-save");
        save.disableProperty().bind(vm.dirtyProperty().not().or(vm.savingProperty()));
        save.setOnAction(e -> vm.save());
        Label movesCaption = new Label(msg.get("referral.moveTo"));
        movesCaption.setMinWidth(Region.USE_PREF_SIZE);
        movesCaption.visibleProperty().bind(Bindings.isNotEmpty(vm.moves()));
        vm.moves().addListener((ListChangeListener<ReferralStatus>) c -> fillMoves());
        fillMoves();
        movesBox.setAlignment(Pos.CENTER_LEFT);
        Label notice = new NoticeLabel("referral-notice", vm.noticeProperty(), msg);
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox actions = new HBox(8, save, movesCaption, movesBox, notice);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(6, title, g, actions);
        pane.setId("referral-edit");
        pane.getStyleClass().addAll("section", "referral-edit");
        pane.disableProperty().bind(vm.selectedProperty().isNull().or(vm.state().readyProperty().not()));
        BorderPane.setMargin(pane, new Insets(8, 0, 0, 0));
        return pane;
    }

    /** Editable, with the hospitals already used offered in its list so the same name is spelled the same. */
    private ComboBox<String> destinationField() {
        ComboBox<String> combo = new ComboBox<>(vm.destinations());
        combo.setId("referral-destination");
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPrefWidth(260);
        combo.setPromptText(msg.get("referral.destination.prompt"));
        combo.getEditor().textProperty().addListener((o, a, b) -> vm.destinationProperty().set(b == null ? "" : b));
        combo.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.destinationProperty().set(b);
            }
        });
        vm.destinationProperty().addListener((o, a, b) -> {
            if (!Objects.equals(combo.getEditor().getText(), b)) {
                combo.setValue(b);
                combo.getEditor().setText(b);
            }
        });
        return combo;
    }

    private ComboBox<Choice<Transport>> transportField() {
        ComboBox<Choice<Transport>> combo = new ComboBox<>();
        combo.setId("referral-transport");
        combo.setPrefWidth(170);
        List<Choice<Transport>> items = new ArrayList<>();
        items.add(new Choice<>(null, msg.get("referral.transport.none")));
        for (Transport t : Transport.values()) {
            items.add(new Choice<>(t, msg.label(t)));
        }
        combo.getItems().setAll(items);
        combo.setValue(items.get(0));
        combo.valueProperty().addListener((o, a, b) -> {
            Transport value = b == null ? null : b.value();
            if (vm.transportProperty().get() != value) {
                vm.transportProperty().set(value);
            }
        });
        vm.transportProperty().addListener((o, a, b) -> {
            if (combo.getValue() == null || !combo.getValue().is(b)) {
                items.stream().filter(c -> c.is(b)).findFirst().ifPresent(combo::setValue);
            }
        });
        return combo;
    }

    private void fillMoves() {
        List<Button> buttons = new ArrayList<>();
        for (ReferralStatus target : vm.moves()) {
            Button b = new Button(msg.label(target));
            b.setId("referral-move-" + target.name());
            if (target.isOpen()) {
                b.getStyleClass().add("accent"); // moving forward is the usual step
            }
            b.disableProperty().bind(vm.savingProperty());
            b.setOnAction(e -> vm.moveTo(target));
            buttons.add(b);
        }
        movesBox.getChildren().setAll(buttons);
    }

    private Label fieldLabel(String key, Control field) {
        Label l = new Label(msg.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The table, for tests and for the composition root to focus. */
    TableView<ReferralEntry> tableView() {
        return table;
    }
}
