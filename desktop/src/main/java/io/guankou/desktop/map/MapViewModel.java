package io.guankou.desktop.map;

import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.map.MapGeometry;
import io.guankou.model.map.MapShape;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.map.Viewport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The map view's state: the loaded {@link MapData}, the viewport (pan, zoom, fit), the layers switched on, the place
 * under the pointer with its counts, and what a click does — at village level it opens the ledger filtered to the
 * village, at township level (county mode, zoomed out) it zooms to the township. Reloads when the ledger, contacts,
 * places, devices, transport, settings or packages change. Holds no node.
 */
public final class MapViewModel {

    static final double ZOOM_STEP = 1.5;
    static final double FIT_MARGIN_PX = 24;
    private static final EnumSet<MapLayer> ON_AT_START = EnumSet.of(MapLayer.TIERS, MapLayer.OVERDUE,
            MapLayer.FACILITIES);

    private final MapServices services;
    private final MapNavigator navigator;
    private final LoadState state = new LoadState();
    private final ObjectProperty<MapData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(new Viewport(0, 0, 10, 0, 0));
    private final Map<MapLayer, BooleanProperty> layers = new EnumMap<>(MapLayer.class);
    private final ObjectProperty<MapShape> hovered = new SimpleObjectProperty<>();
    private final ObservableList<Msg> hoverLines = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> problem = new SimpleObjectProperty<>();
    private final ObservableList<Msg> hoverView = FXCollections.unmodifiableObservableList(hoverLines);
    private boolean fitted;
    private long generation;

    public MapViewModel(MapServices services, MapNavigator navigator) {
        this.services = services;
        this.navigator = navigator;
        for (MapLayer l : MapLayer.values()) {
            layers.put(l, new SimpleBooleanProperty(ON_AT_START.contains(l)));
        }
        hovered.addListener((o, a, b) -> describeHovered());
        services.events().subscribe(EnumSet.of(DataKind.LEDGER, DataKind.CONTACTS, DataKind.PLACES, DataKind.DEVICES,
                DataKind.TRANSPORT, DataKind.SETTINGS, DataKind.PACKAGES), change -> reload());
    }

    /** Reads the shapes and figures again; the viewport stays where the user left it. */
    public void reload() {
        long gen = ++generation;
        state.loading();
        services.runner().run("map-load", () -> MapDataLoader.load(services), loaded -> {
            if (gen != generation) {
                return;
            }
            MapData before = data.get();
            data.set(loaded);
            if (before == null || !before.geometry().extent().equals(loaded.geometry().extent())) {
                fitted = false;
            }
            hovered.set(null);
            state.ready();
            fitIfSized();
        }, failure -> {
            if (gen == generation) {
                state.failed(failure);
            }
        });
    }

    /** The view's size changed (and is known for the first time: the map is fitted then). */
    public void resize(double width, double height) {
        viewport.set(viewport.get().resized(width, height));
        fitIfSized();
    }

    private void fitIfSized() {
        Viewport v = viewport.get();
        if (!fitted && data.get() != null && v.width() > 0 && v.height() > 0) {
            fit();
        }
    }

    /** The whole township (county) in view. */
    public void fit() {
        MapData d = data.get();
        Viewport v = viewport.get();
        if (d == null || d.geometry().isEmpty() || v.width() <= 0) {
            return;
        }
        viewport.set(Viewport.fit(d.geometry().extent(), v.width(), v.height(), FIT_MARGIN_PX));
        fitted = true;
    }

    public void zoomIn() {
        Viewport v = viewport.get();
        viewport.set(v.zoomAt(v.width() / 2, v.height() / 2, ZOOM_STEP));
    }

    public void zoomOut() {
        Viewport v = viewport.get();
        viewport.set(v.zoomAt(v.width() / 2, v.height() / 2, 1 / ZOOM_STEP));
    }

    /** The mouse wheel: zoom about the pointer. */
    public void zoomAt(double x, double y, double factor) {
        viewport.set(viewport.get().zoomAt(x, y, factor));
    }

    /** A drag of the map by {@code dx, dy} pixels. */
    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** Whether the map now shows townships (county mode, zoomed out) rather than villages. */
    public boolean showsTownships() {
        MapData d = data.get();
        return d != null && d.geometry().showsTownships(viewport.get().pxPerKm());
    }

