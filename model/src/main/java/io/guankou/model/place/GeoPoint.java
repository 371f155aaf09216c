package io.guankou.model.place;

/** WGS-84 longitude/latitude in degrees. */
public record GeoPoint(double longitude, double latitude) {
    public GeoPoint {
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("not a WGS-84 point: " + longitude + "," + latitude);
        }
    }
}
