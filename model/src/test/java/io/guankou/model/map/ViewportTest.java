package io.guankou.model.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    @Test
    void planeAndScreenAreInverseNorthUp() {
        Viewport v = new Viewport(10, 20, 4, 800, 600);
        assertThat(v.screenX(10)).isEqualTo(400);
        assertThat(v.screenY(20)).isEqualTo(300);
        // 5 km north is 20 px up
        assertThat(v.screenY(25)).isEqualTo(280);
        Coordinate p = v.toPlane(100, 50);
        assertThat(v.screenX(p.x)).isCloseTo(100, within(1e-9));
        assertThat(v.screenY(p.y)).isCloseTo(50, within(1e-9));
    }

    @Test
    void fitShowsTheWholeExtentWithTheMargin() {
        // 40 km wide, 10 km high into 1000x500 with 50 px margins: width limits, 900/40 = 22.5 px/km
        Viewport v = Viewport.fit(new Envelope(0, 40, 0, 10), 1000, 500, 50);
        assertThat(v.pxPerKm()).isEqualTo(22.5);
        assertThat(v.screenX(0)).isCloseTo(50, within(1e-9));
        assertThat(v.screenX(40)).isCloseTo(950, within(1e-9));
        assertThat(v.centreY()).isEqualTo(5);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        Viewport v = new Viewport(0, 0, 10, 800, 600);
        Coordinate before = v.toPlane(123, 456);
        Viewport z = v.zoomAt(123, 456, 2);
        assertThat(z.pxPerKm()).isEqualTo(20);
        Coordinate after = z.toPlane(123, 456);
        assertThat(after.x).isCloseTo(before.x, within(1e-9));
        assertThat(after.y).isCloseTo(before.y, within(1e-9));
    }

    @Test
    void zoomStopsAtTheLimits() {
        Viewport v = new Viewport(0, 0, Viewport.MAX_PX_PER_KM / 1.5, 800, 600);
        assertThat(v.zoomAt(0, 0, 2).pxPerKm()).isEqualTo(Viewport.MAX_PX_PER_KM);
        assertThat(new Viewport(0, 0, 1, 800, 600).zoomAt(0, 0, 0.1).pxPerKm()).isEqualTo(Viewport.MIN_PX_PER_KM);
    }

    @Test
    void panMovesThePlaneWithThePointer() {
        Viewport v = new Viewport(0, 0, 10, 800, 600);
        Coordinate grabbed = v.toPlane(400, 300);
        Viewport p = v.panBy(30, -20); // dragged 30 px right, 20 px up
        assertThat(p.screenX(grabbed.x)).isCloseTo(430, within(1e-9));
        assertThat(p.screenY(grabbed.y)).isCloseTo(280, within(1e-9));
    }

    @Test
    void planeEnvelopeIsWhatIsInView() {
        Envelope e = new Viewport(0, 0, 10, 800, 600).planeEnvelope();
        assertThat(e).isEqualTo(new Envelope(-40, 40, -30, 30));
    }
}
