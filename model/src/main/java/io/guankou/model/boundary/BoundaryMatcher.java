package io.guankou.model.boundary;

import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the features of a boundary file to the ledger's villages: by 12-digit code, else by {@link PlaceNameKey}
 * (a name that fits two villages matches neither). A feature with a grid name is the boundary of that grid of its
 * village (grid names compared without blanks and full-width forms).
 */
public final class BoundaryMatcher {

    private BoundaryMatcher() {
    }

    /** {@code shaped}: ids of villages that already have a stored shape (they are not shapeless). */
    public static BoundaryMatch match(List<BoundaryFeature> features, List<Village> villages, List<Grid> grids,
                                      Set<Long> shaped) {
        Map<String, Village> byCode = new HashMap<>();
        Map<String, List<Village>> byName = new HashMap<>();
        for (Village v : villages) {
            byCode.put(v.code(), v);
            byName.computeIfAbsent(PlaceNameKey.of(v.name()), k -> new ArrayList<>()).add(v);
        }
        List<BoundaryFeature> unmatched = new ArrayList<>();
        Map<String, List<MatchedBoundary>> byPlace = new LinkedHashMap<>();
        for (BoundaryFeature f : features) {
            if (f.problem() != null) {
                unmatched.add(f);
                continue;
            }
            Village v = f.code() == null ? null : byCode.get(f.code());
            boolean byCodeMatch = v != null;
            if (v == null) {
                List<Village> named = f.name() == null ? List.of() : byName.getOrDefault(PlaceNameKey.of(f.name()),
                        List.of());
                if (named.size() > 1) {
                    unmatched.add(problem(f, FeatureProblem.AMBIGUOUS_NAME));
                    continue;
                }
                v = named.isEmpty() ? null : named.get(0);
            }
            if (v == null) {
                unmatched.add(problem(f, FeatureProblem.NO_SUCH_VILLAGE));
                continue;
            }
            MatchedBoundary m;
            if (f.grid() != null) {
                Grid g = grid(grids, v.id(), f.grid());
                if (g == null) {
                    unmatched.add(problem(f, FeatureProblem.NO_SUCH_GRID));
                    continue;
                }
                m = new MatchedBoundary(f, v.id(), v.name(), g.id(), g.name(), byCodeMatch);
            } else {
                m = new MatchedBoundary(f, v.id(), v.name(), 0, null, byCodeMatch);
            }
            byPlace.computeIfAbsent((m.isGrid() ? "G" + m.gridId() : "V" + m.villageId()), k -> new ArrayList<>())
                    .add(m);
        }
        List<MatchedBoundary> matched = new ArrayList<>();
        List<DoubleMatch> twice = new ArrayList<>();
        for (List<MatchedBoundary> ms : byPlace.values()) {
            if (ms.size() == 1) {
                matched.add(ms.get(0));
            } else {
                twice.add(new DoubleMatch(ms.get(0).placeName(), ms.stream().map(MatchedBoundary::feature).toList()));
            }
        }
        List<Village> shapeless = new ArrayList<>();
        for (Village v : villages) {
            boolean inFile = matched.stream().anyMatch(m -> !m.isGrid() && m.villageId() == v.id());
            if (!inFile && !shaped.contains(v.id())) {
                shapeless.add(v);
            }
        }
        return new BoundaryMatch(features.size(), List.copyOf(matched), List.copyOf(unmatched), List.copyOf(twice),
                List.copyOf(shapeless));
    }

    private static Grid grid(List<Grid> grids, long villageId, String name) {
        String key = gridKey(name);
        return grids.stream().filter(g -> g.villageId() == villageId && gridKey(g.name()).equals(key)).findFirst()
                .orElse(null);
    }

    private static String gridKey(String name) {
        return PlaceNameKey.halfWidth(name).replaceAll("[\\s\\u3000]+", "");
    }

    private static BoundaryFeature problem(BoundaryFeature f, FeatureProblem p) {
        return new BoundaryFeature(f.number(), f.code(), f.name(), f.grid(), f.geometry(), p, f.repaired());
    }
}
