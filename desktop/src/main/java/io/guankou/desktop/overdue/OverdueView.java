package io.guankou.desktop.overdue;

import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.TierChip;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import io.guankou.persistence.excel.ExportKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The overdue list: grouping, tier toggles and actions above a tree of groups and persons,
 * longest overdue first. Binds to {@link OverdueViewModel}; recording a contact goes through the
 * {@link ContactRecorder}, which moves on to the next overdue person after each save.
 */
public final class OverdueView extends BorderPane {

    private static final PseudoClass GROUP_ROW = PseudoClass.getPseudoClass("group");

    private final OverdueViewModel vm;
    private final Messages msg;
    private final OverdueTexts texts;
    private final ContactRecorder recorder;
    private final TableExport export;
    private final String townshipName;
    private final Window owner;
    private final TreeTableView<OverdueLine> tree = new TreeTableView<>();
    private final Label placeholder = new Label();

    public OverdueView(OverdueViewModel vm, Messages msg, ContactRecorder recorder, TableExport export,
                       String townshipName, Window owner) {
        this.vm = vm;
        this.msg = msg;
        this.texts = new OverdueTexts(msg);
        this.recorder = recorder;
        this.export = export;
        this.townshipName = townshipName;
        this.owner = owner;
        getStyleClass().add("overdue-view");
        setTop(new javafx.scene.layout.VBox(6,
                new LoadFailureBar("overdue-load-failure", vm.state(), msg, vm::reload), toolbar()));
        setCenter(tree());
        vm.groups().addListener((ListChangeListener<OverdueGroup>) c -> fillTree());
        vm.state().phaseProperty().addListener((o, a, b) -> updatePlaceholder());
        fillTree();
        updatePlaceholder();
    }

    // ---- toolbar

