package io.guankou.desktop.sheetimport;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownVillage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;

/** The preview step: counts as filters, unknown villages, the sheet-tier choice, every row, the import button. */
final class PreviewPane extends VBox {

    private static final double VILLAGE_ROW_HEIGHT = 34;
    private static final double VILLAGES_MAX_HEIGHT = 132;
    /** Three lines of new grids or teams; more scroll. */
    private static final double NEW_PLACES_HEIGHT = 78;

    private final SheetImportViewModel vm;
    private final PreviewViewModel p;
    private final Messages msg;
    private final ImportTexts texts;

    /**
     * @param saveRejected asks for a file and writes the rows that cannot be imported, so the office can correct
     *                     them before importing at all
     */
    PreviewPane(SheetImportViewModel vm, PreviewViewModel p, Messages msg, Runnable close, Runnable saveRejected) {
        super(8);
        this.vm = vm;
        this.p = p;
        this.msg = msg;
        this.texts = new ImportTexts(msg);
        getStyleClass().add("import-preview");

        TableView<PlannedRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(filters());
        if (!p.villageDecisions().isEmpty()) {
            getChildren().add(villages());
        }
        getChildren().addAll(newPlaces(), keepTier(), table, buttons(close, saveRejected));
    }

    PreviewViewModel viewModel() {
        return p;
    }

    // ---- counts as filters

