package io.guankou.model.map;

/**
 * A stored boundary as the map reads it: the village (or township) it belongs to, the township's code, the
 * geometry as WKT in longitude/latitude degrees and the stored label point.
 */
public record PlaceOutline(long id, String townshipCode, String wkt, double labelLongitude, double labelLatitude) {
}
