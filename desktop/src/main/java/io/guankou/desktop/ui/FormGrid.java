package io.guankou.desktop.ui;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The forms' grid: two label + field pairs per row; labels never shrink, fields take the width left. */
public final class FormGrid {

    private FormGrid() {
    }

    public static GridPane twoPairs(double hgap, double vgap, double fieldMin, double fieldPref) {
        GridPane g = new GridPane();
        g.setHgap(hgap);
        g.setVgap(vgap);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(fieldMin, fieldPref, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, value, label, value);
        return g;
    }
}
