package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.EXCHANGE_PACKAGE;

import io.guankou.model.exchange.PackageKind;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.ExchangePackageRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The package log ({@code exchange_package}): every package sent from here and every one applied here, and what the
 * exchange needs to know from it: the sequence numbers towards each peer and from each, what each acknowledged, and
 * the clock tick a sent package's rows were read at. Holds no personal data (the data-exchange view lists it). Every
 * method joins the caller's transaction.
 *
 * <p>Sequences run in series ({@link RecipientMode}): towards a peer's keys per peer, under a passphrase in a series
 * of their own, and a sender's packages received here per sender and mode. Acknowledgements are of {@code KEYS}
 * packages only: a package under a passphrase has no known recipient to acknowledge, and what one received here says
 * it acknowledges is not taken as known to its sender (docs/decisions/0007-package-merge.md).
 */
public final class PackageLog {

    private final Database db;

    public PackageLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Writes a row; returns it with its id. A package id already logged is an error (the column is unique). */
    public LoggedPackage record(LoggedPackage p) {
        Objects.requireNonNull(p, "package");
        return db.transaction(dsl -> {
            ExchangePackageRecord r = dsl.newRecord(EXCHANGE_PACKAGE);
            r.setPackageId(p.packageId().toString());
            r.setDirection(p.direction().name());
            r.setRecipientMode(p.mode().name());
            r.setPeerLedgerId(p.peerLedgerId() == null ? null : p.peerLedgerId().toString());
            r.setPeerCode(p.peerCode());
            r.setTownshipCode(p.townshipCode());
            r.setKind(p.kind().name());
            r.setSequence(p.sequence());
            r.setBuildsOn(p.buildsOn());
            r.setAcknowledges(p.acknowledges());
            r.setTick(p.tick());
            r.setCreatedAt(SqlText.instant(p.createdAt()));
            r.setRecordedAt(SqlText.instant(p.recordedAt()));
            r.setRecordedBy(p.recordedBy());
            r.setFileName(p.fileName());
            r.setBytes(p.bytes());
            r.setRows(p.rows());
            r.setAdded(p.added());
            r.setUpdated(p.updated());
            r.setUnchanged(p.unchanged());
            r.setConflicts(p.conflicts());
            r.store();
            return p.withId(r.getId());
        });
    }

    /** Every package sent or received, newest first (by when it was recorded here). */
    public List<LoggedPackage> list() {
        return db.read(dsl -> dsl.selectFrom(EXCHANGE_PACKAGE)
                .orderBy(EXCHANGE_PACKAGE.RECORDED_AT.desc(), EXCHANGE_PACKAGE.ID.desc())
                .fetch(PackageLog::toLogged));
    }

    /** Whether a package with this id was made or applied here. */
    public boolean contains(UUID packageId) {
        Objects.requireNonNull(packageId, "packageId");
        return db.read(dsl -> dsl.fetchExists(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.PACKAGE_ID.eq(packageId.toString())));
    }

    /** The highest sequence of the packages sent to this peer's keys. */
    public OptionalLong lastSentSequence(UUID peerLedgerId) {
        return max(EXCHANGE_PACKAGE.SEQUENCE, sentTo(peerLedgerId));
    }

    /** The highest sequence of the packages sent under a passphrase (to no registered peer): their own series. */
    public OptionalLong lastSentUnderPassphrase() {
        return max(EXCHANGE_PACKAGE.SEQUENCE, direction(LoggedPackage.Direction.SENT)
                .and(mode(RecipientMode.PASSPHRASE)));
    }

    /** The highest sequence of the packages applied here from this peer in one of its series. */
    public OptionalLong lastReceivedSequence(UUID peerLedgerId, RecipientMode mode) {
        return max(EXCHANGE_PACKAGE.SEQUENCE, receivedFrom(peerLedgerId).and(mode(mode)));
    }

    /**
     * The highest of this ledger's sequences (towards the peer) that the peer's packages for this ledger's keys applied
     * here acknowledge; what a package under a passphrase says it acknowledges does not count.
     */
    public OptionalLong acknowledgedBy(UUID peerLedgerId) {
        return max(EXCHANGE_PACKAGE.ACKNOWLEDGES, receivedFrom(peerLedgerId).and(mode(RecipientMode.KEYS)));
    }

    /** The package of this sequence sent to the peer's keys. */
    public Optional<LoggedPackage> sent(UUID peerLedgerId, long sequence) {
        return db.read(dsl -> dsl.selectFrom(EXCHANGE_PACKAGE).where(sentTo(peerLedgerId))
                .and(EXCHANGE_PACKAGE.SEQUENCE.eq(sequence)).orderBy(EXCHANGE_PACKAGE.ID.desc()).limit(1)
                .fetchOptional(PackageLog::toLogged));
    }

    /** The clock tick the package of this sequence sent to the peer's keys was read at. */
    public OptionalLong sentTick(UUID peerLedgerId, long sequence) {
        return sent(peerLedgerId, sequence).map(p -> p.tick() == null ? OptionalLong.empty() : OptionalLong.of(p.tick()))
                .orElse(OptionalLong.empty());
    }

    /** The package of this id applied here, if it was (a second import of the same package is recognised so). */
    public Optional<LoggedPackage> received(UUID packageId) {
        Objects.requireNonNull(packageId, "packageId");
        return db.read(dsl -> dsl.selectFrom(EXCHANGE_PACKAGE)
                .where(direction(LoggedPackage.Direction.RECEIVED))
                .and(EXCHANGE_PACKAGE.PACKAGE_ID.eq(packageId.toString()))
                .fetchOptional(PackageLog::toLogged));
    }

    private OptionalLong max(Field<Long> field, Condition where) {
        Long value = db.read(dsl -> dsl.select(DSL.max(field)).from(EXCHANGE_PACKAGE).where(where)
                .fetchOne(0, Long.class));
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Condition sentTo(UUID peerLedgerId) {
        return direction(LoggedPackage.Direction.SENT).and(mode(RecipientMode.KEYS)).and(peer(peerLedgerId));
    }

    private static Condition receivedFrom(UUID peerLedgerId) {
        return direction(LoggedPackage.Direction.RECEIVED).and(peer(peerLedgerId));
    }

    private static Condition direction(LoggedPackage.Direction direction) {
        return EXCHANGE_PACKAGE.DIRECTION.eq(direction.name());
    }

    private static Condition mode(RecipientMode mode) {
        return EXCHANGE_PACKAGE.RECIPIENT_MODE.eq(mode.name());
    }

    private static Condition peer(UUID peerLedgerId) {
        return EXCHANGE_PACKAGE.PEER_LEDGER_ID.eq(Objects.requireNonNull(peerLedgerId, "peerLedgerId").toString());
    }

    private static LoggedPackage toLogged(ExchangePackageRecord r) {
        return new LoggedPackage(r.getId(), UUID.fromString(r.getPackageId()),
                LoggedPackage.Direction.valueOf(r.getDirection()), RecipientMode.valueOf(r.getRecipientMode()),
                r.getPeerLedgerId() == null ? null : UUID.fromString(r.getPeerLedgerId()), r.getPeerCode(),
                r.getTownshipCode(), PackageKind.valueOf(r.getKind()), r.getSequence(), r.getBuildsOn(),
                r.getAcknowledges(), r.getTick(), SqlText.instant(r.getCreatedAt()), SqlText.instant(r.getRecordedAt()),
                r.getRecordedBy(), r.getFileName(), r.getBytes(), r.getRows(), r.getAdded(), r.getUpdated(),
                r.getUnchanged(), r.getConflicts());
    }
}
