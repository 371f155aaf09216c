package io.guankou.model.meeting;

import io.guankou.model.person.Tier;
import java.util.Collection;
import java.util.function.Function;

/** Persons per tier on one day. */
public record TierCounts(int red, int yellow, int green) {

    public static final TierCounts NONE = new TierCounts(0, 0, 0);

    public TierCounts {
        if (red < 0 || yellow < 0 || green < 0) {
            throw new IllegalArgumentException("negative tier count");
        }
    }

    public static <T> TierCounts of(Collection<T> persons, Function<T, Tier> tier) {
        int r = 0;
        int y = 0;
        int g = 0;
        for (T p : persons) {
            switch (tier.apply(p)) {
                case RED -> r++;
                case YELLOW -> y++;
                case GREEN -> g++;
                default -> throw new IllegalStateException();
            }
        }
        return new TierCounts(r, y, g);
    }

    public int of(Tier tier) {
        return switch (tier) {
            case RED -> red;
            case YELLOW -> yellow;
            case GREEN -> green;
        };
    }

    public int total() {
        return red + yellow + green;
    }

    /** This day's count less {@code earlier}'s, tier by tier (negative where fewer). */
    public int change(Tier tier, TierCounts earlier) {
        return of(tier) - earlier.of(tier);
    }
}
