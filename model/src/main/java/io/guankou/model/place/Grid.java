package io.guankou.model.place;

import io.guankou.model.sync.RecordMeta;

/** A grid: the basic unit one responsibility team serves. */
public record Grid(long id, RecordMeta meta, long villageId, String name) {
}
