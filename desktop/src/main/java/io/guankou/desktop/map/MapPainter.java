package io.guankou.desktop.map;

import io.guankou.desktop.ui.CjkFont;
import io.guankou.model.map.Glyph;
import io.guankou.model.map.LabelLayout;
import io.guankou.model.map.MapShape;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.map.RedShare;
import io.guankou.model.map.Rings;
import io.guankou.model.map.ScaleBar;
import io.guankou.model.map.Viewport;
import io.guankou.model.org.FacilityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the map onto a canvas: the shapes in view at the level of detail their scale needs (shaded by
 * the share of red persons), the layers switched on, the labels that fit (glyph and name, hidden rather than
 * overlapping), the legend, the scale bar and the title. Everything is drawn, nothing is a node per village, so a
 * frame costs the points in view, not the points of the county.
 */
final class MapPainter {

    static final Color[] SHARE_COLOURS = {
        Color.web("#f3f3ec"), Color.web("#fde0d6"), Color.web("#f9b09b"), Color.web("#ec7258"), Color.web("#c62d1f")};
    static final Color RED = Color.web("#d7301f");
    static final Color YELLOW = Color.web("#f2b705");
    static final Color GREEN = Color.web("#2e9e4f");
    static final Color WATER = Color.web("#e8edf2");
    private static final Color BORDER = Color.web("#5d6670");
    private static final Color HOVER = Color.web("#1f4e9c");
    private static final Color OVERDUE = Color.web("#e36a00");
    private static final Color OXIMETER = Color.web("#7a3ea1");
    private static final Color FACILITY = Color.web("#1769aa");
    private static final Color BASE = Color.web("#c81e1e");
    private static final Color REACH_FILL = Color.rgb(30, 105, 200, 0.07);
    private static final Color REACH_LINE = Color.rgb(30, 105, 200, 0.65);
    private static final Color NOT_COVERED = Color.web("#8b0000");
    private static final Color PANEL = Color.rgb(255, 255, 255, 0.88);
    private static final Color INK = Color.web("#222222");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.7);
    private static final double LABEL_SIZE = 13;
    private static final double GAP = 3;

    private final MapTexts texts;
    private final Font labelFont;
    private final Font smallFont;
    private final Font badgeFont;
    private final Font titleFont;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, Double> badgeWidths = new HashMap<>();
    private final Text measure = new Text();
    /** Room for the tallest legend (every layer on): 18 lines. */
    private static final double LEGEND_BOX_W = 300;
    private static final double LEGEND_BOX_H = 18 * 18 + 12 + 24;
    private final Canvas legendCanvas = new Canvas();
    private WritableImage legendImage;
    private String legendKey;

    MapPainter(MapTexts texts) {
        this.texts = texts;
        String family = CjkFont.choose(Font.getFamilies()).orElse(Font.getDefault().getFamily());
        labelFont = Font.font(family, LABEL_SIZE);
        smallFont = Font.font(family, 12);
        badgeFont = Font.font(family, FontWeight.BOLD, 11);
        titleFont = Font.font(family, FontWeight.BOLD, 15);
    }

    /** What a frame shows besides the data: the title (null: none) and the place under the pointer. */
    record Frame(Viewport viewport, Set<MapLayer> layers, MapShape hovered, String title) {
    }

    /** A whole frame, drawn afresh (the export, the print, a sharp redraw). */
    void paint(GraphicsContext gc, MapData d, Frame frame) {
        paintBase(gc, d, frame.viewport(), frame.layers());
        paintOverlay(gc, d, frame);
    }

    /**
     * A frame whose shapes come from {@code base}: reused while only panning, scaled while zooming when
     * {@code allowStale} (the caller redraws sharply once the view rests), drawn again when they no longer will do.
     */
    void paint(GraphicsContext gc, MapData d, Frame frame, BaseLayer base, boolean allowStale) {
        base.draw(gc, d, frame.viewport(), frame.layers(), allowStale);
        paintOverlay(gc, d, frame);
    }

    /**
     * Everything that moves with the map: the water, the shapes shaded and bordered, the layers' marks and the
     * labels that fit.
     */
    void paintBase(GraphicsContext gc, MapData d, Viewport v, Set<MapLayer> layers) {
        gc.setFill(WATER);
        gc.fillRect(0, 0, v.width(), v.height());
        if (d == null || d.geometry().isEmpty()) {
            return;
        }
        boolean townships = d.geometry().showsTownships(v.pxPerKm());
        List<MapShape> shapes = d.geometry().inView(v);
        gc.setFillRule(FillRule.NON_ZERO); // rings are oriented (Rings): holes open, enclaves filled
        gc.setLineDashes();
        // one path per shade and one for every border: a frame's cost is its points, not its villages
        int[] shade = new int[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            PlaceFigures f = figures(d, shapes.get(i), townships);
            shade[i] = layers.contains(MapLayer.TIERS) ? RedShare.classOf(f.red(), f.keyPersons()) : 0;
        }
        for (int c = 0; c < RedShare.CLASSES; c++) {
            gc.beginPath();
            boolean any = false;
            for (int i = 0; i < shapes.size(); i++) {
                if (shade[i] == c) {
                    append(gc, shapes.get(i).rings(v.pxPerKm()), v);
                    any = true;
                }
            }
            if (any) {
                gc.setFill(SHARE_COLOURS[c]);
                gc.fill();
            }
        }
        gc.setStroke(BORDER);
        gc.setLineWidth(townships ? 1.6 : 1);
        gc.beginPath();
        for (MapShape s : shapes) {
            append(gc, s.rings(v.pxPerKm()), v);
        }
        gc.stroke();
        if (layers.contains(MapLayer.AMBULANCES)) {
            notCovered(gc, d, shapes, v, townships);
            reach(gc, d, v);
        }
        if (layers.contains(MapLayer.FACILITIES)) {
            facilities(gc, d, v);
        }
        if (layers.contains(MapLayer.AMBULANCES)) {
            bases(gc, d, v);
        }
        labels(gc, d, shapes, v, layers, townships);
    }

    /** What stays put on the screen, drawn at the current view: the hover outline, legend, scale bar and title. */
    void paintOverlay(GraphicsContext gc, MapData d, Frame frame) {
        Viewport v = frame.viewport();
        if (d == null || d.geometry().isEmpty()) {
            return;
        }
        boolean townships = d.geometry().showsTownships(v.pxPerKm());
        Set<MapLayer> layers = frame.layers();
        MapShape hovered = frame.hovered();
        if (hovered != null) {
            gc.setStroke(HOVER);
            gc.setLineWidth(3);
            gc.setLineDashes();
            path(gc, hovered.rings(v.pxPerKm()), v);
            gc.stroke();
        }
        legend(gc, d, v, layers);
        scaleBar(gc, v);
        title(gc, frame.title(), townships);
    }

    private static PlaceFigures figures(MapData d, MapShape s, boolean townships) {
        return townships ? d.township(s.townshipCode()) : d.village(s.id());
    }

    private static void path(GraphicsContext gc, Rings rings, Viewport v) {
        gc.beginPath();
        append(gc, rings, v);
    }

    /** Adds the rings to the current path, on screen. */
    private static void append(GraphicsContext gc, Rings rings, Viewport v) {
        double cx = v.centreX();
        double cy = v.centreY();
        double k = v.pxPerKm();
        double hw = v.width() / 2;
        double hh = v.height() / 2;
        for (double[] ring : rings.rings()) {
            gc.moveTo((ring[0] - cx) * k + hw, hh - (ring[1] - cy) * k);
            for (int i = 2; i < ring.length; i += 2) {
                gc.lineTo((ring[i] - cx) * k + hw, hh - (ring[i + 1] - cy) * k);
            }
            gc.closePath();
        }
    }

    private void notCovered(GraphicsContext gc, MapData d, List<MapShape> shapes, Viewport v, boolean townships) {
        gc.setStroke(NOT_COVERED);
        gc.setLineWidth(2.2);
        gc.setLineDashes(6, 4);
        gc.beginPath();
        for (MapShape s : shapes) {
            if (Boolean.FALSE.equals(figures(d, s, townships).covered())) {
                append(gc, s.rings(v.pxPerKm()), v);
            }
        }
        gc.stroke();
        gc.setLineDashes();
    }

    private static void reach(GraphicsContext gc, MapData d, Viewport v) {
        gc.setLineWidth(1.4);
        gc.setLineDashes(5, 4);
        for (AmbulanceBase b : d.bases()) {
            if (b.reachKm() <= 0) {
                continue;
            }
            double r = b.reachKm() * v.pxPerKm();
            double x = v.screenX(b.at().x);
            double y = v.screenY(b.at().y);
            gc.setFill(REACH_FILL);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(REACH_LINE);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        gc.setLineDashes();
    }

    /** Village clinics as one path of dots, the larger facilities one by one (there are few). */
    private static void facilities(GraphicsContext gc, MapData d, Viewport v) {
        gc.beginPath();
        boolean anyClinic = false;
        for (FacilityMark f : d.facilities()) {
            if (f.type() == FacilityType.VILLAGE_CLINIC) {
                double x = v.screenX(f.at().x);
                double y = v.screenY(f.at().y);
                if (x < -5 || y < -5 || x > v.width() + 5 || y > v.height() + 5) {
                    continue;
                }
                gc.moveTo(x + 3.5, y);
                gc.arc(x, y, 3.5, 3.5, 0, 360);
                gc.closePath();
                anyClinic = true;
            }
        }
        if (anyClinic) {
            gc.setFill(FACILITY);
            gc.fill();
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1);
            gc.stroke();
        }
        for (FacilityMark f : d.facilities()) {
            if (f.type() != FacilityType.VILLAGE_CLINIC) {
                facility(gc, f.type(), v.screenX(f.at().x), v.screenY(f.at().y));
            }
        }
    }

    static boolean isCentre(FacilityType t) {
        return t == FacilityType.TOWNSHIP_HEALTH_CENTRE || t == FacilityType.COMMUNITY_HEALTH_CENTRE;
    }

    private static void facility(GraphicsContext gc, FacilityType type, double x, double y) {
        gc.setLineWidth(1);
        gc.setStroke(Color.WHITE);
        if (type == FacilityType.VILLAGE_CLINIC) {
            gc.setFill(FACILITY);
            gc.fillOval(x - 3.5, y - 3.5, 7, 7);
            gc.strokeOval(x - 3.5, y - 3.5, 7, 7);
            return;
        }
        double h = isCentre(type) ? 6.5 : 4.5;
        gc.setFill(FACILITY);
        gc.fillRect(x - h, y - h, 2 * h, 2 * h);
        gc.setLineWidth(isCentre(type) ? 2 : 1.5);
        gc.strokeLine(x - h + 2, y, x + h - 2, y);
        gc.strokeLine(x, y - h + 2, x, y + h - 2);
    }

    private static void bases(GraphicsContext gc, MapData d, Viewport v) {
        for (AmbulanceBase b : d.bases()) {
            double x = v.screenX(b.at().x) + 9;
            double y = v.screenY(b.at().y) - 9;
            base(gc, x, y, b.networkedInService() > 0);
        }
    }

    private static void base(GraphicsContext gc, double x, double y, boolean inService) {
        gc.setFill(Color.WHITE);
        gc.fillRoundRect(x - 7, y - 5, 14, 10, 3, 3);
        gc.setStroke(inService ? BASE : Color.GRAY);
        gc.setLineWidth(1.2);
        gc.strokeRoundRect(x - 7, y - 5, 14, 10, 3, 3);
        gc.setLineWidth(2);
        gc.strokeLine(x - 3, y, x + 3, y);
        gc.strokeLine(x, y - 3, x, y + 3);
    }

    private double width(String text) {
        return widths.computeIfAbsent(text, t -> {
            measure.setFont(labelFont);
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void labels(GraphicsContext gc, MapData d, List<MapShape> shapes, Viewport v, Set<MapLayer> layers,
                        boolean townships) {
        boolean glyphs = layers.contains(MapLayer.TIERS);
        int most = townships ? d.mostTownshipKeyPersons() : d.mostVillageKeyPersons();
        List<LabelLayout.Candidate> candidates = new ArrayList<>(shapes.size());
        Map<Long, Double> radius = new HashMap<>();
        for (MapShape s : shapes) {
            PlaceFigures f = figures(d, s, townships);
            double r = glyphs ? Glyph.radiusPx(f.keyPersons(), most) : 0;
            radius.put(s.id(), r);
            double w = Math.max(width(name(d, s, townships)), 2 * r) + 4;
            double h = (r > 0 ? 2 * r + GAP : 0) + LABEL_SIZE * 1.25;
            candidates.add(new LabelLayout.Candidate(s.id(), f.keyPersons(), w, h, s));
        }
        Set<Long> shown = LabelLayout.place(candidates, v);
        List<Placed> placed = new ArrayList<>();
        List<double[]> redDots = new ArrayList<>();
        List<double[]> overdueDots = new ArrayList<>();
        List<double[]> oximeterDots = new ArrayList<>();
        boolean overdue = layers.contains(MapLayer.OVERDUE);
        boolean oximeters = layers.contains(MapLayer.OXIMETERS) && d.oximetersKnown();
        for (LabelLayout.Candidate c : candidates) {
            MapShape s = c.shape();
            PlaceFigures f = figures(d, s, townships);
            double x = v.screenX(s.label().x);
            double y = v.screenY(s.label().y);
            if (shown.contains(s.id())) {
                double r = radius.get(s.id());
                double top = y - c.heightPx() / 2;
                placed.add(new Placed(x, top, r, f, name(d, s, townships)));
                continue;
            }
            // a village too small for its label still shows that something needs attention there
            if (x < -8 || y < -8 || x > v.width() + 8 || y > v.height() + 8) {
                continue;
            }
            if (glyphs && f.red() > 0) {
                redDots.add(new double[]{x, y});
            }
            if (overdue && f.overdue() > 0) {
                overdueDots.add(new double[]{x + 4.5, y - 3.5});
            }
            if (oximeters && f.oximeterShortfall() > 0) {
                oximeterDots.add(new double[]{x - 4.5, y - 3.5});
            }
        }
        dots(gc, redDots, RED);
        dots(gc, overdueDots, OVERDUE);
        dots(gc, oximeterDots, OXIMETER);
        glyphs(gc, placed);
        double textH = LABEL_SIZE * 1.25;
        gc.beginPath();
        for (Placed p : placed) {
            double w = width(p.name);
            gc.rect(p.x - w / 2 - 2, p.textTop(), w + 4, textH);
        }
        gc.setFill(HALO);
        gc.fill();
        gc.setFont(labelFont);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (Placed p : placed) {
            gc.fillText(p.name, p.x, p.textTop());
        }
        if (overdue) {
            badges(gc, placed, OVERDUE, false);
        }
        if (oximeters) {
            badges(gc, placed, OXIMETER, true);
        }
    }

    /** A label shown: where its glyph and name go, and its figures. */
    private record Placed(double x, double top, double r, PlaceFigures f, String name) {
        double textTop() {
            return top + (r > 0 ? 2 * r + GAP : 0);
        }

        double badgeTop() {
            return top + (r > 0 ? 0 : -6);
        }
    }

    private static void dots(GraphicsContext gc, List<double[]> at, Color colour) {
        if (at.isEmpty()) {
            return;
        }
        gc.beginPath();
        for (double[] p : at) {
            gc.moveTo(p[0] + 2.5, p[1]);
            gc.arc(p[0], p[1], 2.5, 2.5, 0, 360);
            gc.closePath();
        }
        gc.setFill(colour);
        gc.fill();
    }

    /** Every placed glyph: one path per tier colour, one for the white rings. */
    private static void glyphs(GraphicsContext gc, List<Placed> placed) {
        Color[] colours = {RED, YELLOW, GREEN};
        for (int tier = 0; tier < 3; tier++) {
            gc.beginPath();
            boolean any = false;
            for (Placed p : placed) {
                if (p.r <= 0 || p.f.keyPersons() <= 0) {
                    continue;
                }
                int[] counts = {p.f.red(), p.f.yellow(), p.f.green()};
                double start = 90;
                for (int i = 0; i < tier; i++) {
                    start -= 360.0 * counts[i] / p.f.keyPersons();
                }
                double extent = -360.0 * counts[tier] / p.f.keyPersons();
                if (extent == 0) {
                    continue;
                }
                double cy = p.top + p.r;
                gc.moveTo(p.x, cy);
                gc.arc(p.x, cy, p.r, p.r, start, extent);
                gc.closePath();
                any = true;
            }
            if (any) {
                gc.setFill(colours[tier]);
                gc.fill();
            }
        }
        gc.beginPath();
        for (Placed p : placed) {
            if (p.r > 0 && p.f.keyPersons() > 0) {
                double cy = p.top + p.r;
                gc.moveTo(p.x + p.r, cy);
                gc.arc(p.x, cy, p.r, p.r, 0, 360);
                gc.closePath();
            }
        }
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        gc.stroke();
    }

    /** The overdue (right of the glyph) or oximeter (left) counts as pills: one path, then their numbers. */
    private void badges(GraphicsContext gc, List<Placed> placed, Color colour, boolean oximeter) {
        double h = 15;
        List<double[]> at = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        gc.beginPath();
        for (Placed p : placed) {
            int n = oximeter ? p.f.oximeterShortfall() : p.f.overdue();
            if (n <= 0) {
                continue;
            }
            String text = String.valueOf(n);
            double w = badgeWidth(text);
            double edge = oximeter ? p.x - Math.max(p.r, 6) - 2 : p.x + Math.max(p.r, 6) + 2;
            double left = oximeter ? edge - w : edge;
            pill(gc, left, p.badgeTop(), w, h);
            at.add(new double[]{left + w / 2, p.badgeTop() + h / 2});
            texts.add(text);
        }
        if (at.isEmpty()) {
            return;
        }
        gc.setFill(colour);
        gc.fill();
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        gc.stroke();
        gc.setFill(Color.WHITE);
        gc.setFont(badgeFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < at.size(); i++) {
            gc.fillText(texts.get(i), at.get(i)[0], at.get(i)[1]);
        }
        gc.setTextBaseline(VPos.TOP);
    }

    /** Adds a pill (a rectangle with round ends) to the current path. */
    private static void pill(GraphicsContext gc, double left, double top, double w, double h) {
        double r = h / 2;
        double right = left + w;
        double bottom = top + h;
        gc.moveTo(left + r, top);
        gc.lineTo(right - r, top);
        gc.arcTo(right, top, right, top + r, r);
        gc.arcTo(right, bottom, right - r, bottom, r);
        gc.lineTo(left + r, bottom);
        gc.arcTo(left, bottom, left, bottom - r, r);
        gc.arcTo(left, top, left + r, top, r);
        gc.closePath();
    }

    private double badgeWidth(String text) {
        return badgeWidths.computeIfAbsent(text, t -> {
            measure.setFont(badgeFont);
            measure.setText(t);
            return Math.max(measure.getLayoutBounds().getWidth() + 8, 16);
        });
    }

    private static String name(MapData d, MapShape s, boolean townships) {
        return townships ? d.townshipName(s.townshipCode()) : d.villageName(s.id());
    }

    /** The pie of red, yellow and green persons, clockwise from the top, ringed in white. */
    static void glyph(GraphicsContext gc, PlaceFigures f, double x, double y, double r) {
        int total = f.keyPersons();
        if (total <= 0) {
            return;
        }
        double start = 90;
        int[] counts = {f.red(), f.yellow(), f.green()};
        Color[] colours = {RED, YELLOW, GREEN};
        for (int i = 0; i < 3; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double extent = -360.0 * counts[i] / total;
            gc.setFill(colours[i]);
            gc.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
            start += extent;
        }
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void badge(GraphicsContext gc, String text, double edgeX, double top, Color colour, boolean leftOfEdge) {
        double w = badgeWidth(text);
        double h = 15;
        double left = leftOfEdge ? edgeX - w : edgeX;
        gc.setFill(colour);
        gc.fillRoundRect(left, top, w, h, h, h);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        gc.strokeRoundRect(left, top, w, h, h, h);
        gc.setFill(Color.WHITE);
        gc.setFont(badgeFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, left + w / 2, top + h / 2);
        gc.setTextBaseline(VPos.TOP);
    }

    /** The legend, drawn once per set of layers into an image and copied onto each frame (its text is costly). */
    private void legend(GraphicsContext gc, MapData d, Viewport v, Set<MapLayer> layers) {
        String key = layers + "/" + d.oximetersKnown() + "/" + d.coverageKnown();
        if (!key.equals(legendKey)) {
            legendCanvas.setWidth(LEGEND_BOX_W);
            legendCanvas.setHeight(LEGEND_BOX_H);
            GraphicsContext lg = legendCanvas.getGraphicsContext2D();
            lg.clearRect(0, 0, LEGEND_BOX_W, LEGEND_BOX_H);
            drawLegend(lg, d, new Viewport(0, 0, 1, LEGEND_BOX_W, LEGEND_BOX_H), layers);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            legendImage = legendCanvas.snapshot(transparent, null);
            legendKey = key;
        }
        gc.drawImage(legendImage, 0, v.height() - LEGEND_BOX_H);
    }

    private void drawLegend(GraphicsContext gc, MapData d, Viewport v, Set<MapLayer> layers) {
        double lineH = 18;
        double x = 12;
        int lines = 0;
        if (layers.contains(MapLayer.TIERS)) {
            lines += 1 + RedShare.CLASSES + 1;
        }
        if (layers.contains(MapLayer.OVERDUE)) {
            lines++;
        }
        if (layers.contains(MapLayer.OXIMETERS)) {
            lines++;
        }
        if (layers.contains(MapLayer.FACILITIES)) {
            lines += 3;
        }
        if (layers.contains(MapLayer.AMBULANCES)) {
            lines += d.coverageKnown() ? 3 : 1;
        }
        if (lines == 0) {
            return;
        }
        double h = lines * lineH + 12;
        double w = legendWidth(d, layers);
        double top = v.height() - h - 12;
        gc.setFill(PANEL);
        gc.fillRoundRect(x, top, w, h, 8, 8);
        gc.setStroke(Color.rgb(0, 0, 0, 0.2));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, top, w, h, 8, 8);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double y = top + 6 + lineH / 2;
        double sx = x + 10;
        double tx = x + 34;
        if (layers.contains(MapLayer.TIERS)) {
            gc.setFont(smallFont);
            gc.setFill(INK);
            gc.fillText(texts.legendTitle, sx, y);
            y += lineH;
            for (int c = 0; c < RedShare.CLASSES; c++) {
                gc.setFill(SHARE_COLOURS[c]);
                gc.fillRect(sx, y - 6, 18, 12);
                gc.setStroke(BORDER);
                gc.strokeRect(sx, y - 6, 18, 12);
                legendText(gc, texts.shareClasses.get(c), tx, y);
                y += lineH;
            }
            glyph(gc, new PlaceFigures(1, 1, 2, 0, 0, null), sx + 9, y, 7);
            legendText(gc, texts.glyph, tx, y);
            y += lineH;
        }
        if (layers.contains(MapLayer.OVERDUE)) {
            badge(gc, "3", sx, y - 7.5, OVERDUE, false);
            gc.setTextAlign(TextAlignment.LEFT);
            legendText(gc, texts.overdue, tx, y);
            y += lineH;
        }
        if (layers.contains(MapLayer.OXIMETERS)) {
            if (d.oximetersKnown()) {
                badge(gc, "2", sx, y - 7.5, OXIMETER, false);
            }
            gc.setTextAlign(TextAlignment.LEFT);
            legendText(gc, d.oximetersKnown() ? texts.oximeters : texts.oximetersNone, tx, y);
            y += lineH;
        }
        if (layers.contains(MapLayer.FACILITIES)) {
            facility(gc, FacilityType.TOWNSHIP_HEALTH_CENTRE, sx + 9, y);
            legendText(gc, texts.facilityCentre, tx, y);
            y += lineH;
            facility(gc, FacilityType.SUB_CENTRE, sx + 9, y);
            legendText(gc, texts.facilityStation, tx, y);
            y += lineH;
            facility(gc, FacilityType.VILLAGE_CLINIC, sx + 9, y);
            legendText(gc, texts.facilityClinic, tx, y);
            y += lineH;
        }
        if (layers.contains(MapLayer.AMBULANCES)) {
            if (!d.coverageKnown()) {
                legendText(gc, texts.coverageNone, sx, y);
                return;
            }
            base(gc, sx + 9, y, true);
            legendText(gc, texts.base, tx, y);
            y += lineH;
            gc.setFill(REACH_FILL);
            gc.fillOval(sx + 2, y - 7, 14, 14);
            gc.setStroke(REACH_LINE);
            gc.setLineDashes(3, 2);
            gc.strokeOval(sx + 2, y - 7, 14, 14);
            gc.setLineDashes();
            legendText(gc, texts.reach, tx, y);
            y += lineH;
            gc.setStroke(NOT_COVERED);
            gc.setLineWidth(2);
            gc.setLineDashes(4, 3);
            gc.strokeLine(sx, y, sx + 18, y);
            gc.setLineDashes();
            legendText(gc, texts.notCovered, tx, y);
        }
    }

    /** Wide enough for the longest text shown (swatch column 34 px, 10 px to spare), at most the image's width. */
    private double legendWidth(MapData d, Set<MapLayer> layers) {
        List<String> shown = new ArrayList<>();
        if (layers.contains(MapLayer.TIERS)) {
            shown.add(texts.legendTitle);
            shown.addAll(texts.shareClasses);
            shown.add(texts.glyph);
        }
        if (layers.contains(MapLayer.OVERDUE)) {
            shown.add(texts.overdue);
        }
        if (layers.contains(MapLayer.OXIMETERS)) {
            shown.add(d.oximetersKnown() ? texts.oximeters : texts.oximetersNone);
        }
        if (layers.contains(MapLayer.FACILITIES)) {
            shown.addAll(List.of(texts.facilityCentre, texts.facilityStation, texts.facilityClinic));
        }
        if (layers.contains(MapLayer.AMBULANCES)) {
            shown.addAll(d.coverageKnown() ? List.of(texts.base, texts.reach, texts.notCovered)
                    : List.of(texts.coverageNone));
        }
        double widest = 0;
        measure.setFont(smallFont);
        for (String t : shown) {
            measure.setText(t);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.min(LEGEND_BOX_W - 14, 34 + widest + 10);
    }

    private void legendText(GraphicsContext gc, String text, double x, double y) {
        gc.setFont(smallFont);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    private void scaleBar(GraphicsContext gc, Viewport v) {
        ScaleBar bar = ScaleBar.choose(v.pxPerKm(), 140);
        double right = v.width() - 20;
        double y = v.height() - 22;
        double left = right - bar.px();
        gc.setFill(PANEL);
        gc.fillRoundRect(left - 10, y - 24, bar.px() + 20, 34, 6, 6);
        gc.setStroke(INK);
        gc.setLineWidth(2);
        gc.strokeLine(left, y, right, y);
        gc.strokeLine(left, y - 5, left, y + 3);
        gc.strokeLine(right, y - 5, right, y + 3);
        gc.setFont(smallFont);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(texts.scale(bar), (left + right) / 2, y - 5);
        // north arrow above the scale bar
        double nx = right - 8;
        double ny = y - 62;
        gc.setFill(INK);
        gc.fillPolygon(new double[]{nx, nx - 7, nx + 7}, new double[]{ny - 12, ny + 6, ny + 6}, 3);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(texts.north, nx, ny + 8);
    }

    private void title(GraphicsContext gc, String title, boolean townships) {
        if (title == null && !townships) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double y = 10;
        if (title != null) {
            measure.setFont(titleFont);
            measure.setText(title);
            double w = measure.getLayoutBounds().getWidth();
            gc.setFill(PANEL);
            gc.fillRoundRect(8, y - 4, w + 16, 26, 6, 6);
            gc.setFont(titleFont);
            gc.setFill(INK);
            gc.fillText(title, 16, y);
            y += 28;
        }
        if (townships) {
            gc.setFont(smallFont);
            gc.setFill(INK);
            gc.fillText(texts.countyLevel, 16, y);
        }
    }
}
