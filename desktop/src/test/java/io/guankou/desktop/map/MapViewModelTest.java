package io.guankou.desktop.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.map.MapShape;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.map.Viewport;
import io.guankou.persistence.Database;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The map's view-model over the demo township (its villages have generated boundaries), without a stage. */
class MapViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<Long> opened = new ArrayList<>();
    MapViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        vm = new MapViewModel(MapTestData.services(db, runner, events), opened::add);
        vm.reload();
        vm.resize(1000, 700);
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    private MapShape village(String name) {
        MapData d = vm.dataProperty().get();
        return d.geometry().villages().stream().filter(s -> d.villageName(s.id()).equals(name)).findFirst()
                .orElseThrow();
    }

    private double[] screen(MapShape s) {
        Viewport v = vm.viewportProperty().get();
        return new double[]{v.screenX(s.label().x), v.screenY(s.label().y)};
    }

    @Test
    void everyVillageHasAShapeAndTheFiguresOfTheLedger() {
        MapData d = vm.dataProperty().get();
        assertThat(vm.state().isReady()).isTrue();
        int villages = MapTestData.count(file, "SELECT count(*) FROM village WHERE deleted = 0");
        assertThat(d.geometry().villages()).hasSize(villages);
        PlaceFigures longdong = d.village(village("龙洞村").id());
        assertThat(longdong.red()).isEqualTo(MapTestData.persons(file, "龙洞村", "RED"));
        assertThat(longdong.yellow()).isEqualTo(MapTestData.persons(file, "龙洞村", "YELLOW"));
        assertThat(longdong.keyPersons()).isEqualTo(MapTestData.persons(file, "龙洞村", null));
        assertThat(longdong.overdue()).isEqualTo(vm.overdueIn(village("龙洞村").id()).size());
        assertThat(vm.overdueIn(village("龙洞村").id()))
                .allSatisfy(r -> assertThat(r.person().villageName()).isEqualTo("龙洞村"));
        assertThat(d.coverageKnown()).as("the demo has ambulances").isTrue();
        assertThat(d.bases()).isNotEmpty().allSatisfy(b -> assertThat(b.ambulances()).isPositive());
    }

    @Test
    void fittedToTheTownshipWhenFirstSized() {
        Viewport v = vm.viewportProperty().get();
        Envelope extent = vm.dataProperty().get().geometry().extent();
        assertThat(v.screenX(extent.getMinX())).isGreaterThanOrEqualTo(MapViewModel.FIT_MARGIN_PX - 1e-6);
        assertThat(v.screenX(extent.getMaxX())).isLessThanOrEqualTo(1000 - MapViewModel.FIT_MARGIN_PX + 1e-6);
        assertThat(v.screenY(extent.getMaxY())).isGreaterThanOrEqualTo(MapViewModel.FIT_MARGIN_PX - 1e-6);
        assertThat(v.screenY(extent.getMinY())).isLessThanOrEqualTo(700 - MapViewModel.FIT_MARGIN_PX + 1e-6);
    }

    @Test
    void clickingAVillageOpensItsLedger() {
        MapShape s = village("龙洞村");
        double[] p = screen(s);
        vm.click(p[0], p[1]);
        assertThat(opened).containsExactly(s.id());
        vm.click(1, 1); // outside the township: nothing
        assertThat(opened).hasSize(1);
    }

    @Test
    void hoverTellsTheVillagesCounts() {
        MapShape s = village("龙洞村");
        double[] p = screen(s);
        vm.hover(p[0], p[1]);
        PlaceFigures f = vm.dataProperty().get().village(s.id());
        assertThat(vm.hoveredProperty().get()).isSameAs(s);
        assertThat(vm.hoverLines()).contains(Msg.of("map.hover.name", "龙洞村"),
                Msg.of("map.hover.tiers", f.keyPersons(), f.red(), f.yellow(), f.green()),
                Msg.of("map.hover.overdue", f.overdue()));
        vm.hover(null, null);
        assertThat(vm.hoverLines()).isEmpty();
    }

    @Test
    void zoomPanAndFit() {
        Viewport fitted = vm.viewportProperty().get();
        vm.zoomIn();
        assertThat(vm.viewportProperty().get().pxPerKm()).isCloseTo(fitted.pxPerKm() * 1.5, within(1e-9));
        vm.panBy(100, 0);
        vm.zoomOut();
        assertThat(vm.viewportProperty().get().pxPerKm()).isCloseTo(fitted.pxPerKm(), within(1e-9));
        assertThat(vm.viewportProperty().get().centreX()).isNotEqualTo(fitted.centreX());
        vm.fit();
        assertThat(vm.viewportProperty().get()).isEqualTo(fitted);
    }

    @Test
    void aChangeElsewhereReloadsAndKeepsTheViewport() {
        vm.zoomIn();
        Viewport zoomed = vm.viewportProperty().get();
        MapData before = vm.dataProperty().get();
        events.publish(new DataChange.LedgerReplaced());
        assertThat(vm.dataProperty().get()).isNotSameAs(before);
        assertThat(vm.viewportProperty().get()).isEqualTo(zoomed);
    }

    @Test
    void aFailedLoadIsShownAndARetryRecovers() {
        try (BrokenTable broken = BrokenTable.hide(file, "village_boundary")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get()).isNotNull();
            assertThat(runner.errors).hasSize(1);
            runner.errors.clear();
        }
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
    }

    @Test
    void theExportedImageIsAPngOfTheMap() throws Exception {
        int[] argb = new int[40 * 30];
        java.util.Arrays.fill(argb, 0xff3366cc);
        Path target = dir.resolve("地图.png");
        vm.exportPng(new MapImage(40, 30, argb), target);
        BufferedImage read = ImageIO.read(target.toFile());
        assertThat(read.getWidth()).isEqualTo(40);
        assertThat(read.getHeight()).isEqualTo(30);
        assertThat(read.getRGB(5, 5)).isEqualTo(0xff3366cc);
        assertThat(vm.noticeProperty().get()).isEqualTo(Msg.of("map.export.done", "地图.png"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysSo() {
        vm.exportPng(new MapImage(1, 1, new int[]{0}), dir.resolve("no-such-folder").resolve("map.png"));
        assertThat(vm.problemProperty().get()).isEqualTo(Msg.of("map.export.failed", "map.png"));
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }
}
