package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One package made or applied here, as the package log holds it ({@code exchange_package}); no personal data.
 *
 * @param id            the log row's id (0 before it is recorded)
 * @param mode          the series the sequence counts in: a package for a peer's keys, or one under a passphrase
 * @param peerLedgerId  the recipient of a package sent, the sender of one received; null for a package sent under a
 *                      passphrase
 * @param peerCode      that peer's division code (null with the ledger id)
 * @param townshipCode  whose township's data the package carries
 * @param sequence      the package's number in its sender's series towards its recipient
 * @param buildsOn      a delta's base (the sender's sequence), null for a full package
 * @param acknowledges  the highest sequence of the recipient's own packages the sender had applied, or null
 * @param tick          for a package sent: the exchange-clock tick its rows were read at (changes after it are marked
 *                      with later ticks); for one received, whatever the importer records (may be null)
 * @param fileName      the package file's name, when known
 * @param bytes         the package file's size, when known
 * @param rows          rows carried
 * @param added         rows added here by applying it (received packages; 0 for sent ones), and so on
 */
public record LoggedPackage(long id, UUID packageId, Direction direction, RecipientMode mode, UUID peerLedgerId,
                            String peerCode, String townshipCode, PackageKind kind, long sequence, Long buildsOn,
                            Long acknowledges, Long tick, Instant createdAt, Instant recordedAt, String recordedBy,
                            String fileName, Long bytes, long rows, long added, long updated, long unchanged,
                            long conflicts) {

    /** Made here and sent, or received and applied here. */
    public enum Direction {
        SENT,
        RECEIVED
    }

    public LoggedPackage {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if ((peerLedgerId == null) != (peerCode == null)) {
            throw new IllegalArgumentException("a peer has both a ledger id and a code, or neither is known");
        }
        if (direction == Direction.RECEIVED && peerLedgerId == null) {
            throw new IllegalArgumentException("a received package names its sender");
        }
        if (direction == Direction.SENT && (peerLedgerId == null) != (mode == RecipientMode.PASSPHRASE)) {
            throw new IllegalArgumentException("a package sent for keys names its peer, one under a passphrase none");
        }
    }

    /**
     * A package received from {@code header}'s sender and applied here, with what applying it did.
     *
     * @param mode how the package was encrypted (its manifest's recipients)
     * @param tick the local exchange-clock tick it was applied at, or null
     */
    public static LoggedPackage received(PackageHeader header, RecipientMode mode, Long tick, Instant recordedAt,
                                         String recordedBy, String fileName, Long bytes, long rows, long added,
                                         long updated, long unchanged, long conflicts) {
        return new LoggedPackage(0, header.packageId(), Direction.RECEIVED, mode, header.senderLedgerId(),
                header.sender().code(), header.township().code(), header.kind(), header.sequence(),
                header.buildsOn(), header.acknowledges(), tick, header.createdAt(), recordedAt, recordedBy, fileName,
                bytes, rows, added, updated, unchanged, conflicts);
    }

    /** A package made here from the rows as they were at {@code tick}, for the peer given (or none: a passphrase). */
    static LoggedPackage sent(PackageHeader header, Peer recipient, long tick, Instant recordedAt, String recordedBy,
                              String fileName, long bytes, long rows) {
        return new LoggedPackage(0, header.packageId(), Direction.SENT,
                recipient == null ? RecipientMode.PASSPHRASE : RecipientMode.KEYS,
                recipient == null ? null : recipient.ledgerId(), recipient == null ? null : recipient.code(),
                header.township().code(), header.kind(), header.sequence(), header.buildsOn(), header.acknowledges(),
                tick, header.createdAt(), recordedAt, recordedBy, fileName, bytes, rows, 0, 0, 0, 0);
    }

    LoggedPackage withId(long newId) {
        return new LoggedPackage(newId, packageId, direction, mode, peerLedgerId, peerCode, townshipCode, kind,
                sequence, buildsOn, acknowledges, tick, createdAt, recordedAt, recordedBy, fileName, bytes, rows, added,
                updated, unchanged, conflicts);
    }
}
