package io.guankou.model.boundary;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON file: its 1-based number, the village code, name and grid name found among its
 * properties (each {@code null} when absent), and its geometry, valid (repaired where needed) in lon/lat, or
 * {@code null} with the {@code problem} that keeps it from being a boundary.
 */
public record BoundaryFeature(int number, String code, String name, String grid, Geometry geometry,
                              FeatureProblem problem, boolean repaired) {

    /** How the report names it: its name, else its code, else its number. */
    public String label() {
        String base = name != null ? name : code != null ? code : "#" + number;
        return grid != null ? base + " / " + grid : base;
    }
}
