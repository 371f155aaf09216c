package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.ScryptParams;
import java.util.Objects;

/**
 * How a package is written, beyond what the format fixes: the DEFLATE level (0 to 9, default 6; a trade of export
 * time against package size) and the scrypt cost of a passphrase package (always logN 15, r 8, p 1 outside tests).
 */
public final class PackageOptions {

    public static final int DEFAULT_DEFLATE_LEVEL = 6;

    private static final PackageOptions DEFAULTS = new PackageOptions(DEFAULT_DEFLATE_LEVEL, ScryptParams.STANDARD);

    private final int deflateLevel;
    private final ScryptParams kdf;

    private PackageOptions(int deflateLevel, ScryptParams kdf) {
        if (deflateLevel < 0 || deflateLevel > 9) {
            throw new IllegalArgumentException("a DEFLATE level is 0 to 9");
        }
        this.deflateLevel = deflateLevel;
        this.kdf = Objects.requireNonNull(kdf, "kdf");
    }

    public static PackageOptions defaults() {
        return DEFAULTS;
    }

    public PackageOptions withDeflateLevel(int level) {
        return new PackageOptions(level, kdf);
    }

    /** Another scrypt cost: tests only (package-private), which cannot wait for the real cost every time. */
    PackageOptions withKdf(ScryptParams cost) {
        return new PackageOptions(deflateLevel, cost);
    }

    public int deflateLevel() {
        return deflateLevel;
    }

    ScryptParams kdf() {
        return kdf;
    }
}
