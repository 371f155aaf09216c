package io.guankou.model.boundary;

import io.guankou.model.place.Village;
import java.util.List;

/**
 * The report of one boundary file: the features matched to exactly one place (these are stored), features that
 * matched nothing or are no boundary (each with its {@link FeatureProblem}), places several features matched (not
 * stored), and the villages that have no shape after the import (none stored and none in the file).
 */
public record BoundaryMatch(int features, List<MatchedBoundary> matched, List<BoundaryFeature> unmatched,
                            List<DoubleMatch> matchedTwice, List<Village> shapeless) {

    public long villagesMatched() {
        return matched.stream().filter(m -> !m.isGrid()).count();
    }

    public long gridsMatched() {
        return matched.stream().filter(MatchedBoundary::isGrid).count();
    }

    public long repaired() {
        return matched.stream().filter(m -> m.feature().repaired()).count();
    }
}
