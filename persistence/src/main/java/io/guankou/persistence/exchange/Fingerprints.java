package io.guankou.persistence.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * A key fingerprint as a person confirms it after reading it over the phone: spaces and case do not matter. The one
 * comparison behind {@code import --accept-key} (a new sender) and {@code export --accept-key} (a new recipient).
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Whether the user confirmed {@code fingerprint} (an empty confirmation confirms nothing). */
    static boolean confirms(Optional<String> confirmed, String fingerprint) {
        return confirmed.map(f -> !normal(f).isEmpty() && normal(f).equals(normal(fingerprint))).orElse(false);
    }

    private static String normal(String fingerprint) {
        return fingerprint.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
