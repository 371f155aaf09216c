package io.guankou.persistence.oximeter;

import io.guankou.model.oximeter.HolderRef;
import java.util.Objects;

/** How many devices from stock go to one holder in an accepted allocation. */
public record HolderCount(HolderRef holder, int count) {

    public HolderCount {
        Objects.requireNonNull(holder, "holder");
    }
}
