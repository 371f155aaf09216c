package io.guankou.desktop.sheetimport;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.Choice;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The mapping step: sheet, header row, one table row per sheet column with the ledger column it goes to. */
final class MappingPane extends VBox {

    private static final int PREVIEW_CELLS = 6;

    private final SheetImportViewModel vm;
    private final MappingViewModel mapping;
    private final Messages msg;
    private final ObservableList<Choice<LedgerColumn>> columnChoices = FXCollections.observableArrayList();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final ComboBox<Integer> headerRow = new ComboBox<>();
    private boolean filling;

    MappingPane(SheetImportViewModel vm, Messages msg, Runnable close) {
        super(8);
        this.vm = vm;
        this.mapping = vm.mapping();
        this.msg = msg;
        getStyleClass().add("import-mapping");
        columnChoices.add(new Choice<>(null, msg.get("import.ui.notImported")));
        for (LedgerColumn c : LedgerColumn.values()) {
            columnChoices.add(new Choice<>(c, msg.label(c)));
        }

        HBox choosers = choosers();
        Label info = info();
        TableView<MappingRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label missing = new Label();
        missing.setId("import-missing");
        missing.getStyleClass().add("field-error");
        missing.textProperty().bind(Bindings.createStringBinding(() -> {
            List<LedgerColumn> m = mapping.missingProperty().get();
            return m.isEmpty() ? "" : msg.format("import.ui.missing",
                    msg.join(m.stream().map(msg::label).toList()));
        }, mapping.missingProperty()));
        SheetImportWindow.bindVisible(missing, missing.textProperty().isNotEmpty());

        Button cancel = new Button(msg.get("import.ui.cancel"));
        cancel.setId("import-mapping-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button next = new Button(msg.get("import.ui.next"));
        next.setId("import-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.disableProperty().bind(mapping.readyProperty().not().or(vm.busyProperty()));
        next.setOnAction(e -> vm.next());
        Label lookupFailed = MessageLine.error("import-remembered-failed", vm.mapping().lookupFailureProperty(), msg);
        HBox buttons = SheetImportWindow.buttonBar(List.of(missing, lookupFailed), List.of(cancel, next));

        Label duplicates = new Label();
        duplicates.setId("import-duplicates");
        duplicates.setWrapText(true);
        duplicates.setStyle("-fx-text-fill: #9a6700;");
        duplicates.textProperty().bind(Bindings.createStringBinding(() -> mapping.duplicatesProperty().get().stream()
                .map(d -> msg.format("import.ui.duplicate", MappingRow.letter(d.index()), msg.label(d.column()),
                        MappingRow.letter(d.keptIndex())))
                .collect(Collectors.joining(" ")), mapping.duplicatesProperty()));
        SheetImportWindow.bindVisible(duplicates, duplicates.textProperty().isNotEmpty());

        getChildren().addAll(choosers, info, duplicates, table, buttons);
        mapping.layoutProperty().addListener((o, a, b) -> fillChoosers());
        mapping.headerRowProperty().addListener((o, a, b) -> selectHeaderRow());
        vm.busyProperty().addListener((o, was, is) -> {
            if (!is) {
                fillChoosers(); // a sheet that could not be read: back to the one shown
            }
        });
        fillChoosers();
    }

    // ---- sheet and header row

    private HBox choosers() {
        sheet.setId("import-sheet");
        sheet.setPrefWidth(180);
        sheet.setOnAction(e -> {
            if (!filling && sheet.getValue() != null) {
                vm.chooseSheet(sheet.getValue());
            }
        });
        Label sheetLabel = SheetImportWindow.fixed(msg.get("import.ui.sheet"));
        sheetLabel.setLabelFor(sheet);
        HBox sheetBox = new HBox(6, sheetLabel, sheet);
        sheetBox.setAlignment(Pos.CENTER_LEFT);
        SheetImportWindow.bindVisible(sheetBox, Bindings.createBooleanBinding(() -> vm.sheetNames().size() > 1,
                mapping.layoutProperty()));

        headerRow.setId("import-header-row");
        headerRow.setPrefWidth(460);
        headerRow.setVisibleRowCount(12);
        headerRow.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : rowText(n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        headerRow.valueProperty().addListener((o, a, b) -> {
            if (!filling && b != null) {
                mapping.chooseHeaderRow(b);
            }
        });
        Label headerLabel = SheetImportWindow.fixed(msg.get("import.ui.headerRow"));
        headerLabel.setLabelFor(headerRow);
        HBox headerBox = new HBox(6, headerLabel, headerRow);
        headerBox.setAlignment(Pos.CENTER_LEFT);

        HBox box = new HBox(20, sheetBox, headerBox);
        box.setAlignment(Pos.CENTER_LEFT);
        box.disableProperty().bind(vm.busyProperty());
        return box;
    }

    /** "Row 3: name | resident ID | ...": the user recognises the header row by its texts. */
    private String rowText(int number) {
        SheetLayout layout = mapping.layoutProperty().get();
        SheetRow row = layout == null ? null
                : layout.firstRows().stream().filter(r -> r.number() == number).findFirst().orElse(null);
        String cells = row == null ? "" : row.cells().stream().filter(c -> !c.isBlank()).limit(PREVIEW_CELLS)
                .collect(Collectors.joining(" | "));
        if (row != null && row.cells().stream().filter(c -> !c.isBlank()).count() > PREVIEW_CELLS) {
            cells += " | …";
        }
        return msg.format("import.ui.rowText", number, cells);
    }

    private void fillChoosers() {
        filling = true;
        try {
            sheet.getItems().setAll(vm.sheetNames());
            sheet.setValue(vm.sheetName());
            headerRow.getItems().setAll(mapping.headerRowChoices());
            headerRow.setValue(mapping.headerRowProperty().get());
        } finally {
            filling = false;
        }
    }

    private void selectHeaderRow() {
        if (!Objects.equals(headerRow.getValue(), mapping.headerRowProperty().get())) {
            filling = true;
            try {
                headerRow.setValue(mapping.headerRowProperty().get());
            } finally {
                filling = false;
            }
        }
    }

    /** Where the mapping came from: remembered, detected, or no header found. */
    private Label info() {
        Label info = new Label();
        info.setId("import-mapping-info");
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            if (mapping.fromRememberedProperty().get()) {
                return msg.get("import.ui.remembered");
            }
            if (!mapping.headerDetectedProperty().get()) {
                return msg.get("import.ui.noHeader");
            }
            return msg.format("import.ui.detected", mapping.headerRowProperty().get());
        }, mapping.fromRememberedProperty(), mapping.headerDetectedProperty(), mapping.headerRowProperty()));
        info.styleProperty().bind(Bindings.createStringBinding(() -> mapping.headerDetectedProperty().get()
                || mapping.fromRememberedProperty().get() ? "" : "-fx-text-fill: #9a6700; -fx-font-weight: bold;",
                mapping.headerDetectedProperty(), mapping.fromRememberedProperty()));
        return info;
    }

