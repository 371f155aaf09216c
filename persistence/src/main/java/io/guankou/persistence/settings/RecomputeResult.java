package io.guankou.persistence.settings;

/** After a rules change: how many persons were classified again, and how many of them changed tier. */
public record RecomputeResult(int persons, int changed) {
}
