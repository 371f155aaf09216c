package io.guankou.desktop.map;

import io.guankou.model.map.Viewport;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The map's drawing surface: one canvas the size of the region, redrawn by {@link MapPainter} whenever the
 * viewport, the data, the layers or the hovered place change; the shapes come from a {@link BaseLayer}, scaled while
 * a zoom goes on and drawn sharp {@value #REST_MS} ms after it stops. Drag pans, the wheel zooms about the pointer, a click
 * goes to the view-model; keys: + and - zoom, arrows pan, 0 fits.
 */
final class MapCanvas extends Region {

    static final double WHEEL_ZOOM = 1.25;
    static final double KEY_PAN_PX = 80;
    static final double REST_MS = 150;
    private static final double CLICK_SLOP_PX = 4;

    private final Canvas canvas = new Canvas();
    private final MapViewModel vm;
    private final MapPainter painter;
    private final Supplier<String> title;
    private final BaseLayer base;
    /** A sharp frame once the view has rested after a zoom drawn from the scaled image. */
    private final PauseTransition rest = new PauseTransition(Duration.millis(REST_MS));
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    MapCanvas(MapViewModel vm, MapPainter painter, Supplier<String> title) {
        this.vm = vm;
        this.painter = painter;
        this.title = title;
        this.base = new BaseLayer(painter);
        rest.setOnFinished(e -> draw(false));
        setId("map-canvas");
        getStyleClass().add("map-canvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        setMinSize(200, 150);
        vm.viewportProperty().addListener((o, a, b) -> redraw());
        vm.dataProperty().addListener((o, a, b) -> redraw());
        vm.hoveredProperty().addListener((o, a, b) -> redraw());
        for (MapLayer l : MapLayer.values()) {
            vm.layer(l).addListener((o, a, b) -> redraw());
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hover(null, null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            vm.resize(w, h);
            redraw();
        }
    }

    BaseLayer base() {
        return base;
    }

    void redraw() {
        draw(true);
    }

    private void draw(boolean allowStale) {
        Viewport v = vm.viewportProperty().get();
        painter.paint(canvas.getGraphicsContext2D(), vm.dataProperty().get(), new MapPainter.Frame(v,
                vm.shownLayers(), vm.hoveredProperty().get(), title.get()), base, allowStale);
        if (allowStale && !base.sharpFor(v)) {
            rest.playFromStart();
        }
    }

    /** The map as drawn now, without the hover outline. */
    WritableImage snapshot() {
        painter.paint(canvas.getGraphicsContext2D(), vm.dataProperty().get(), new MapPainter.Frame(
                vm.viewportProperty().get(), vm.shownLayers(), null, title.get()));
        WritableImage snap = canvas.snapshot(null, null);
        redraw();
        return snap;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        vm.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        if (Math.abs(e.getX() - pressX) > CLICK_SLOP_PX || Math.abs(e.getY() - pressY) > CLICK_SLOP_PX) {
            dragged = true;
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !dragged && e.isStillSincePress()) {
            vm.click(e.getX(), e.getY());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            vm.zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> vm.zoomIn();
            case MINUS, SUBTRACT -> vm.zoomOut();
            case DIGIT0, NUMPAD0, HOME -> vm.fit();
            case LEFT -> vm.panBy(KEY_PAN_PX, 0);
            case RIGHT -> vm.panBy(-KEY_PAN_PX, 0);
            case UP -> vm.panBy(0, KEY_PAN_PX);
            case DOWN -> vm.panBy(0, -KEY_PAN_PX);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
