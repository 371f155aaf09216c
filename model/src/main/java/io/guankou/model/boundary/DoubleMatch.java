package io.guankou.model.boundary;

import java.util.List;

/** A place more than one feature matched: none of them is stored for it, the report names the features. */
public record DoubleMatch(String placeName, List<BoundaryFeature> features) {
}
