package io.guankou.model.oximeter;

import java.util.Objects;

/**
 * A holder with a minimum, its village (null for one serving the whole township, as a family-doctor team), the
 * working devices it holds and its minimum.
 */
public record HolderStock(HolderRef holder, HolderType type, String name, Long villageId, String villageName,
                          int held, int minimum) {

    public HolderStock {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (held < 0 || minimum < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int shortfall() {
        return Math.max(0, minimum - held);
    }
}
