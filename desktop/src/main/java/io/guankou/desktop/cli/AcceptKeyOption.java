package io.guankou.desktop.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --accept-key FINGERPRINT}: the other side's key fingerprint the user checked with them by phone, for a
 * first-time sender ({@code import}) or recipient ({@code export}); spaces and case do not matter.
 */
final class AcceptKeyOption {

    @Option(names = "--accept-key", paramLabel = "FINGERPRINT", descriptionKey = "cli.pkg.opt.acceptKey")
    String fingerprint;

    /** The fingerprint given, if any. */
    Optional<String> confirmed() {
        return Optional.ofNullable(fingerprint).map(String::strip);
    }
}
