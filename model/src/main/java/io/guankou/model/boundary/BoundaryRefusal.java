package io.guankou.model.boundary;

/** Why a whole GeoJSON file is refused; nothing of it is stored. */
public enum BoundaryRefusal {
    /** Not JSON; detail: line and column. */
    MALFORMED_JSON,
    /** The file ends in the middle (a copy cut short); detail: line and column. */
    TRUNCATED,
    /** JSON, but not a GeoJSON FeatureCollection; detail: what the top level is. */
    NOT_FEATURE_COLLECTION,
    /** A {@code crs} member naming a system that is not longitude/latitude; detail: its name. */
    PROJECTED_CRS,
    /** Coordinates far outside degrees (metres of a projection such as EPSG:3857); detail: the coordinate. */
    PROJECTED_COORDINATES,
    /** Latitude written first: swapped, the coordinates fall inside China; detail: the coordinate. */
    SWAPPED_AXES,
    /** Coordinates outside China (lon 73–135, lat 18–54); detail: the coordinate. */
    OUTSIDE_CHINA,
    /** A polygon that is invalid and cannot be repaired to one of similar area; detail: JTS's reason. */
    INVALID_POLYGON
}
