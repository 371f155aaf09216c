package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.EXCHANGE_CLOCK;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.RowSink;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;

/**
 * Makes a package: reads every exchanged table ({@link ExchangeTables#ALL}, parents first) into a
 * {@link PackageTarget} and logs it, in one transaction with the move of the exchange clock, so a failure or a
 * cancellation anywhere leaves the ledger, the package log and the clock as they were.
 *
 * <p>The header: the sequence is one more than the last sent to the recipient (packages under a passphrase count
 * their own series); {@code acknowledges} is the highest sequence applied here from the recipient's packages for this
 * ledger's keys (none under a passphrase: no known recipient). A delta builds on
 * the newest of this ledger's packages the recipient has acknowledged and carries the rows marked changed after that
 * package's tick; a full package carries every row. Each row's {@code changed} says which fields changed since that
 * base (for a full package with no acknowledged base: {@code *}, everything). A county database exports the rows of
 * the recipient township only.
 *
 * <p>Rows are read table by table through {@link ExportTableReader} (one streaming query each); progress counts rows; an
 * interrupt of the calling thread stops the export within a thousand rows with a {@link CancellationException}.
 */
public final class PackageExporter {

    /** A package that cannot be made as asked; {@link #reason()} is what the user is told. */
    public static final class Refused extends Exception {

        /** Why. */
        public enum Reason {
            /** A delta asked for, but the recipient has acknowledged none of this ledger's packages yet. */
            NOTHING_ACKNOWLEDGED,
            /** A delta under a passphrase: with no recipient there is nothing acknowledged to build on. */
            DELTA_NEEDS_RECIPIENT,
            /** The recipient's ledger id is not a registered peer. */
            UNKNOWN_RECIPIENT,
            /** A county database exports one township's rows: the recipient must be a registered township. */
            NEEDS_TOWNSHIP_RECIPIENT,
            /** The recipient's key file names a ledger registered with other keys: swapped or forged. */
            OTHER_KEYS_REGISTERED,
            /** The recipient's key file names a ledger not registered yet, and its fingerprint was not confirmed. */
            RECIPIENT_NOT_CONFIRMED
        }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Interrupts are looked at, and progress reported, after this many rows. */
    static final int CHECK_EVERY = 1024;

    private final Database db;
    private final Clock clock;
    private final IdentityStore identities;
    private final PeerRegistry peers;
    private final PackageLog log;

    public PackageExporter(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = new IdentityStore(db, clock);
        this.peers = new PeerRegistry(db);
        this.log = new PackageLog(db);
    }

