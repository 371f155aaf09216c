package io.guankou.model.oximeter;

import java.util.Objects;

/** One holder: its kind and the row id in that kind's table; the stock has no id. */
public record HolderRef(HolderKind kind, Long id) {

    private static final HolderRef STOCK = new HolderRef(HolderKind.STOCK, null);

    public HolderRef {
        Objects.requireNonNull(kind, "kind");
        if ((kind == HolderKind.STOCK) != (id == null)) {
            throw new IllegalArgumentException(kind == HolderKind.STOCK ? "the stock has no id" : kind + " needs an id");
        }
    }

    public static HolderRef stock() {
        return STOCK;
    }

    public static HolderRef of(HolderKind kind, long id) {
        return new HolderRef(kind, id);
    }

    public boolean isStock() {
        return kind == HolderKind.STOCK;
    }

    public boolean isPerson() {
        return kind == HolderKind.PERSON;
    }
}
