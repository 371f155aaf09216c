package io.guankou.desktop.ledger;

import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.sheetimport.SheetImportLauncher;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.TierChip;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.person.Tier;
import io.guankou.persistence.excel.ExportKind;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The ledger table with search and filters; binds to {@link LedgerViewModel}. */
public final class LedgerView extends BorderPane {

    private final LedgerViewModel vm;
    private final Messages msg;
    private final Window owner;
    /** Null where contacts cannot be recorded (then the contact actions are not shown). */
    private final ContactRecorder recorder;
    /** Null where the ledger cannot be exported (then the export action is not shown). */
    private final TableExport export;
    /** Null where sheets cannot be imported (then the import action is not shown). */
    private final SheetImportLauncher importer;
    private final TableView<LedgerEntry> table = new TableView<>();
    private final ComboBox<Choice<Long>> village = new ComboBox<>();
    private final ComboBox<Choice<Long>> grid = new ComboBox<>();
    private final ComboBox<Choice<Tier>> tier = new ComboBox<>();
    private final ComboBox<Choice<Long>> team = new ComboBox<>();

    /** Records a contact with the selected person (and is not taken by any other view). */
    public static final KeyCombination RECORD_CONTACT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    public LedgerView(LedgerViewModel vm, Messages msg, Window owner) {
        this(vm, msg, owner, null);
    }

    public LedgerView(LedgerViewModel vm, Messages msg, Window owner, ContactRecorder recorder) {
        this(vm, msg, owner, recorder, null);
    }

    public LedgerView(LedgerViewModel vm, Messages msg, Window owner, ContactRecorder recorder,
                      TableExport export) {
        this(vm, msg, owner, recorder, export, null);
    }

