package io.guankou.model.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The flat plane the map is drawn on, in kilometres east and north of a centre point: longitude scaled by the
 * cosine of the centre's latitude, latitude as is (an equirectangular projection). Over a county (some 100 km) the
 * distortion stays under 1%, and it is an affine map, so shapes are moved onto the plane by JTS
 * {@link AffineTransformation}.
 */
public final class MapPlane {

    /** Kilometres per degree of latitude (and of longitude at the equator), mean Earth radius. */
    static final double KM_PER_DEGREE = 111.195;

    private final double centreLongitude;
    private final double centreLatitude;
    private final double kmPerDegreeLongitude;
    private final AffineTransformation toPlane;

    private MapPlane(double centreLongitude, double centreLatitude) {
        this.centreLongitude = centreLongitude;
        this.centreLatitude = centreLatitude;
        this.kmPerDegreeLongitude = KM_PER_DEGREE * Math.cos(Math.toRadians(centreLatitude));
        this.toPlane = new AffineTransformation(kmPerDegreeLongitude, 0, -centreLongitude * kmPerDegreeLongitude,
                0, KM_PER_DEGREE, -centreLatitude * KM_PER_DEGREE);
    }

    /** The plane centred on the middle of {@code lonLat} (degrees). */
    public static MapPlane around(Envelope lonLat) {
        return lonLat.isNull() ? new MapPlane(0, 0) : new MapPlane(lonLat.centre().x, lonLat.centre().y);
    }

    public Coordinate toPlane(double longitude, double latitude) {
        return new Coordinate((longitude - centreLongitude) * kmPerDegreeLongitude,
                (latitude - centreLatitude) * KM_PER_DEGREE);
    }

    /** A copy of {@code lonLat} on the plane. */
    public Geometry toPlane(Geometry lonLat) {
        return toPlane.transform(lonLat);
    }
}
