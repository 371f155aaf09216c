package io.guankou.model.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a package says about itself that the ledgers on both ends keep track of (docs/package-format.md): its
 * id, full or delta, the sending ledger, whose township's data it carries, when it was made, its sequence
 * number towards this recipient, the sequence it builds on (a delta's base: the sender's last package the
 * recipient acknowledged; null for a full package) and the highest sequence of the recipient's own packages
 * the sender has applied (null when none yet).
 *
 * <p>The container adds the rest of the manifest (format version, suite, recipients, payload size, one entry
 * per table with its row count and SM3 hash); this record is the part the merge reads and the exporter fills.
 */
public record PackageHeader(
        UUID packageId,
        PackageKind kind,
        Party sender,
        UUID senderLedgerId,
        Party township,
        Instant createdAt,
        long sequence,
        Long buildsOn,
        Long acknowledges) {

    public PackageHeader {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderLedgerId, "senderLedgerId");
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        if (kind == PackageKind.DELTA && buildsOn == null) {
            throw new IllegalArgumentException("a delta builds on an acknowledged package");
        }
        if (kind == PackageKind.FULL && buildsOn != null) {
            throw new IllegalArgumentException("a full package builds on nothing");
        }
        if (buildsOn != null && buildsOn >= sequence) {
            throw new IllegalArgumentException("a package builds on an earlier one");
        }
    }
}
