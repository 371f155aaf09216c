package io.guankou.model.place;

import io.guankou.model.sync.RecordMeta;

/** A township or sub-district: one office, one database. {@code code} is the 9-digit division prefix. */
public record Township(long id, RecordMeta meta, String code, String name) {
    public Township {
        if (code == null || !code.matches("\\d{9}")) {
            throw new IllegalArgumentException("township code must be 9 digits");
        }
    }
}