    // ---- the table

    private TableView<MappingRow> table() {
        TableView<MappingRow> table = new TableView<>(mapping.rows());
        table.setId("import-mapping-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("import.ui.emptySheet")));

        TableColumn<MappingRow, String> letter = new TableColumn<>(msg.get("import.ui.col.letter"));
        letter.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().letter()));
        letter.setPrefWidth(44);
        letter.setMinWidth(40);
        letter.setStyle("-fx-alignment: CENTER;");
        letter.setSortable(false);

        TableColumn<MappingRow, String> header = new TableColumn<>(msg.get("import.ui.col.header"));
        header.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().header()));
        header.setPrefWidth(190);
        header.setStyle("-fx-alignment: CENTER-LEFT;");
        header.setSortable(false);

        TableColumn<MappingRow, MappingRow> target = new TableColumn<>(msg.get("import.ui.col.target"));
        target.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        target.setCellFactory(c -> new TargetCell());
        target.setPrefWidth(220);
        target.setMinWidth(180);
        target.setSortable(false);

        TableColumn<MappingRow, String> samples = new TableColumn<>(msg.get("import.ui.col.samples"));
        samples.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.join("  ·  ", d.getValue().samples())));
        samples.setPrefWidth(480);
        samples.setStyle("-fx-alignment: CENTER-LEFT;");
        samples.setSortable(false);

        List<TableColumn<MappingRow, ?>> columns = new ArrayList<>();
        columns.add(letter);
        columns.add(header);
        columns.add(target);
        columns.add(samples);
        table.getColumns().setAll(columns);
        return table;
    }

    private Choice<LedgerColumn> choiceFor(LedgerColumn c) {
        for (Choice<LedgerColumn> choice : columnChoices) {
            if (choice.is(c)) {
                return choice;
            }
        }
        return columnChoices.get(0);
    }

    /** The ledger column a sheet column goes to; choosing one taken elsewhere moves it here. */
    private final class TargetCell extends TableCell<MappingRow, MappingRow> {
        private final ComboBox<Choice<LedgerColumn>> combo = new ComboBox<>(columnChoices);
        private final ChangeListener<LedgerColumn> fromRow = (o, a, b) -> select(b);
        private MappingRow bound;
        private boolean updating;

        TargetCell() {
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setVisibleRowCount(14);
            // the list says where a ledger column is now: choosing it moves it from there
            combo.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Choice<LedgerColumn> c, boolean empty) {
                    super.updateItem(c, empty);
                    if (empty || c == null) {
                        setText(null);
                        return;
                    }
                    OptionalInt at = c.value() == null ? OptionalInt.empty() : mapping.mapping().indexOf(c.value());
                    boolean elsewhere = at.isPresent() && (bound == null || at.getAsInt() != bound.index());
                    setText(elsewhere ? msg.format("import.ui.takenBy", c.label(), MappingRow.letter(at.getAsInt()))
                            : c.label());
                    setStyle(elsewhere ? "-fx-text-fill: #57606a;" : "");
                }
            });
            combo.setOnShowing(e -> {
                if (combo.getSkin() instanceof ComboBoxListViewSkin<?> skin
                        && skin.getPopupContent() instanceof ListView<?> list) {
                    list.refresh(); // the notes on taken columns change with every pick in other rows
                }
            });
            combo.valueProperty().addListener((o, a, b) -> {
                if (!updating && bound != null && b != null) {
                    bound.columnProperty().set(b.value());
                }
            });
            setGraphic(null);
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                bound.columnProperty().removeListener(fromRow);
            }
            bound = empty ? null : row;
            if (bound == null) {
                setGraphic(null);
                return;
            }
            combo.setId("import-map-" + row.letter());
            bound.columnProperty().addListener(fromRow);
            select(bound.column());
            setGraphic(combo);
        }

        private void select(LedgerColumn c) {
            updating = true;
            try {
                combo.setValue(choiceFor(c));
                combo.setStyle(c == null ? "-fx-opacity: 0.75;" : "-fx-font-weight: bold;");
            } finally {
                updating = false;
            }
        }
    }
}
