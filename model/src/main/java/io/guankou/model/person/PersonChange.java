package io.guankou.model.person;

import java.time.Instant;

/** One field of one person changed: who, when, the old and the new value (as stored text). */
public record PersonChange(long personId, String field, String oldValue, String newValue, String changedBy,
                           Instant changedAt) {
}
