package io.guankou.model.person;

import java.time.LocalDate;
import java.util.Objects;

/** How a person left the ledger: people are never deleted, they move away or die. */
public record Departure(Reason reason, LocalDate date) {
    public enum Reason {
        MOVED_AWAY,
        DECEASED
    }

    public Departure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
    }
}
