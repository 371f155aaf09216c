package io.guankou.model.boundary;

import java.util.List;

/** Every stored boundary, as the map loads them: villages and the grids that have one. */
public record BoundaryLayer(List<PlaceBoundary> villages, List<PlaceBoundary> grids) {
}
