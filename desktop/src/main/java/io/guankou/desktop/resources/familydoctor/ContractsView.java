package io.guankou.desktop.resources.familydoctor;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.model.familydoctor.ContractPerson;
import io.guankou.model.familydoctor.CoverageGroup;
import io.guankou.model.familydoctor.CoverageRow;
import io.guankou.model.id.ResidentIds;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The family-doctor contract coverage tab, read only: per village or team the signed share of 60+, 65+ and those
 * with comorbidity (a row missing a comorbidity contract is marked), and below the unsigned persons of the selected
 * row for follow-up (IDs masked). Binds to {@link ContractsViewModel}.
 */
public final class ContractsView extends BorderPane {

    static final String GAP_CLASS = "coverage-gap";

    public ContractsView(ContractsViewModel vm, Messages msg) {
        getStyleClass().add("coverage-view");
        setPadding(new Insets(8, 0, 0, 0));
        setTop(new LoadFailureBar("contracts-load-failure", vm.state(), msg, vm::reload));
        ChoiceBox<CoverageBy> by = EnumChoices.choice("contracts-by", CoverageBy.class, vm.byProperty(), msg);
        Button all = new Button(msg.get("contracts.showAll"));
        all.setId("contracts-all");
        Label summary = new Label();
        summary.setId("contracts-summary");
        summary.getStyleClass().add("coverage-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> msg.text(vm.summaryProperty().get()),
                vm.summaryProperty()));
        HBox bar = new HBox(8, new Label(msg.get("contracts.by")), by, all, summary);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<CoverageRow> rows = new TableView<>(vm.rows());
        rows.setId("contracts-rows");
        rows.setPlaceholder(new Label(msg.get("contracts.empty")));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().addAll(List.of(
                column(msg.get("contracts.col.name"), 200, false,
                        r -> r.name() == null ? msg.get("contracts.noTeam") : r.name()),
                column(msg.get("contracts.col.age60"), 170, true,
                        r -> msg.text(ContractsViewModel.text(r.count(CoverageGroup.AGE_60_PLUS)))),
                column(msg.get("contracts.col.age65"), 170, true,
                        r -> msg.text(ContractsViewModel.text(r.count(CoverageGroup.AGE_65_PLUS)))),
                column(msg.get("contracts.col.comorbidity"), 170, true,
                        r -> msg.text(ContractsViewModel.text(r.count(CoverageGroup.COMORBIDITY)))),
                column(msg.get("contracts.col.gap"), 150, false, r -> r.complete(CoverageGroup.COMORBIDITY) ? ""
                        : msg.format("contracts.gap", r.count(CoverageGroup.COMORBIDITY).unsigned()))));
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CoverageRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove(GAP_CLASS);
                if (!empty && r != null && !r.complete(CoverageGroup.COMORBIDITY)) {
                    getStyleClass().add(GAP_CLASS);
                }
            }
        });
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                rows.getSelectionModel().clearSelection();
            }
        });
        all.setOnAction(e -> vm.select(null));

        TableView<ContractPerson> unsigned = new TableView<>(vm.unsigned());
        unsigned.setId("contracts-unsigned");
        unsigned.setPlaceholder(new Label(msg.get("contracts.unsigned.empty")));
        unsigned.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        unsigned.getColumns().addAll(List.of(
                column(msg.get("contracts.col.person"), 90, false, ContractPerson::name),
                column(msg.get("contracts.col.residentId"), 160, false, p -> p.residentId() == null
                        || p.residentId().isBlank() ? "" : ResidentIds.mask(p.residentId())),
                column(msg.get("contracts.col.age"), 50, true, p -> Integer.toString(p.age())),
                column(msg.get("contracts.col.comorbidityYes"), 70, false,
                        p -> msg.get(p.comorbidity() ? "contracts.yes" : "contracts.no")),
                column(msg.get("contracts.col.village"), 110, false, ContractPerson::villageName),
                column(msg.get("contracts.col.team"), 150, false, p -> p.teamName() == null
                        ? msg.get("contracts.noTeam") : p.teamName()),
                column(msg.get("contracts.col.phone"), 120, false, p -> p.phone() == null ? "" : p.phone())));
        Label unsignedTitle = new Label();
        unsignedTitle.getStyleClass().add("section-title");
        unsignedTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            CoverageRow r = vm.selectedProperty().get();
            String name = r == null ? msg.get("contracts.allRows")
                    : r.name() == null ? msg.get("contracts.noTeam") : r.name();
            return msg.format("contracts.unsigned.title", name, vm.unsigned().size());
        }, vm.selectedProperty(), vm.unsigned()));
        VBox box = new VBox(6, bar, rows, unsignedTitle, unsigned);
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox.setVgrow(unsigned, Priority.ALWAYS);
        setCenter(box);
    }

    private static <R> TableColumn<R, String> column(String title, double width, boolean number,
                                                     Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return c;
    }
}
