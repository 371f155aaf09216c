package io.guankou.desktop.meeting;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The dashboard's tiles (TilesFX): one per figure line, its label as the title and its value as the text, in the CJK
 * family (TilesFX's own font has no Chinese). A figure that needs attention has a red tile. Tiles are updated when the
 * data change, never on a timer, and not animated (that costs CPU on an office PC).
 */
final class FigureTiles {

    static final Color CALM = Color.web("#2a3a4a");
    static final Color ALERT = Color.web("#b3261e");

    private FigureTiles() {
    }

    static Tile tile(String family, double width, double height) {
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.TEXT)
                .prefSize(width, height)
                .animated(false)
                .textAlignment(TextAlignment.CENTER)
                .descriptionAlignment(Pos.CENTER)
                .textVisible(true)
                .backgroundColor(CALM)
                .build();
        tile.setCustomFontEnabled(true);
        tile.setCustomFont(Font.font(family));
        return tile;
    }

    static void show(Tile tile, FigureLine line) {
        tile.setId("tile-" + line.id().replace('.', '-'));
        tile.setTitle(line.label());
        tile.setDescription(line.value());
        tile.setBackgroundColor(line.alert() ? ALERT : CALM);
        tile.setUserData(line);
    }
}