    /** The shape of the level shown under a screen point. */
    public Optional<MapShape> shapeAt(double x, double y) {
        MapData d = data.get();
        if (d == null) {
            return Optional.empty();
        }
        Coordinate p = viewport.get().toPlane(x, y);
        MapGeometry g = d.geometry();
        return showsTownships() ? g.townshipAt(p) : g.villageAt(p);
    }

    /** The village under a screen point while villages are shown. */
    public Optional<Long> villageAt(double x, double y) {
        return showsTownships() ? Optional.empty() : shapeAt(x, y).map(MapShape::id);
    }

    /** The pointer moved to a screen point (or left the map: null). */
    public void hover(Double x, Double y) {
        hovered.set(x == null || y == null ? null : shapeAt(x, y).orElse(null));
    }

    /** A click: a village opens the ledger filtered to it; a township (county level) is zoomed to. */
    public void click(double x, double y) {
        if (showsTownships()) {
            shapeAt(x, y).ifPresent(t -> {
                Viewport v = viewport.get();
                Envelope e = t.envelope();
                Viewport fit = Viewport.fit(e, v.width(), v.height(), FIT_MARGIN_PX);
                viewport.set(fit);
            });
            return;
        }
        villageAt(x, y).ifPresent(navigator::ledgerOfVillage);
    }

    /** Opens the ledger filtered to {@code villageId} (the right-click menu). */
    public void openLedger(long villageId) {
        navigator.ledgerOfVillage(villageId);
    }

    /** The village's persons overdue for a contact, oldest first, as of the load. */
    public List<OverdueRow> overdueIn(long villageId) {
        MapData d = data.get();
        return d == null ? List.of() : d.overdueIn(villageId);
    }

    public String villageName(long villageId) {
        MapData d = data.get();
        return d == null ? "" : d.villageName(villageId);
    }

    /** Writes the drawn map to {@code target} as PNG in the background; says where, or why not. */
    public void exportPng(MapImage image, java.nio.file.Path target) {
        notice.set(null);
        problem.set(null);
        services.runner().run("map-png", () -> {
            image.writePng(target);
            return target;
        }, written -> notice.set(Msg.of("map.export.done", written.getFileName().toString())),
                failure -> problem.set(Msg.of("map.export.failed", target.getFileName().toString())));
    }

    /** The print outcome, told in the same line as the export. */
    public void printed(boolean ok) {
        notice.set(ok ? Msg.of("map.print.done") : null);
        problem.set(ok ? null : Msg.of("print.failed"));
    }

    private void describeHovered() {
        MapShape s = hovered.get();
        MapData d = data.get();
        if (s == null || d == null) {
            hoverLines.clear();
            return;
        }
        boolean township = showsTownships();
        PlaceFigures f = township ? d.township(s.townshipCode()) : d.village(s.id());
        String name = township ? d.townshipName(s.townshipCode()) : d.villageName(s.id());
        List<Msg> lines = new ArrayList<>();
        lines.add(Msg.of("map.hover.name", name));
        lines.add(Msg.of("map.hover.tiers", f.keyPersons(), f.red(), f.yellow(), f.green()));
        lines.add(Msg.of("map.hover.overdue", f.overdue()));
        if (d.oximetersKnown()) {
            lines.add(Msg.of("map.hover.oximeters", f.oximeterShortfall()));
        }
        if (f.covered() != null) {
            lines.add(Msg.of(f.covered() ? "map.hover.covered" : "map.hover.notCovered"));
        }
        lines.add(Msg.of(township ? "map.hover.clickTownship" : "map.hover.clickVillage"));
        hoverLines.setAll(lines);
    }

    // ---- properties

    public LoadState state() {
        return state;
    }

    /** Something done (an image written, a page printed); null when nothing to say. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    /** Why an export or print did not work; null when nothing went wrong. */
    public ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<MapData> dataProperty() {
        return data;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public BooleanProperty layer(MapLayer layer) {
        return layers.get(layer);
    }

    /** The layers switched on. */
    public EnumSet<MapLayer> shownLayers() {
        EnumSet<MapLayer> on = EnumSet.noneOf(MapLayer.class);
        layers.forEach((l, p) -> {
            if (p.get()) {
                on.add(l);
            }
        });
        return on;
    }

    public ReadOnlyObjectProperty<MapShape> hoveredProperty() {
        return hovered;
    }

    /** What the hovered place's box says, line by line; empty when the pointer is over no place. */
    public ObservableList<Msg> hoverLines() {
        return hoverView;
    }
}