    /**
     * Makes, writes and logs one package.
     *
     * @param progress rows written so far (called every {@value #CHECK_EVERY} rows and after each table)
     * @throws Refused               when the package cannot be made as asked (nothing written, nothing logged)
     * @throws IOException           when the target fails (nothing logged, the clock unmoved)
     * @throws CancellationException when the calling thread is interrupted (likewise)
     */
    public ExportOutcome export(ExportRequest request, PackageTarget target, LongConsumer progress)
            throws Refused, IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        try {
            return db.transaction(dsl -> {
                try {
                    return exportIn(dsl, request, target, progress);
                } catch (Refused e) {
                    throw new RefusedInside(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new DatabaseException(DatabaseException.Reason.CANNOT_READ_LEDGER, db.file().getFileName(),
                            "Cannot read the ledger for a package: " + e.getMessage(), e);
                }
            });
        } catch (RefusedInside e) {
            throw e.refused;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ExportOutcome exportIn(DSLContext dsl, ExportRequest request, PackageTarget target, LongConsumer progress)
            throws Refused, IOException, SQLException {
        ExchangeIdentity me = identities.ensure();
        Plan plan = plan(me, request);
        long tick = dsl.select(EXCHANGE_CLOCK.TICK).from(EXCHANGE_CLOCK).where(EXCHANGE_CLOCK.ID.eq(1L))
                .fetchSingle(EXCHANGE_CLOCK.TICK);
        Instant now = clock.instant();
        PackageHeader header = new PackageHeader(GlobalIds.standard().next(now), request.kind(), me.party(),
                me.ledgerId(), plan.township(), now, plan.sequence(), plan.buildsOn(), plan.acknowledges());
        Connection connection = dsl.connectionResult(c -> c);
        EntrySink sink = target.open(header);
        Map<String, Long> counts = new LinkedHashMap<>();
        long done = 0;
        for (ExchangeTable table : ExchangeTables.ALL) {
            cancelIfInterrupted();
            RowSink rows = sink.entry(table.name(), table.packageColumns());
            ExportTableReader reader = new ExportTableReader(connection, table, request.kind() == PackageKind.DELTA,
                    plan.sinceTick(), plan.townshipFilter());
            long before = done;
            long n = reader.read(rows, count -> {
                cancelIfInterrupted();
                progress.accept(before + count);
            }, CHECK_EVERY);
            counts.put(table.name(), n);
            done += n;
            progress.accept(done);
        }
        cancelIfInterrupted();
        long bytes = target.finish();
        LoggedPackage logged = log.record(LoggedPackage.sent(header, plan.recipient(), tick, now, request.recordedBy(),
                request.fileName().orElse(null), bytes, done));
        dsl.update(EXCHANGE_CLOCK).set(EXCHANGE_CLOCK.TICK, tick + 1).where(EXCHANGE_CLOCK.ID.eq(1L)).execute();
        return new ExportOutcome(header, counts, bytes, logged);
    }

    /**
     * Who the package is for and where it stands in the series.
     *
     * @param recipient      null under a passphrase
     * @param sinceTick      the base's tick: {@code changed} lists the marks after it (a delta carries only rows
     *                       marked after it); null for a full package with no acknowledged base (every row {@code *})
     * @param townshipFilter the township whose rows a county exports; null for a township's own ledger
     */
    private record Plan(Peer recipient, Party township, long sequence, Long buildsOn, Long acknowledges,
                        Long sinceTick, String townshipFilter) {
    }

    private Plan plan(ExchangeIdentity me, ExportRequest request) throws Refused {
        Peer recipient = null;
        if (request.offeredKeys().isPresent()) {
            // a recipient named by its key file is registered here, in the export's transaction
            recipient = request.offeredKeys().get().register(peers);
        } else if (request.recipientLedgerId().isPresent()) {
            UUID id = request.recipientLedgerId().get();
            recipient = peers.find(id).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN_RECIPIENT,
                    "the recipient " + id + " is not a registered peer: register its public keys first"));
        }
        boolean delta = request.kind() == PackageKind.DELTA;
        if (delta && recipient == null) {
            throw new Refused(Refused.Reason.DELTA_NEEDS_RECIPIENT,
                    "a delta needs a recipient that acknowledged a package: send a full package");
        }
        boolean county = me.role() == PartyRole.COUNTY;
        if (county && (recipient == null || recipient.role() != PartyRole.TOWNSHIP)) {
            throw new Refused(Refused.Reason.NEEDS_TOWNSHIP_RECIPIENT,
                    "a county database sends one township's rows: name a registered township as the recipient");
        }
        if (recipient == null) {
            return new Plan(null, me.party(), next(log.lastSentUnderPassphrase()), null, null, null, null);
        }
        UUID peer = recipient.ledgerId();
        Optional<LoggedPackage> base = acknowledgedBase(peer);
        if (delta && base.isEmpty()) {
            throw new Refused(Refused.Reason.NOTHING_ACKNOWLEDGED, "no package acknowledged yet: send a full package");
        }
        OptionalLong received = log.lastReceivedSequence(peer, RecipientMode.KEYS);
        return new Plan(recipient, county ? recipient.party() : me.party(), next(log.lastSentSequence(peer)),
                delta ? base.get().sequence() : null, received.isPresent() ? received.getAsLong() : null,
                base.map(LoggedPackage::tick).orElse(null), county ? recipient.code() : null);
    }

    /** The newest package sent to the peer that it acknowledged, if the log knows it (with its tick). */
    private Optional<LoggedPackage> acknowledgedBase(UUID peer) {
        OptionalLong acknowledged = log.acknowledgedBy(peer);
        if (acknowledged.isEmpty()) {
            return Optional.empty();
        }
        return log.sent(peer, acknowledged.getAsLong()).filter(p -> p.tick() != null);
    }

    private static long next(OptionalLong last) {
        return last.isPresent() ? last.getAsLong() + 1 : 1;
    }

    private static void cancelIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("package export cancelled");
        }
    }

    /** Carries a refusal through the transaction (which rolls back on it) to {@link #export}. */
    private static final class RefusedInside extends RuntimeException {
        final Refused refused;

        RefusedInside(Refused refused) {
            super(refused.getMessage(), refused, false, false);
            this.refused = refused;
        }
    }
}
