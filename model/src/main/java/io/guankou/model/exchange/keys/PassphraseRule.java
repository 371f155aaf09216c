package io.guankou.model.exchange.keys;

import java.util.Optional;

/**
 * What a new passphrase must be, typed twice: the same both times and at least so many characters. Two are set:
 * the passphrase of a ledger's private keys ({@link #KEY_FOLDER}: 8 characters, or none at all — allowed, not
 * recommended), and that of a package sent without keys ({@link #PACKAGE}: 10 characters, always one). A package
 * on a lost stick can be attacked by anyone who finds it, a key folder only by someone who also has the computer's
 * disk, hence the longer minimum. The one rule for the windows and the command line; an existing package or key
 * folder is opened with whatever passphrase it was made with.
 */
public final class PassphraseRule {

    /** The passphrase of a ledger's private keys (set-up, {@code init}, {@code keys --new}). */
    public static final PassphraseRule KEY_FOLDER = new PassphraseRule(8, true);
    /** The passphrase of a package for whoever knows it ({@code export --passphrase-env}, the export view). */
    public static final PassphraseRule PACKAGE = new PassphraseRule(10, false);

    /** Why a new passphrase is refused. */
    public enum Problem {
        /** Nothing typed where a passphrase is needed. */
        MISSING,
        /** Shorter than {@link #minLength()} characters. */
        TOO_SHORT,
        /** The second typing differs from the first. */
        DIFFERENT
    }

    private final int minLength;
    private final boolean noneAllowed;

    private PassphraseRule(int minLength, boolean noneAllowed) {
        this.minLength = minLength;
        this.noneAllowed = noneAllowed;
    }

    /** Characters at least (scrypt, logN 15, stands in front of it). */
    public int minLength() {
        return minLength;
    }

    /**
     * @param first the passphrase (null or empty: none)
     * @param again the same, typed again (null when it was not asked for, e.g. from an environment variable)
     */
    public Optional<Problem> check(CharSequence first, CharSequence again) {
        int length = first == null ? 0 : first.length();
        if (length == 0 && !noneAllowed) {
            return Optional.of(Problem.MISSING);
        }
        if (length > 0 && length < minLength) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (again != null && !same(first, again)) {
            return Optional.of(Problem.DIFFERENT);
        }
        return Optional.empty();
    }

    /** Whether {@code first} means: no passphrase. */
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
