package io.guankou.model.place;

import io.guankou.model.sync.RecordMeta;

/** A village or community with its 12-digit division code. */
public record Village(long id, RecordMeta meta, String code, String name, UrbanRuralClass urbanRural, GeoPoint centroid) {
    public Village {
        if (code == null || !code.matches("\\d{12}")) {
            throw new IllegalArgumentException("village code must be 12 digits");
        }
    }

    public boolean isCommunity() {
        return !urbanRural.isRural();
    }
}
