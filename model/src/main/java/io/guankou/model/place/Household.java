package io.guankou.model.place;

import io.guankou.model.sync.RecordMeta;

/** People at one address. */
public record Household(long id, RecordMeta meta, long villageId, Long gridId, String address) {
}
