package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.keys.PublicKeys;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A package file whose signature checked out against the signer keys in its prefix and whose manifest is well
 * formed. Nothing has been decrypted yet. Whether the signer is the one registered for the sender is the ledger's
 * check; opening the payload ({@link PayloadReader}) checks again that the file has not changed since.
 */
public final class VerifiedPackage {

    private final Path file;
    private final Manifest manifest;
    private final PublicKeys signer;
    private final Layout layout;

    VerifiedPackage(Path file, Manifest manifest, PublicKeys signer, Layout layout) {
        this.file = Objects.requireNonNull(file, "file");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public Path file() {
        return file;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The public keys of the ledger that signed the package (from its prefix). */
    public PublicKeys signer() {
        return signer;
    }

    public PackageHeader header() {
        return manifest.header();
    }

    public String signerFingerprint() {
        return signer.fingerprint();
    }

    public boolean isForPassphrase() {
        return manifest.isForPassphrase();
    }

    /** Whether the package key is wrapped for the ledger with these public keys. */
    public boolean isFor(PublicKeys keys) {
        String fingerprint = keys.fingerprint();
        return manifest.recipients().stream().anyMatch(
                r -> r instanceof RecipientStanza.Key && ((RecipientStanza.Key) r).fingerprint().equals(fingerprint));
    }

    /** The file's length when it was verified. */
    public long fileLength() {
        return layout.fileLength();
    }

    Layout layout() {
        return layout;
    }

    @Override
    public String toString() {
        return "VerifiedPackage[" + manifest.header().packageId() + ", signer " + signer.fingerprint() + "]";
    }
}