    public LedgerView(LedgerViewModel vm, Messages msg, Window owner, ContactRecorder recorder,
                      TableExport export, SheetImportLauncher importer) {
        this.vm = vm;
        this.importer = importer;
        this.msg = msg;
        this.owner = owner;
        this.recorder = recorder;
        this.export = export;
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (recorder != null && RECORD_CONTACT.match(e)) {
                recordContactSelected();
                e.consume();
            }
        });
        getStyleClass().add("ledger-view");
        setTop(filterBar());
        setCenter(table());
        vm.placeListsProperty().addListener((o, a, b) -> fillChoices());
        fillChoices();
    }

    private VBox filterBar() {
        TextField search = new TextField();
        search.setId("ledger-search");
        search.setPromptText(msg.get("ledger.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setPrefColumnCount(16);
        HBox.setHgrow(search, Priority.SOMETIMES);

        village.setId("filter-village");
        grid.setId("filter-grid");
        tier.setId("filter-tier");
        team.setId("filter-team");
        bindChoice(village, vm.villageIdProperty());
        bindChoice(grid, vm.gridIdProperty());
        bindChoice(tier, vm.tierProperty());
        bindChoice(team, vm.teamIdProperty());
        vm.villageIdProperty().addListener((o, a, b) -> fillGridAndTeamChoices());
        for (ComboBox<?> c : List.of(village, grid, tier, team)) {
            c.setPrefWidth(140);
            c.setMinWidth(90);
        }

        Button clear = new Button(msg.get("ledger.clearFilters"));
        clear.setId("ledger-clear");
        clear.setOnAction(e -> vm.clearFilters());

        HBox filters = new HBox(8, search, labelled("ledger.village", village), labelled("ledger.grid", grid),
                labelled("ledger.tier", tier), labelled("ledger.team", team), clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button add = new Button(msg.get("ledger.add"));
        add.setId("ledger-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> openForm(vm.newPerson()));
        // a person added before the places and rules have loaded would meet an empty village list
        add.disableProperty().bind(vm.state().readyProperty().not());
        Button edit = new Button(msg.get("ledger.edit"));
        edit.setId("ledger-edit");
        // a row of a ledger that failed to load again may be stale: act on rows only while the ledger is loaded
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.state().readyProperty().not()));
        edit.setOnAction(e -> editSelected());
        Button leave = new Button(msg.get("ledger.leave"));
        leave.setId("ledger-leave");
        leave.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.state().readyProperty().not()));
        leave.setOnAction(e -> leaveSelected());

        Label count = new Label();
        count.setId("ledger-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("ledger.count", vm.shownProperty().get(), vm.totalProperty().get()),
                vm.shownProperty(), vm.totalProperty()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.state().loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, edit, leave);
        if (recorder != null) {
            Button contact = new Button(msg.get("contact.ledgerButton"));
            contact.setId("ledger-record-contact");
            contact.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(vm.state().readyProperty().not()));
            contact.setOnAction(e -> recordContactSelected());
            actions.getChildren().add(contact);
        }
        if (export != null) {
            // exactly the rows shown: the current search and filters, in the view-model's order
            Node exportButton = export.button("ledger-export", "ledger.export", ExportKind.LEDGER,
                    this::ownerWindow, () -> LedgerExport.sheet(export, vm.rows(), vm.today()));
            exportButton.disableProperty().bind(vm.state().readyProperty().not().or(export.runningProperty()));
            actions.getChildren().addAll(exportButton, export.progressIndicator());
        }
        if (importer != null) {
            actions.getChildren().add(importer.button("ledger-import", this::ownerWindow));
        }
        actions.getChildren().addAll(spacer, loading, count);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox bar = new VBox(8, new LoadFailureBar("ledger-load-failure", vm.state(), msg, vm::reload), filters,
                actions);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private HBox labelled(String key, ComboBox<?> combo) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(combo);
        HBox box = new HBox(4, l, combo);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Combo selection writes the view-model; the view-model (e.g. "clear filters") writes the selection back. */
    private static <T> void bindChoice(ComboBox<Choice<T>> combo, ObjectProperty<T> property) {
        combo.valueProperty().addListener((o, a, b) -> {
            T value = b == null ? null : b.value();
            if (!Objects.equals(property.get(), value)) {
                property.set(value);
            }
        });
        property.addListener((o, a, b) -> select(combo, b));
    }

    private static <T> void select(ComboBox<Choice<T>> combo, T value) {
        if (combo.getValue() != null && combo.getValue().is(value)) {
            return;
        }
        combo.getItems().stream().filter(c -> c.is(value)).findFirst().ifPresent(combo::setValue);
    }

    private void fillChoices() {
        PlaceLists lists = vm.placeListsProperty().get();
        village.getItems().setAll(choices(lists.villages(), Village::id, Village::name));
        select(village, vm.villageIdProperty().get());
        List<Choice<Tier>> tiers = new ArrayList<>();
        tiers.add(new Choice<>(null, msg.get("ledger.all")));
        for (Tier t : Tier.values()) {
            tiers.add(new Choice<>(t, msg.label(t)));
        }
        tier.getItems().setAll(tiers);
        select(tier, vm.tierProperty().get());
        fillGridAndTeamChoices();
    }

    private void fillGridAndTeamChoices() {
        PlaceLists lists = vm.placeListsProperty().get();
        Long v = vm.villageIdProperty().get();
        grid.getItems().setAll(choices(lists.gridsOf(v), Grid::id, g -> gridLabel(lists, g, v == null)));
        select(grid, vm.gridIdProperty().get());
        team.getItems().setAll(choices(lists.teamsOf(v), ResponsibilityTeam::id, ResponsibilityTeam::name));
        select(team, vm.teamIdProperty().get());
    }

    private static String gridLabel(PlaceLists lists, Grid g, boolean withVillage) {
        if (!withVillage) {
            return g.name();
        }
        String villageName = lists.villages().stream().filter(v -> v.id() == g.villageId()).map(Village::name)
                .findFirst().orElse("");
        return villageName + " · " + g.name();
    }

    private <T> List<Choice<Long>> choices(List<T> items, Function<T, Long> id, Function<T, String> label) {
        List<Choice<Long>> out = new ArrayList<>(items.size() + 1);
        out.add(new Choice<>(null, msg.get("ledger.all")));
        for (T item : items) {
            out.add(new Choice<>(id.apply(item), label.apply(item)));
        }
        return out;
    }

    // ---- table

    private TableView<LedgerEntry> table() {
        table.setId("ledger-table");
        // sorting by a column header sorts this view of the rows, never the view-model's list
        SortedList<LedgerEntry> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> msg.get(switch (vm.state().phase()) {
            case READY -> "ledger.empty";
            case FAILED -> "ledger.notLoaded";
            default -> "ledger.loading";
        }), vm.state().phaseProperty()));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(-1);

        table.getColumns().add(column("ledger.col.name", 80, LedgerEntry::name));
        table.getColumns().add(idColumn());
        table.getColumns().add(column("ledger.col.sex", 48, e -> msg.label(e.sex())));
        table.getColumns().add(column("ledger.col.age", 48,
                e -> e.birthDate() == null ? "" : String.valueOf(Period.between(e.birthDate(), vm.today()).getYears())));
        table.getColumns().add(column("ledger.col.village", 88, LedgerEntry::villageName));
        table.getColumns().add(column("ledger.col.grid", 80, LedgerEntry::gridName));
        table.getColumns().add(column("ledger.col.phone", 104, LedgerEntry::phone));
        table.getColumns().add(tierColumn());
        table.getColumns().add(column("ledger.col.comorbidity", 84, this::comorbidityText));
        table.getColumns().add(column("ledger.col.vaccination", 72, e -> msg.label(e.vaccination())));
        TableColumn<LedgerEntry, String> teamColumn = column("ledger.col.team", 150, LedgerView::shortTeamName);
        teamColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                LedgerEntry e = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(empty || e == null || e.teamName() == null ? null : new Tooltip(e.teamName()));
            }
        });
        table.getColumns().add(teamColumn);

        table.setRowFactory(t -> {
            TableRow<LedgerEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && vm.state().isReady()) {
                    LedgerEntry entry = row.getItem();
                    vm.edit(entry.personId(), form -> openForm(form, entry), this::failed);
                }
            });
            MenuItem reveal = new MenuItem(msg.get("ledger.revealToggle"));
            reveal.setOnAction(e -> {
                if (!row.isEmpty()) {
                    vm.toggleReveal(row.getItem().personId());
                    table.refresh();
                }
            });
            MenuItem edit = new MenuItem(msg.get("ledger.edit"));
            edit.setOnAction(e -> {
                if (!row.isEmpty()) {
                    LedgerEntry entry = row.getItem();
                    vm.edit(entry.personId(), form -> openForm(form, entry), this::failed);
                }
            });
            edit.disableProperty().bind(vm.state().readyProperty().not());
            ContextMenu menu = new ContextMenu(reveal, edit);
            if (recorder != null) {
                MenuItem contact = new MenuItem(msg.get("contact.ledgerButton"));
                contact.setId("ledger-menu-record-contact");
                contact.setOnAction(e -> {
                    if (!row.isEmpty()) {
                        recordContact(row.getItem());
                    }
                });
                menu.getItems().add(contact);
            }
            row.emptyProperty().addListener((o, wasEmpty, isEmpty) -> row.setContextMenu(isEmpty ? null : menu));
            return row;
        });
        return table;
    }

    /** Team names usually start with the village name, which has its own column: show the rest. */
    static String shortTeamName(LedgerEntry e) {
        String team = e.teamName();
        String village = e.villageName();
        if (team != null && village != null && team.startsWith(village) && team.length() > village.length()) {
            return team.substring(village.length());
        }
        return team;
    }

    private String comorbidityText(LedgerEntry e) {
        if (e.comorbidityCount() == 0) {
            return msg.get("ledger.comorbidity.none");
        }
        return e.anyUnstable() ? msg.format("ledger.comorbidity.unstable", e.comorbidityCount())
                : msg.format("ledger.comorbidity.stable", e.comorbidityCount());
    }

    private TableColumn<LedgerEntry, String> column(String key, double width, Function<LedgerEntry, String> value) {
        TableColumn<LedgerEntry, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        return c;
    }

    private TableColumn<LedgerEntry, LedgerEntry> idColumn() {
        TableColumn<LedgerEntry, LedgerEntry> c = new TableColumn<>(msg.get("ledger.col.residentId"));
        c.setPrefWidth(190);
        c.setMinWidth(170);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label text = new Label();
            private final Button eye = new Button();
            private final HBox box = new HBox(6, text, eye);

            {
                text.getStyleClass().add("resident-id");
                eye.getStyleClass().add("reveal-button");
                eye.setFocusTraversable(false);
                box.setAlignment(Pos.CENTER_LEFT);
                eye.setOnAction(e -> {
                    LedgerEntry entry = getItem();
                    if (entry != null) {
                        vm.toggleReveal(entry.personId());
                        updateItem(entry, false);
                    }
                });
            }

            @Override
            protected void updateItem(LedgerEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(vm.displayedId(entry));
                boolean shown = vm.isRevealed(entry.personId());
                eye.setText(msg.get(shown ? "ledger.hideId" : "ledger.revealId"));
                eye.setTooltip(new Tooltip(msg.get("ledger.revealToggle")));
                setGraphic(box);
            }
        });
        return c;
    }

    private TableColumn<LedgerEntry, LedgerEntry> tierColumn() {
        TableColumn<LedgerEntry, LedgerEntry> c = new TableColumn<>(msg.get("ledger.col.tier"));
        c.setPrefWidth(92);
        c.setMinWidth(64);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator((a, b) -> a.tier().compareTo(b.tier()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(LedgerEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                TierChip.update(chip, msg, entry.tier(), entry.isOverridden());
                setGraphic(chip);
                setTooltip(entry.isOverridden()
                        ? new Tooltip(msg.format("ledger.overrideTooltip", msg.label(entry.computedTier()))) : null);
            }
        });
        return c;
    }

    // ---- actions

    private void editSelected() {
        LedgerEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && vm.state().isReady()) {
            vm.edit(selected.personId(), form -> openForm(form, selected), this::failed);
        }
    }

    private void openForm(PersonFormViewModel form) {
        openForm(form, null);
    }

    /** {@code person} is the ledger row of a stored person (null for a new one): their contacts get a tab. */
    private void openForm(PersonFormViewModel form, LedgerEntry person) {
        PersonFormDialog dialog = new PersonFormDialog(form, msg, ownerWindow());
        Node contacts = person == null || recorder == null ? null : recorder.contactList(person);
        if (contacts != null) {
            dialog.addTab(msg.get("contact.personTab"), contacts);
        }
        dialog.show();
    }

    private void recordContactSelected() {
        LedgerEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && vm.state().isReady()) {
            recordContact(selected);
        }
    }

    private void recordContact(LedgerEntry person) {
        recorder.record(ownerWindow(), person, null, saved -> { });
    }

    private void leaveSelected() {
        LedgerEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && vm.state().isReady()) {
            LeaveDialog.open(msg, ownerWindow(), selected.name(), vm.today(),
                    d -> vm.leave(selected.personId(), d, () -> { }, this::failed));
        }
    }

    private void failed(Throwable error) {
        Alerts.failure(ownerWindow(), msg, error);
    }

    private Window ownerWindow() {
        return getScene() != null ? getScene().getWindow() : owner;
    }
}
