package io.guankou.model.oximeter;

import java.util.List;
import java.util.Optional;

/**
 * Whether an allocation the user adjusted can be recorded: no line below zero, and no more devices in all than the
 * working devices in stock (they are the ones that move).
 */
public final class AllocationCheck {

    /** What is wrong: a line below zero (its 1-based line number and value), or too many in all (total, in stock). */
    public record Problem(Kind kind, int first, int second) {
        public enum Kind {
            NEGATIVE, MORE_THAN_STOCK, NOTHING
        }
    }

    private AllocationCheck() {
    }

    public static Optional<Problem> check(List<Integer> counts, int inStock) {
        int total = 0;
        for (int i = 0; i < counts.size(); i++) {
            int c = counts.get(i);
            if (c < 0) {
                return Optional.of(new Problem(Problem.Kind.NEGATIVE, i + 1, c));
            }
            total += c;
        }
        if (total == 0) {
            return Optional.of(new Problem(Problem.Kind.NOTHING, 0, 0));
        }
        if (total > inStock) {
            return Optional.of(new Problem(Problem.Kind.MORE_THAN_STOCK, total, inStock));
        }
        return Optional.empty();
    }
}