    private HBox toolbar() {
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.setId("overdue-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setCellFactory(l -> groupingCell());
        grouping.setButtonCell(groupingCell());
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        Label groupingLabel = new Label(msg.get("overdue.grouping"));
        groupingLabel.setLabelFor(grouping);
        groupingLabel.setMinWidth(Region.USE_PREF_SIZE);

        Label tiersLabel = new Label(msg.get("overdue.tiers"));
        tiersLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox tiers = new HBox(2);
        for (Tier t : Tier.values()) {
            ToggleButton b = new ToggleButton(msg.label(t));
            b.setId("overdue-tier-" + t.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().addAll("overdue-tier-toggle", "tier-toggle-" + t.name().toLowerCase(Locale.ROOT));
            b.selectedProperty().bindBidirectional(vm.tierShownProperty(t));
            b.setMinWidth(Region.USE_PREF_SIZE);
            tiers.getChildren().add(b);
        }

        Button refresh = button("overdue-refresh", "overdue.refresh", vm::reload);
        refresh.disableProperty().bind(vm.state().loadingProperty());
        Button record = button("overdue-record", "overdue.record", this::recordSelected);
        record.getStyleClass().add("accent");
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedRow() == null,
                tree.getSelectionModel().selectedItemProperty()).or(vm.state().readyProperty().not()));
        Button print = button("overdue-print", "overdue.print", this::print);
        Button exportButton = export.button("overdue-export", "overdue.export", ExportKind.OVERDUE,
                this::ownerWindow, this::exportSheet);
        print.disableProperty().bind(vm.state().readyProperty().not());
        exportButton.disableProperty().bind(vm.state().readyProperty().not().or(export.runningProperty()));

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.state().loadingProperty());
        Label asOf = new Label();
        asOf.setId("overdue-asof");
        asOf.getStyleClass().add("muted");
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.textProperty().bind(Bindings.createStringBinding(() -> vm.asOfProperty().get() == null ? ""
                : msg.format("overdue.asOf", texts.asOf(vm.asOfProperty().get())), vm.asOfProperty()));
        Label count = new Label();
        count.setId("overdue-count");
        count.getStyleClass().add("overdue-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("overdue.count", vm.totalProperty().get()), vm.totalProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, groupingLabel, grouping, tiersLabel, tiers, refresh, record, print, exportButton,
                export.progressIndicator(), spacer,
                loading, asOf, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private ListCell<Grouping> groupingCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Grouping g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : msg.label(g));
            }
        };
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(msg.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- tree

    private TreeTableView<OverdueLine> tree() {
        tree.setId("overdue-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setPlaceholder(placeholder);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                TreeItem<OverdueLine> item = tree.getSelectionModel().getSelectedItem();
                if (item != null && item.getValue() != null && item.getValue().isGroup()) {
                    item.setExpanded(!item.isExpanded());
                } else {
                    recordSelected();
                }
                e.consume();
            }
        });

        TreeTableColumn<OverdueLine, OverdueLine> name = new TreeTableColumn<>(msg.get("overdue.col.name"));
        name.setPrefWidth(150);
        name.setMinWidth(100);
        name.setSortable(false);
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue()));
        name.setCellFactory(c -> new NameCell());
        tree.getColumns().add(name);
        tree.getColumns().add(personColumn("overdue.col.residentId", 150,
                r -> ResidentIds.mask(r.person().residentId()), "resident-id"));
        tree.getColumns().add(personColumn("overdue.col.phone", 104, r -> r.person().phone(), null));
        tree.getColumns().add(personColumn("overdue.col.place", 126, r -> texts.place(r.person()), null));
        tree.getColumns().add(personColumn("overdue.col.team", 126,
                r -> OverdueTexts.shortTeamName(r.person()), null));
        tree.getColumns().add(tierColumn());
        tree.getColumns().add(personColumn("overdue.col.lastReached", 124, r -> texts.lastReached(r.status()), null));
        tree.getColumns().add(personColumn("overdue.col.daysOverdue", 64, r -> texts.daysOverdue(r.status()),
                "overdue-days"));
        tree.getColumns().add(personColumn("overdue.col.week", 70, r -> texts.week(r.status()), "overdue-week"));
        tree.getColumns().add(personColumn("overdue.col.reason", 104, r -> texts.reason(r.status()), null));
        tree.getColumns().add(personColumn("overdue.col.home", 70, r -> texts.homeMarker(r.status()),
                "overdue-home"));

        tree.setRowFactory(t -> {
            TreeTableRow<OverdueLine> row = new TreeTableRow<>();
            MenuItem recordItem = new MenuItem(msg.get("overdue.record"));
            recordItem.setOnAction(e -> {
                if (row.getItem() != null && !row.getItem().isGroup()) {
                    record(row.getItem().row().person());
                }
            });
            ContextMenu menu = new ContextMenu(recordItem);
            row.itemProperty().addListener((o, a, line) -> {
                boolean person = line != null && !line.isGroup();
                row.pseudoClassStateChanged(GROUP_ROW, line != null && line.isGroup());
                row.setContextMenu(person ? menu : null);
            });
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null
                        && !row.getItem().isGroup()) {
                    record(row.getItem().row().person());
                }
            });
            return row;
        });
        return tree;
    }

    /** The name column: a person's name, or the group's heading with its count (allowed to run wide). */
    private final class NameCell extends TreeTableCell<OverdueLine, OverdueLine> {
        private final Label heading = new Label();

        NameCell() {
            heading.getStyleClass().add("overdue-group-heading");
            heading.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(OverdueLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
            } else if (line.isGroup()) {
                setText(null);
                heading.setText(texts.groupHeading(line.group()));
                setGraphic(heading);
            } else {
                setGraphic(null);
                setText(line.row().person().name());
            }
        }
    }

    private TreeTableColumn<OverdueLine, String> personColumn(String key, double width,
                                                             Function<OverdueRow, String> value, String style) {
        TreeTableColumn<OverdueLine, String> c = new TreeTableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> {
            OverdueLine line = d.getValue().getValue();
            return new ReadOnlyObjectWrapper<>(line == null || line.isGroup() ? null : value.apply(line.row()));
        });
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 48));
        c.setSortable(false); // the order is the point: longest overdue first
        if (style != null) {
            c.getStyleClass().add(style);
        }
        return c;
    }

    private TreeTableColumn<OverdueLine, FollowUpStatus> tierColumn() {
        TreeTableColumn<OverdueLine, FollowUpStatus> c = new TreeTableColumn<>(msg.get("overdue.col.tier"));
        c.setPrefWidth(80); // room for the override marker
        c.setMinWidth(56);
        c.setSortable(false);
        c.setCellValueFactory(d -> {
            OverdueLine line = d.getValue().getValue();
            return new ReadOnlyObjectWrapper<>(line == null || line.isGroup() ? null : line.row().status());
        });
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(FollowUpStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                OverdueLine line = getTableRow() == null ? null : getTableRow().getItem();
                boolean overridden = line != null && !line.isGroup() && line.row().person().isOverridden();
                TierChip.update(chip, msg, s.tier(), overridden);
                setGraphic(chip);
            }
        });
        return c;
    }

    private void fillTree() {
        Long selected = Optional.ofNullable(selectedRow()).map(r -> r.person().personId()).orElse(null);
        TreeItem<OverdueLine> root = tree.getRoot();
        List<TreeItem<OverdueLine>> items = vm.groups().stream().map(g -> {
            TreeItem<OverdueLine> item = new TreeItem<>(new OverdueLine(g, null));
            item.setExpanded(true);
            g.rows().forEach(r -> item.getChildren().add(new TreeItem<>(new OverdueLine(g, r))));
            return item;
        }).toList();
        root.getChildren().setAll(items);
        if (selected != null) {
            // the same person if still listed, else the one the user would come to next
            Optional<TreeItem<OverdueLine>> again = find(selected);
            if (again.isEmpty()) {
                again = vm.nextAfter(selected).flatMap(e -> find(e.personId()));
            }
            again.ifPresent(item -> {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            });
        }
        updatePlaceholder();
    }

    private Optional<TreeItem<OverdueLine>> find(long personId) {
        for (TreeItem<OverdueLine> group : tree.getRoot().getChildren()) {
            for (TreeItem<OverdueLine> item : group.getChildren()) {
                if (item.getValue().row().person().personId() == personId) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    private void updatePlaceholder() {
        if (vm.state().phase() == io.guankou.desktop.task.LoadState.Phase.FAILED) {
            placeholder.setText(msg.format("overdue.loadFailed", msg.text(vm.state().failureProperty().get())));
        } else if (vm.state().phase() != io.guankou.desktop.task.LoadState.Phase.READY) {
            placeholder.setText(msg.get("overdue.loading"));
        } else {
            placeholder.setText(msg.get("overdue.empty"));
        }
    }

    private OverdueRow selectedRow() {
        TreeItem<OverdueLine> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().isGroup() ? null : item.getValue().row();
    }

    // ---- actions

    private void recordSelected() {
        OverdueRow row = selectedRow();
        if (row != null && vm.state().isReady()) {
            record(row.person());
        }
    }

    private void record(LedgerEntry person) {
        if (!vm.state().isReady()) {
            return; // a list that failed to load again may be stale
        }
        // the recorder publishes the saved contact; this list follows it like every other view
        recorder.record(ownerWindow(), person, vm::nextAfter, null);
    }

    private OverduePrintLayout.Header header() {
        return new OverduePrintLayout.Header(townshipName, vm.asOfProperty().get(), vm.groupingProperty().get());
    }

    private void print() {
        OverduePrinter printer = new OverduePrinter(new OverduePrintLayout(texts));
        OverduePrinter.Outcome outcome = printer.print(ownerWindow(), List.copyOf(vm.groups()), header());
        switch (outcome) {
            case NO_PRINTER -> Alerts.warning(ownerWindow(), msg, null, Msg.of("print.noPrinter"));
            case FAILED -> Alerts.error(ownerWindow(), msg, null, Msg.of("print.failed"));
            default -> {
                // printed or cancelled in the dialog: nothing to add
            }
        }
    }

    /** The list as now shown, for the export. */
    TableExport.Sheet exportSheet() {
        return new OverdueExport(msg).sheet(export, vm.asOfProperty().get(), vm.groupingProperty().get(),
                List.copyOf(vm.groups()));
    }

    private Window ownerWindow() {
        return getScene() != null ? getScene().getWindow() : owner;
    }
}
