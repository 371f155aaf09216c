package io.guankou.desktop.exchange;

import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the package log (no personal data): sent or received, the other side (for a passphrase package
 * sent: a party with an empty code), full or delta, its sequence, when it was made and when this ledger recorded
 * it, its rows, and for a received one what it added, updated and left in conflict; the file's name.
 */
public record LoggedPackageRow(PackageDirection direction, Party peer, PackageKind kind, long sequence,
                               Instant createdAt, Instant recordedAt, long rows, long added, long updated,
                               long conflicts, String fileName) {

    public LoggedPackageRow {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(fileName, "fileName");
    }
}
