package io.guankou.model.boundary;

/**
 * A GeoJSON file refused as a whole. {@code featureNumber} (1-based) and {@code featureName} name the feature that is
 * the cause, or are 0 and {@code null} when the file as a whole is.
 */
public final class BoundaryRefused extends RuntimeException {

    private final BoundaryRefusal reason;
    private final int featureNumber;
    private final String featureName;
    private final String detail;

    public BoundaryRefused(BoundaryRefusal reason, int featureNumber, String featureName, String detail) {
        super(reason + (featureNumber > 0 ? " at feature " + featureNumber : "") + ": " + detail, null, false, false);
        this.reason = reason;
        this.featureNumber = featureNumber;
        this.featureName = featureName;
        this.detail = detail;
    }

    public BoundaryRefusal reason() {
        return reason;
    }

    public int featureNumber() {
        return featureNumber;
    }

    public String featureName() {
        return featureName;
    }

    public String detail() {
        return detail;
    }
}
