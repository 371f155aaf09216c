package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.oximeter.Candidate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;

/**
 * The allocation planner: N (Enter proposes), the proposal with the reason on each line, the count of each line
 * editable in place (type a number, Enter), and recording it.
 */
final class AllocationPane extends VBox {

    private final Messages msg;

    AllocationPane(AllocationViewModel vm, Messages msg) {
        super(8);
        this.msg = msg;
        setPadding(new Insets(8));
        TextField supplied = new TextField();
        supplied.setId("oximeter-plan-supplied");
        supplied.setPrefColumnCount(6);
        supplied.textProperty().bindBidirectional(vm.suppliedProperty());
        supplied.setOnAction(e -> vm.propose());
        Button propose = new Button(msg.get("oximeter.plan.propose"));
        propose.setId("oximeter-plan-propose");
        propose.setOnAction(e -> vm.propose());
        Label summary = MessageLine.ok("oximeter-plan-summary", vm.summaryProperty(), msg);
        summary.getStyleClass().remove("notice-ok");
        HBox bar = new HBox(8, new Label(msg.get("oximeter.plan.supplied")), supplied, propose, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.Node barBox = FieldMessage.wrap("oximeter-plan-supplied-error", bar, supplied,
                vm.suppliedErrorProperty(), msg);
        Label rule = new Label(msg.get("oximeter.plan.rule"));
        rule.getStyleClass().add("muted");
        rule.setWrapText(true);

        TableView<AllocationViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("oximeter-plan-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(msg.get("oximeter.plan.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.holder", 180, l -> candidate(l).name()));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.type", 90, l -> msg.label(candidate(l).type())));
        table.getColumns().add(OxColumns.number(msg, "oximeter.col.held", 48, l -> candidate(l).held()));
        table.getColumns().add(OxColumns.number(msg, "oximeter.col.minimum", 48, l -> candidate(l).minimum()));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.need", 100, l -> msg.format("oximeter.plan.need",
                candidate(l).need().red(), candidate(l).need().yellow(), candidate(l).need().atRiskWithout())));
        TableColumn<AllocationViewModel.Line, Integer> count = new TableColumn<>(msg.get("oximeter.col.count"));
        count.setId("oximeter-plan-count");
        count.setCellValueFactory(d -> d.getValue().countProperty().asObject());
        count.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter() {
            @Override
            public Integer fromString(String s) {
                try {
                    return super.fromString(s == null ? null : s.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }));
        count.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                e.getRowValue().countProperty().set(e.getNewValue());
            } else {
                table.refresh(); // not a number: the old count stays
            }
        });
        count.setPrefWidth(64);
        count.setEditable(true);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(count);
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.reason", 420, this::reasons));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label total = new Label();
        total.setId("oximeter-plan-total");
        total.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("oximeter.plan.total", vm.totalProperty().get()), vm.totalProperty()));
        Button accept = new Button(msg.get("oximeter.plan.accept"));
        accept.setId("oximeter-plan-accept");
        accept.getStyleClass().add("accent");
        accept.disableProperty().bind(vm.proposedProperty().not().or(vm.savingProperty())
                .or(vm.problemProperty().isNotNull()));
        accept.setOnAction(e -> vm.accept());
        MessageLine problem = MessageLine.error("oximeter-plan-problem", vm.problemProperty(), msg);
        NoticeLabel notice = new NoticeLabel("oximeter-plan-notice", vm.noticeProperty(), msg);
        HBox actions = new HBox(10, total, accept, problem, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(barBox, rule, table, actions);
    }

    private static Candidate candidate(AllocationViewModel.Line l) {
        return l.planned().candidate();
    }

    private String reasons(AllocationViewModel.Line l) {
        return l.reasons().stream().map((Msg m) -> msg.text(m))
                .collect(Collectors.joining(msg.get("list.separator")));
    }
}
