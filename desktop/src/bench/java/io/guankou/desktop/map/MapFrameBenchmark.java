package io.guankou.desktop.map;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.map.MapShape;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.map.RedShare;
import io.guankou.model.map.Rings;
import io.guankou.model.map.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.transform.Affine;

/**
 * The map's frame time on a county-sized map (issue 12): a generated 500-village county drawn at 1920×1080 through a
 * scripted pan and zoom, frame by frame — the map's own drawing ({@link MapPainter} on one canvas) beside a naive
 * baseline (one unsimplified JavaFX {@link Path} node per village, moved and scaled by a transform), in the same run.
 * A frame is timed from the change of view until its pixels are rendered (a snapshot of the canvas, or of the group
 * of paths), on the FX thread, software pipeline, headless (Monocle). Prints p50, p95 and max per method.
 *
 * <p>{@code mvn -P bench -pl desktop -am verify -DskipTests -Dbench.persistence.skip=true}
 */
public final class MapFrameBenchmark {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final int VILLAGES = 500;

    private MapFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        System.setProperty("java.awt.headless", "true");
        long built = System.nanoTime();
        GeneratedCounty county = new GeneratedCounty(VILLAGES, 20261202L);
        System.out.printf(Locale.ROOT, "county: %d villages, %d townships, %,d boundary points (built in %.1f s)%n",
                county.outlines.size(), county.data.geometry().townships().size(), county.points(),
                (System.nanoTime() - built) / 1e9);
        System.out.printf("skipped %d (topology) %d (empty), %d left straight%n", county.skippedTopology,
                county.skippedEmpty, county.straight);
        List<Viewport> script = script(county.data);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                report.complete(run(county, script));
            } catch (RuntimeException e) {
                report.completeExceptionally(e);
            }
        });
        String text = report.get(30, TimeUnit.MINUTES);
        System.out.println(text);
        java.nio.file.Path out = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/map-bench.txt");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
        Platform.exit();
    }

    /**
     * The scripted session: fit to the county, pan across it, zoom in step by step to village level, pan there, and
     * zoom back out — 300 frames, as a mouse drag and wheel would make them.
     */
    static List<Viewport> script(MapData d) {
        List<Viewport> frames = new ArrayList<>();
        Viewport v = Viewport.fit(d.geometry().extent(), WIDTH, HEIGHT, 24);
        frames.add(v);
        for (int i = 0; i < 60; i++) {
            v = v.panBy(i < 30 ? 12 : -12, i % 2 == 0 ? 4 : -4);
            frames.add(v);
        }
        for (int i = 0; i < 90; i++) {
            v = v.zoomAt(WIDTH * 0.55, HEIGHT * 0.45, 1.04);
            frames.add(v);
        }
        for (int i = 0; i < 60; i++) {
            v = v.panBy(15, i < 30 ? 6 : -6);
            frames.add(v);
        }
        for (int i = 0; i < 89; i++) {
            v = v.zoomAt(WIDTH * 0.4, HEIGHT * 0.6, 1 / 1.04);
            frames.add(v);
        }
        return frames;
    }

    private static String run(GeneratedCounty county, List<Viewport> script) {
        MapPainter painter = new MapPainter(new MapTexts(Messages.of(Language.ZH)));
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        BaseLayer layer = new BaseLayer(painter);
        WritableImage canvasImage = new WritableImage(WIDTH, HEIGHT);
        EnumSet<MapLayer> layers = EnumSet.allOf(MapLayer.class);
        String only = System.getProperty("bench.layers");
        if (only != null) {
            layers = EnumSet.noneOf(MapLayer.class);
            for (String l : only.split(",")) {
                if (!l.isBlank()) {
                    layers.add(MapLayer.valueOf(l));
                }
            }
        }
        final EnumSet<MapLayer> shown = layers;
        Naive naive = Boolean.getBoolean("bench.quick") ? null : new Naive(county.data);
        WritableImage naiveImage = new WritableImage(WIDTH, HEIGHT);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "map frame benchmark: %d villages, %,d points, %dx%d, %d frames, "
                + "software pipeline, headless%n", county.outlines.size(), county.points(), WIDTH, HEIGHT, script.size()));
        // warm up both (JIT, glyph caches), then measure each twice, alternating
        frames(script, v -> drawCanvas(painter, layer, canvas, canvasImage, county.data, v, shown));
        if (Boolean.getBoolean("bench.quick")) {
            int r0 = layer.redraws();
            StringBuilder at = new StringBuilder();
            int[] frame = {0};
            double[] q = frames(script, v -> {
                int before = layer.redraws();
                drawCanvas(painter, layer, canvas, canvasImage, county.data, v, shown);
                if (layer.redraws() != before) {
                    at.append(frame[0]).append(' ');
                }
                frame[0]++;
            });
            report.append("  redrawn at frames " + at + "\n");
            report.append(line("map (MapPainter, one canvas)", q));
            report.append("  redraws " + (layer.redraws() - r0) + "\n");
            int[][] parts = {{0, 61}, {61, 151}, {151, 211}, {211, 300}};
            for (int[] part : parts) {
                report.append(line("  frames " + part[0] + "-" + part[1], Arrays.copyOfRange(q, part[0], part[1])));
            }
            pictures(painter, canvas, county.data, script.get(0));
            return report.toString();
        }
        frames(script, v -> naive.draw(v, naiveImage));
        if (Boolean.getBoolean("bench.split")) {
            double[] paintOnly = frames(script, v -> painter.paint(canvas.getGraphicsContext2D(), county.data,
                    new MapPainter.Frame(v, shown, null, "title")));
            report.append(line("paint calls only", paintOnly));
        }
        double[] ours = new double[0];
        double[] base = new double[0];
        int redrawsBefore = layer.redraws();
        for (int round = 0; round < 2; round++) {
            ours = concat(ours, frames(script, v -> drawCanvas(painter, layer, canvas, canvasImage, county.data, v, shown)));
            base = concat(base, frames(script, v -> naive.draw(v, naiveImage)));
        }
        double[] sharp = frames(script, v -> {
            painter.paint(canvas.getGraphicsContext2D(), county.data, new MapPainter.Frame(v, shown, null, "title"));
            canvas.snapshot(null, canvasImage);
        });
        report.append(line("map (MapPainter, one canvas)", ours));
        report.append(line("  every frame drawn sharp (no image reuse)", sharp));
        report.append(String.format(Locale.ROOT, "  shapes drawn into the reused image %d times in %d frames%n",
                layer.redraws() - redrawsBefore, ours.length));
        report.append(line("naive (one unsimplified Path per village)", base));
        report.append(String.format(Locale.ROOT, "p95 ratio naive/map: %.1fx%n", percentile(base, 95) / percentile(ours, 95)));
        pictures(painter, canvas, county.data, script.get(0));
        return report.toString();
    }

    /** The county as the benchmark drew it, fitted (villages) and zoomed out (townships), for the README. */
    private static void pictures(MapPainter painter, Canvas canvas, MapData d, Viewport fit) {
        Viewport townships = fit.zoomAt(WIDTH / 2.0, HEIGHT / 2.0, 0.6);
        String[] names = {"map-bench-villages.png", "map-bench-townships.png"};
        Viewport[] views = {fit, townships};
        for (int i = 0; i < 2; i++) {
            painter.paint(canvas.getGraphicsContext2D(), d, new MapPainter.Frame(views[i], EnumSet.of(MapLayer.TIERS,
                    MapLayer.OVERDUE, MapLayer.FACILITIES), null, "benchmark county"));
            try {
                MapImage.of(canvas.snapshot(null, null)).writePng(java.nio.file.Path.of("target", names[i]));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void drawCanvas(MapPainter painter, BaseLayer base, Canvas canvas, WritableImage image, MapData d,
                                   Viewport v, EnumSet<MapLayer> layers) {
        painter.paint(canvas.getGraphicsContext2D(), d, new MapPainter.Frame(v, layers, null, "title"), base, true);
        canvas.snapshot(null, image);
    }

    private interface Frame {
        void draw(Viewport v);
    }

    private static double[] frames(List<Viewport> script, Frame frame) {
        double[] ms = new double[script.size()];
        for (int i = 0; i < script.size(); i++) {
            long t0 = System.nanoTime();
            frame.draw(script.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String line(String name, double[] ms) {
        return String.format(Locale.ROOT, "%-44s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms%n", name,
                percentile(ms, 50), percentile(ms, 95), Arrays.stream(ms).max().orElse(0));
    }

    /** The baseline: every village one Path of all its points, in plane km, placed by one transform per frame. */
    private static final class Naive {
        private final Group group = new Group();
        private final List<Path> paths = new ArrayList<>();
        private final Affine transform = new Affine();
        private final SnapshotParameters params = new SnapshotParameters();

        Naive(MapData d) {
            for (MapShape s : d.geometry().villages()) {
                List<PathElement> elements = new ArrayList<>();
                Rings rings = s.fullRings();
                for (double[] ring : rings.rings()) {
                    elements.add(new MoveTo(ring[0], ring[1]));
                    for (int i = 2; i < ring.length; i += 2) {
                        elements.add(new LineTo(ring[i], ring[i + 1]));
                    }
                    elements.add(new ClosePath());
                }
                Path p = new Path(elements);
                p.setFillRule(FillRule.EVEN_ODD);
                PlaceFigures f = d.village(s.id());
                p.setFill(MapPainter.SHARE_COLOURS[RedShare.classOf(f.red(), f.keyPersons())]);
                p.setStroke(Color.web("#5d6670"));
                paths.add(p);
            }
            group.getChildren().addAll(paths);
            group.getTransforms().add(transform);
            params.setFill(Color.web("#e8edf2"));
            params.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT));
        }

        void draw(Viewport v, WritableImage image) {
            double k = v.pxPerKm();
            transform.setToTransform(k, 0, v.width() / 2 - v.centreX() * k, 0, -k, v.height() / 2 + v.centreY() * k);
            for (Path p : paths) {
                p.setStrokeWidth(1 / k);
            }
            group.snapshot(params, image);
        }
    }
}
