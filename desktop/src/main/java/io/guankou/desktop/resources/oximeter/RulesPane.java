package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.oximeter.HolderType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The minimum per holder type (the notices' default beside each) and the return days. */
final class RulesPane extends VBox {

    RulesPane(OximeterRulesViewModel vm, Messages msg) {
        super(10);
        setPadding(new Insets(8));
        Label title = new Label(msg.get("oximeter.rules.title"));
        title.getStyleClass().add("section-title");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.add(new Label(msg.get("oximeter.col.type")), 0, 0);
        g.add(new Label(msg.get("oximeter.col.minimum")), 1, 0);
        g.add(new Label(msg.get("oximeter.rules.noticeDefault")), 2, 0);
        int row = 1;
        for (HolderType t : HolderType.values()) {
            TextField f = new TextField();
            f.setId("oximeter-minimum-" + t.name());
            f.setPrefColumnCount(5);
            f.textProperty().bindBidirectional(vm.minimumProperty(t));
            Label l = new Label(msg.label(t));
            l.setLabelFor(f);
            g.add(l, 0, row);
            g.add(FieldMessage.wrap("oximeter-minimum-error-" + t.name(), f, vm.errorProperty(t), msg), 1, row);
            Label def = new Label(Integer.toString(t.noticeMinimum()));
            def.getStyleClass().add("muted");
            g.add(def, 2, row);
            row++;
        }
        TextField days = new TextField();
        days.setId("oximeter-return-days");
        days.setPrefColumnCount(5);
        days.textProperty().bindBidirectional(vm.returnDaysProperty());
        g.add(new Label(msg.get("oximeter.rules.returnDays")), 0, row);
        g.add(FieldMessage.wrap("oximeter-return-days-error", days, vm.returnDaysErrorProperty(), msg), 1, row);
        Label teams = new Label(msg.get("oximeter.rules.teamsNote"));
        teams.getStyleClass().add("muted");
        teams.setWrapText(true);
        teams.setMaxWidth(640);
        Button save = new Button(msg.get("oximeter.rules.save"));
        save.setId("oximeter-rules-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button defaults = new Button(msg.get("oximeter.rules.defaults"));
        defaults.setId("oximeter-rules-defaults");
        defaults.setOnAction(e -> vm.noticeDefaults());
        NoticeLabel notice = new NoticeLabel("oximeter-rules-notice", vm.noticeProperty(), msg);
        HBox actions = new HBox(8, save, defaults, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, g, teams, actions);
    }
}
