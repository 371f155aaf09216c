package io.guankou.persistence;

import io.guankou.model.sync.RecordMeta;
import java.util.UUID;

/** Builds the {@link RecordMeta} of a row from its six exchange columns. */
public final class Meta {

    private Meta() {
    }

    public static RecordMeta of(String globalId, String townshipCode, String updatedAt, Long revision,
                                Boolean deleted) {
        return new RecordMeta(UUID.fromString(globalId), townshipCode, SqlText.instant(updatedAt),
                revision == null ? 0 : revision, Boolean.TRUE.equals(deleted));
    }
}