    private Node filters() {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(SheetImportWindow.fixed(msg.get("import.ui.show")));
        for (RowAction a : RowAction.values()) {
            ToggleButton t = new ToggleButton();
            t.setId("import-filter-" + a.name());
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.selectedProperty().bindBidirectional(p.shownProperty(a));
            t.textProperty().bind(Bindings.createStringBinding(
                    () -> msg.format("import.ui.filter", msg.label(a), p.countProperty(a).get()), p.countProperty(a)));
            t.setStyle("-fx-text-fill: " + color(a) + ";");
            box.getChildren().add(t);
        }
        ProgressIndicator planning = new ProgressIndicator();
        planning.setPrefSize(18, 18);
        planning.visibleProperty().bind(p.planningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label total = new Label();
        total.setId("import-total");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(Bindings.createStringBinding(() -> p.plan() == null ? ""
                : msg.format("import.ui.total", p.plan().rows().size(), p.rows().size()), p.planProperty(), p.rows()));
        Label planFailed = MessageLine.error("import-plan-failed", p.planFailureProperty(), msg);
        box.getChildren().addAll(planning, planFailed, spacer, total);
        return box;
    }

    private static String color(RowAction a) {
        return switch (a) {
            case ADD -> "#1a7f37";
            case UPDATE -> "#0969da";
            case UNCHANGED -> "#57606a";
            case REJECTED -> "#cf222e";
        };
    }

    // ---- villages the ledger does not have

    private Node villages() {
        List<VillageDecision> decisions = p.villageDecisions();
        Label title = new Label(msg.format("import.ui.unknownVillages", decisions.size()));
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Button createAll = new Button(msg.get("import.ui.createAll"));
        createAll.setId("import-villages-create-all");
        createAll.setMinWidth(Region.USE_PREF_SIZE);
        createAll.setOnAction(e -> p.createAllVillages());
        HBox head = new HBox(10, title, createAll);
        head.setAlignment(Pos.CENTER_LEFT);

        List<Choice<Long>> existing = new ArrayList<>();
        for (Village v : p.villages()) {
            existing.add(new Choice<>(v.id(), v.name()));
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        for (int i = 0; i < decisions.size(); i++) {
            VillageDecision d = decisions.get(i);
            UnknownVillage v = d.village();
            Label name = new Label(msg.format("import.ui.villageLine", v.name(), v.rows()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            ChoiceBox<VillageDecision.Kind> kind = new ChoiceBox<>();
            kind.setId("import-village-kind-" + i);
            kind.getItems().setAll(VillageDecision.Kind.values());
            kind.setConverter(EnumChoices.converter(k -> msg.get(Messages.enumKey("import.ui.village", k))));
            kind.valueProperty().bindBidirectional(d.kindProperty());
            ComboBox<Choice<Long>> target = new ComboBox<>();
            target.setId("import-village-map-" + i);
            target.getItems().setAll(existing);
            target.setPromptText(msg.get("import.ui.villagePick"));
            target.setPrefWidth(180);
            target.valueProperty().addListener((o, a, b) -> d.mapToProperty().set(b == null ? null : b.value()));
            d.mapToProperty().addListener((o, a, b) -> {
                if (target.getValue() == null || !target.getValue().is(b)) {
                    target.setValue(existing.stream().filter(c -> c.is(b)).findFirst().orElse(null));
                }
            });
            SheetImportWindow.bindVisible(target, d.kindProperty().isEqualTo(VillageDecision.Kind.MAP));
            grid.addRow(i, name, kind, target);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(VILLAGES_MAX_HEIGHT, decisions.size() * VILLAGE_ROW_HEIGHT));
        scroll.setMaxHeight(VILLAGES_MAX_HEIGHT + 8);
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        VBox box = new VBox(6, head, scroll);
        box.setId("import-villages");
        box.getStyleClass().add("section");
        box.setStyle("-fx-padding: 0.5em 0.8em;");
        return box;
    }

    // ---- grids and teams the ledger does not have

    private Node newPlaces() {
        Node grids = newPlaceList("grids", "import.ui.newGrids", "import.ui.createGrids", p.newGrids(),
                p.createGridsProperty(), p::gridLine);
        Node teams = newPlaceList("teams", "import.ui.newTeams", "import.ui.createTeams", p.newTeams(),
                p.createTeamsProperty(), p::teamLine);
        HBox.setHgrow(grids, Priority.ALWAYS);
        HBox.setHgrow(teams, Priority.ALWAYS);
        HBox box = new HBox(12, grids, teams);
        box.setId("import-new-places");
        SheetImportWindow.bindVisible(box, Bindings.isNotEmpty(p.newGrids()).or(Bindings.isNotEmpty(p.newTeams())));
        return box;
    }

    /** A title with the count, the check box that decides, and the list (greyed while not created). */
    private <T> Node newPlaceList(String id, String titleKey, String createKey, ObservableList<T> items,
                                  BooleanProperty create, Function<T, Msg> line) {
        Label title = new Label();
        title.setId("import-new-" + id + "-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> msg.format(titleKey, items.size()), items));
        CheckBox check = new CheckBox(msg.get(createKey));
        check.setId("import-create-" + id);
        check.setWrapText(true);
        check.selectedProperty().bindBidirectional(create);
        ListView<T> list = new ListView<>(items);
        list.setId("import-new-" + id);
        list.setFocusTraversable(false);
        list.setMinHeight(NEW_PLACES_HEIGHT);
        list.setPrefHeight(NEW_PLACES_HEIGHT);
        list.setMaxHeight(NEW_PLACES_HEIGHT);
        list.disableProperty().bind(create.not());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : msg.text(line.apply(item)));
            }
        });
        VBox box = new VBox(4, title, check, list);
        box.getStyleClass().add("section");
        box.setStyle("-fx-padding: 0.5em 0.8em;");
        box.setMinWidth(0);
        SheetImportWindow.bindVisible(box, Bindings.isNotEmpty(items));
        return box;
    }

    // ---- the sheet's tiers

    private Node keepTier() {
        CheckBox keep = new CheckBox(msg.get("import.ui.keepTier"));
        keep.setId("import-keep-tier");
        keep.selectedProperty().bindBidirectional(p.keepSheetTierProperty());
        keep.disableProperty().bind(p.tierDifferencesProperty().isEqualTo(0)
                .and(p.keepSheetTierProperty().not()));
        Label count = new Label();
        count.setId("import-tier-differences");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("import.ui.tierDifferences", p.tierDifferencesProperty().get()),
                p.tierDifferencesProperty()));
        keep.setMinWidth(Region.USE_PREF_SIZE);
        count.setWrapText(true);
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox box = new HBox(8, keep, count);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // ---- rows

