package io.guankou.model.sheet;

import java.util.List;

/**
 * The outcome of reading a cell that lists several things (hypertension and diabetes in one cell): what was
 * recognised, in cell order without repeats, and the parts that were not, as typed, to be reported.
 * A blank cell or a word for "none" gives no values and no unknown parts.
 */
public record Items<T>(List<T> values, List<String> unknown) {

    public Items {
        values = List.copyOf(values);
        unknown = List.copyOf(unknown);
    }

    /** Every part was recognised. */
    public boolean isClean() {
        return unknown.isEmpty();
    }
}
