package io.guankou.model.exchange.keys;

import java.util.Optional;

/**
 * What a new passphrase for a ledger's private keys must be, typed twice: the same both times, and at least
 * {@value #MIN_LENGTH} characters; nothing typed at all means no passphrase (allowed, not recommended). The one
 * rule for the set-up window and {@code guankou init} / {@code keys --new}.
 */
public final class KeyPassphraseRule {

    /** Characters at least: with scrypt (logN 15) in front of it, enough against guessing from a stolen disk. */
    public static final int MIN_LENGTH = 8;

    /** Why a new passphrase is refused. */
    public enum Problem {
        /** Shorter than {@value #MIN_LENGTH} characters. */
        TOO_SHORT,
        /** The second typing differs from the first. */
        DIFFERENT
    }

    private KeyPassphraseRule() {
    }

    /**
     * @param first the passphrase (null or empty: none)
     * @param again the same, typed again (null when it was not asked for, e.g. from an environment variable)
     */
    public static Optional<Problem> check(CharSequence first, CharSequence again) {
        int length = first == null ? 0 : first.length();
        if (length > 0 && length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (again != null && !same(first, again)) {
            return Optional.of(Problem.DIFFERENT);
        }
        return Optional.empty();
    }

    /** Whether {@code first} (checked) means: no passphrase. */
    public static boolean none(CharSequence first) {
        return first == null || first.length() == 0;
    }

    private static boolean same(CharSequence a, CharSequence b) {
        CharSequence x = a == null ? "" : a;
        if (x.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