    private TableView<PlannedRow> table() {
        TableView<PlannedRow> table = new TableView<>(p.rows());
        table.setId("import-preview-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("import.ui.noRows")));

        TableColumn<PlannedRow, Integer> row = new TableColumn<>(msg.get("import.ui.col.row"));
        row.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().rowNumber()));
        row.setPrefWidth(50);
        row.setMinWidth(44);
        row.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<PlannedRow, RowAction> action = new TableColumn<>(msg.get("import.ui.col.action"));
        action.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().action()));
        action.setPrefWidth(120); // "Cannot import" in bold English; Chinese needs less
        action.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RowAction a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : msg.label(a));
                setStyle(empty || a == null ? "" : "-fx-text-fill: " + color(a) + "; -fx-font-weight: bold;");
            }
        });

        TableColumn<PlannedRow, String> name = text("import.ui.col.name", 72, r -> r.name() == null ? "" : r.name());
        TableColumn<PlannedRow, String> id = text("import.ui.col.residentId", 180,
                r -> ResidentIds.mask(r.residentId()));
        id.setStyle("-fx-font-family: monospace;");
        id.setMinWidth(180); // a masked ID is 18 characters and must never be cut
        TableColumn<PlannedRow, String> changed = text("import.ui.col.changed", 110, this::changedText);
        TableColumn<PlannedRow, String> tier = text("import.ui.col.tier", 200, this::tierText);
        TableColumn<PlannedRow, String> problems = text("import.ui.col.problems", 300, this::problemText);
        problems.setCellFactory(c -> new TableCell<>() {
            // the reasons are read, not skimmed: the row grows to show them whole
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                text.getStyleClass().add("import-problem-text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty || s == null || s.isEmpty() ? null : text);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });

        List<TableColumn<PlannedRow, ?>> columns = new ArrayList<>();
        columns.add(row);
        columns.add(action);
        columns.add(name);
        columns.add(id);
        columns.add(changed);
        columns.add(tier);
        columns.add(problems);
        table.getColumns().setAll(columns);
        return table;
    }

    private TableColumn<PlannedRow, String> text(String key, double width, Function<PlannedRow, String> value) {
        TableColumn<PlannedRow, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String changedText(PlannedRow r) {
        if (r.action() != RowAction.UPDATE) {
            return "";
        }
        return r.changed().stream().sorted().map(msg::label)
                .collect(Collectors.collectingAndThen(Collectors.toList(), msg::join));
    }

    private String tierText(PlannedRow r) {
        if (r.computedTier() == null) {
            return r.sheetTier() == null ? "" : msg.format("import.ui.tierSheetOnly", msg.label(r.sheetTier()));
        }
        if (!r.tierDiffers()) {
            return msg.label(r.computedTier());
        }
        boolean kept = r.person() != null && r.person().tierOverride() != null
                && r.person().tierOverride().tier() == r.sheetTier();
        return msg.format(kept ? "import.ui.tierKept" : "import.ui.tierDiffers", msg.label(r.computedTier()),
                msg.label(r.sheetTier()));
    }

    private String problemText(PlannedRow r) {
        String problems = texts.problems(r);
        String notes = texts.notes(r);
        if (problems.isEmpty()) {
            return notes;
        }
        return notes.isEmpty() ? problems : problems + msg.get("import.separator") + notes;
    }

    // ---- buttons

    private Node buttons(Runnable close, Runnable saveRejected) {
        Button back = new Button(msg.get("import.ui.back"));
        back.setId("import-back");
        back.setOnAction(e -> vm.back());
        Button save = new Button(msg.get("import.ui.saveRejected"));
        save.setId("import-preview-save-rejected");
        save.disableProperty().bind(p.countProperty(RowAction.REJECTED).isEqualTo(0)
                .or(p.planningProperty()).or(vm.busyProperty()));
        save.setOnAction(e -> saveRejected.run());
        Button cancel = new Button(msg.get("import.ui.close"));
        cancel.setId("import-preview-close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button apply = new Button();
        apply.setId("import-apply");
        apply.getStyleClass().add("accent");
        apply.textProperty().bind(Bindings.createStringBinding(() -> {
            int villages = p.villagesToCreateProperty().get();
            String text = msg.format("import.ui.apply", p.toWriteProperty().get());
            text = villages == 0 ? text : text + msg.format("import.ui.applyVillages", villages);
            int grids = p.gridsToCreateProperty().get();
            text = grids == 0 ? text : text + msg.format("import.ui.applyGrids", grids);
            int teams = p.teamsToCreateProperty().get();
            return teams == 0 ? text : text + msg.format("import.ui.applyTeams", teams);
        }, p.toWriteProperty(), p.villagesToCreateProperty(), p.gridsToCreateProperty(), p.teamsToCreateProperty()));
        apply.disableProperty().bind(p.canImportProperty().not());
        apply.setOnAction(e -> vm.importNow());
        Label nothing = new Label(msg.get("import.ui.nothingToWrite"));
        nothing.getStyleClass().add("muted");
        SheetImportWindow.bindVisible(nothing, Bindings.createBooleanBinding(
                () -> !p.planningProperty().get() && p.toWriteProperty().get() == 0 && p.plan() != null,
                p.planningProperty(), p.toWriteProperty(), p.planProperty()));
        return SheetImportWindow.buttonBar(List.of(back, nothing), List.of(save, cancel, apply));
    }
}
