package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.VillageShortfall;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shortfall per holder (gaps first) beside the shortfall per village. */
final class ShortfallPane extends HBox {

    ShortfallPane(OximetersViewModel vm, Messages msg) {
        super(12);
        setPadding(new Insets(8));
        TableView<HolderStock> holders = new TableView<>(vm.holders());
        holders.setId("oximeter-holders");
        holders.setPlaceholder(new Label(msg.get("oximeter.holders.empty")));
        holders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        holders.getColumns().add(OxColumns.text(msg, "oximeter.col.type", 110, h -> msg.label(h.type())));
        holders.getColumns().add(OxColumns.text(msg, "oximeter.col.holder", 220, HolderStock::name));
        holders.getColumns().add(OxColumns.text(msg, "oximeter.col.village", 100,
                h -> h.villageName() == null ? msg.get("oximeter.township") : h.villageName()));
        holders.getColumns().add(OxColumns.number(msg, "oximeter.col.held", 60, HolderStock::held));
        holders.getColumns().add(OxColumns.number(msg, "oximeter.col.minimum", 60, HolderStock::minimum));
        holders.getColumns().add(OxColumns.gap(msg, "oximeter.col.shortfall", 60, HolderStock::shortfall));
        CheckBox gapsOnly = new CheckBox(msg.get("oximeter.holders.gapsOnly"));
        gapsOnly.setId("oximeter-gaps-only");
        gapsOnly.selectedProperty().bindBidirectional(vm.gapsOnlyProperty());
        Label holdersTitle = new Label(msg.get("oximeter.holders.title"));
        holdersTitle.getStyleClass().add("section-title");
        HBox holdersBar = new HBox(12, holdersTitle, gapsOnly);
        VBox left = new VBox(6, holdersBar, holders);
        VBox.setVgrow(holders, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        TableView<VillageShortfall> villages = new TableView<>(vm.villages());
        villages.setId("oximeter-villages");
        villages.setPlaceholder(new Label(msg.get("oximeter.holders.empty")));
        villages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        villages.getColumns().add(OxColumns.text(msg, "oximeter.col.village", 100,
                v -> v.villageName() == null ? msg.get("oximeter.township") : v.villageName()));
        villages.getColumns().add(OxColumns.number(msg, "oximeter.col.holders", 56, VillageShortfall::holders));
        villages.getColumns().add(OxColumns.number(msg, "oximeter.col.held", 50, VillageShortfall::held));
        villages.getColumns().add(OxColumns.number(msg, "oximeter.col.minimum", 50, VillageShortfall::minimum));
        villages.getColumns().add(OxColumns.gap(msg, "oximeter.col.shortfall", 50, VillageShortfall::shortfall));
        villages.getColumns().add(OxColumns.gap(msg, "oximeter.col.holdersShort", 70,
                VillageShortfall::holdersShort));
        villages.setPrefWidth(420);
        villages.setMinWidth(360);
        Label villagesTitle = new Label(msg.get("oximeter.villages.title"));
        villagesTitle.getStyleClass().add("section-title");
        VBox right = new VBox(6, villagesTitle, villages);
        VBox.setVgrow(villages, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }
}
