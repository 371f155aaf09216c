package io.guankou.model.place;

import io.guankou.model.tier.TierRules;
import java.util.List;

/**
 * What a new ledger starts with (the first-run set-up): the township's code and name, and the ledger's age lower
 * bound. Built only from values that pass {@link TownshipCodeRule}, {@link TownshipNameRule} and
 * {@link #isAgeLowerBoundChoice}; callers check each first to say what is wrong, so a refusal here is a
 * programming error.
 *
 * @param code          the 9-digit township code, without surrounding spaces
 * @param name          the township's name, normalised by {@link TownshipNameRule#normalize}
 * @param ageLowerBound persons from this age are kept in the ledger: one of {@link #AGE_LOWER_BOUNDS}
 */
public record TownshipSetup(String code, String name, int ageLowerBound) {

    /**
     * The age lower bounds a new ledger may start with (DOMAIN.md §3): the Ping'an plan classifies from 60, the
     * national plan from 65. The settings may move it later within {@link TierRules}' range.
     */
    public static final List<Integer> AGE_LOWER_BOUNDS = List.of(60, 65);
    /** The bound of {@link TierRules#defaults()}: 60 (Ping'an). */
    public static final int DEFAULT_AGE_LOWER_BOUND = 60;

    public TownshipSetup {
        code = code == null ? null : code.strip();
        name = TownshipNameRule.normalize(name);
        TownshipCodeRule.check(code).ifPresent(p -> {
            throw new IllegalArgumentException("township code: " + p);
        });
        TownshipNameRule.check(name).ifPresent(p -> {
            throw new IllegalArgumentException("township name: " + p);
        });
        if (!isAgeLowerBoundChoice(ageLowerBound)) {
            throw new IllegalArgumentException("age lower bound must be one of " + AGE_LOWER_BOUNDS + ", was "
                    + ageLowerBound);
        }
    }

    /** Whether a new ledger may start with {@code age} as its age lower bound. */
    public static boolean isAgeLowerBoundChoice(int age) {
        return AGE_LOWER_BOUNDS.contains(age);
    }

    /** The tier rules the new ledger stores: the published defaults with this age lower bound. */
    public TierRules tierRules() {
        return TierRules.defaults().withAgeLowerBound(ageLowerBound);
    }
}
