package io.guankou.model.exchange;

/** A full package carries every exchanged row; a delta only the rows changed since the package it builds on. */
public enum PackageKind {
    FULL,
    DELTA
}
