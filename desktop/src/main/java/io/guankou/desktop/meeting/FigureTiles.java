package io.guankou.desktop.meeting;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The dashboard's tiles (TilesFX): one per figure line, its label as the tile's title and its value in the middle, in
 * the CJK family (TilesFX's own font has no Chinese glyphs, so the value is a label of ours in the custom skin). A
 * figure that needs attention has a red tile. Tiles are updated when the data change, never on a timer, and not
 * animated (that costs CPU on an office PC).
 */
final class FigureTiles {

    static final Color CALM = Color.web("#2a3a4a");
    static final Color ALERT = Color.web("#b3261e");
    static final String TITLE_CLASS = "tile-title";
    static final String VALUE_CLASS = "tile-value";

    private FigureTiles() {
    }

    static Tile tile(String family, double width, double height, double valueSize) {
        Label title = new Label();
        title.getStyleClass().add(TITLE_CLASS);
        // inline: the application's stylesheet colours every label, and tiles are dark
        title.setStyle("-fx-text-fill: #e8eef4; -fx-font-family: '" + family + "'; -fx-font-size: "
                + Math.round(valueSize * 0.62) + "px;");
        title.setMaxWidth(width - 12);
        Label value = new Label();
        value.getStyleClass().add(VALUE_CLASS);
        value.setWrapText(true);
        value.setTextAlignment(TextAlignment.CENTER);
        value.setAlignment(Pos.CENTER);
        value.setStyle("-fx-text-fill: white; -fx-font-weight: bold; -fx-font-family: '" + family
                + "'; -fx-font-size: " + Math.round(valueSize) + "px;");
        value.setMaxWidth(width - 12);
        VBox box = new VBox(2, title, value);
        box.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(value, Priority.ALWAYS);
        value.setMaxHeight(Double.MAX_VALUE);
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(width, height)
                .animated(false)
                .backgroundColor(CALM)
                .roundedCorners(true)
                .graphic(box)
                .build();
        tile.setCustomFontEnabled(true);
        tile.setCustomFont(Font.font(family));
        return tile;
    }

    static void show(Tile tile, FigureLine line) {
        tile.setId("tile-" + line.id().replace('.', '-'));
        VBox box = (VBox) tile.getGraphic();
        ((Label) box.getChildren().get(0)).setText(line.label());
        ((Label) box.getChildren().get(1)).setText(line.value());
        tile.setBackgroundColor(line.alert() ? ALERT : CALM);
        tile.setUserData(line);
    }
}
