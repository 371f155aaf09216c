package io.guankou.model.boundary;

/** Why one feature of an accepted file gives no shape; it is listed in the report, the others are imported. */
public enum FeatureProblem {
    /** No geometry (null). */
    NO_GEOMETRY,
    /** A point, line or collection: only Polygon and MultiPolygon are boundaries. */
    NOT_POLYGON,
    /** Neither a 12-digit code nor a name among its properties. */
    NO_CODE_OR_NAME,
    /** Its code and name match no village of the ledger. */
    NO_SUCH_VILLAGE,
    /** No code match, and its name fits more than one village. */
    AMBIGUOUS_NAME,
    /** It names a grid its village does not have. */
    NO_SUCH_GRID
}
