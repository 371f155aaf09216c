package io.guankou.model.sheet;

import java.util.Optional;

/** Finds the village a sheet names: by name, code or however the caller matches. */
@FunctionalInterface
public interface VillageLookup {

    /** The village id for a (stripped, non-blank) village cell, or empty when there is none. */
    Optional<Long> find(String villageText);
}
