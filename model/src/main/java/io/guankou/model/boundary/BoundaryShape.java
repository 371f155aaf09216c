package io.guankou.model.boundary;

/**
 * What the map needs of one boundary, ready to store: the geometry as WKT (lon/lat degrees), a simplified copy for
 * drawing at township scale, a label point inside the shape, the area in square kilometres and the bounding box.
 */
public record BoundaryShape(String wkt, String displayWkt, double labelLongitude, double labelLatitude,
                            double areaKm2, double minLongitude, double minLatitude, double maxLongitude,
                            double maxLatitude) {
}
