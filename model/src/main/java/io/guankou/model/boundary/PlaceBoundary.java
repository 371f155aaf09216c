package io.guankou.model.boundary;

/** A stored boundary: of a village ({@code gridId} 0) or of a grid of that village. */
public record PlaceBoundary(long villageId, long gridId, BoundaryShape shape) {
}
