package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageHeader;
import java.util.List;
import java.util.Objects;

/** A package's manifest (docs/package-format.md): what it is, who can open it, and what its payload holds. */
public record Manifest(int format, String suite, PackageHeader header, List<RecipientStanza> recipients,
        PayloadInfo payload, List<EntryInfo> entries) {

    public Manifest {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(header, "header");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(payload, "payload");
        entries = List.copyOf(entries);
    }

    /** Whether the package is opened with a passphrase (else with a recipient's key). */
    public boolean isForPassphrase() {
        return !recipients.isEmpty() && recipients.get(0) instanceof RecipientStanza.Passphrase;
    }

    /** Rows over all entries. */
    public long rows() {
        return entries.stream().mapToLong(EntryInfo::rows).sum();
    }
}
