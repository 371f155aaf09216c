package io.guankou.model.oximeter;

import java.util.List;
import java.util.Objects;

/** Why a line of a plan gives what it gives: a kind, with the numbers it names in the order its kind says. */
public record AllocationReason(Kind kind, List<Integer> numbers) {

    public enum Kind {
        /** Brought up to its minimum (minimum, held, given). */
        TO_MINIMUM,
        /** Below its minimum and the supply ran out first (minimum, held, given, still missing). */
        MINIMUM_SHORT,
        /** Already at or above its minimum (minimum, held). */
        AT_MINIMUM,
        /** Given for its persons' need, all of it (red, yellow, at risk without one, given). */
        BY_NEED,
        /** Given for need but not all of it: the supply ran out (red, yellow, at risk without one, given, still needed). */
        NEED_SHORT,
        /** No one at risk without a device that its spare devices do not cover (at risk without one, spare). */
        NO_NEED
    }

    public AllocationReason {
        Objects.requireNonNull(kind, "kind");
        numbers = List.copyOf(numbers);
    }

    static AllocationReason of(Kind kind, Integer... numbers) {
        return new AllocationReason(kind, List.of(numbers));
    }
}
