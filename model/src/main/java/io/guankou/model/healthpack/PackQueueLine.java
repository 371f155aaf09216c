package io.guankou.model.healthpack;

import java.util.Objects;

/** A place in the distribution queue (1 first) and why: the person, whether in the extension, and the keys. */
public record PackQueueLine(int rank, PackCandidate person, boolean extension) {

    public PackQueueLine {
        Objects.requireNonNull(person, "person");
    }
}
