package io.guankou.model.place.rules;

import io.guankou.model.sync.RecordMeta;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Small helpers the place rules share. */
final class Places {

    private Places() {
    }

    static boolean isRemoved(RecordMeta meta) {
        return meta != null && meta.deleted();
    }

    /** The item with this id among the ones not removed. */
    static <T> Optional<T> live(Collection<T> items, long id, ToLongFunction<T> idOf, Function<T, RecordMeta> metaOf) {
        return items.stream().filter(i -> idOf.applyAsLong(i) == id && !isRemoved(metaOf.apply(i))).findFirst();
    }
}
