package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.EXCHANGE_IDENTITY;
import static io.guankou.persistence.jooq.Tables.TOWNSHIP;

import io.guankou.model.exchange.PartyRole;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.jooq.tables.records.ExchangeIdentityRecord;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The ledger's one {@code exchange_identity} row. A township ledger gets it the first time it is needed, from its
 * township row, with a fresh id; a receiving (county) database is given one when it is created from a package. The
 * demo writes its own with an id derived from its seed ({@code DemoOptions#ledgerId}), so that it stays the same
 * across the daily regeneration.
 */
public final class IdentityStore {

    private final Database db;
    private final Clock clock;

    public IdentityStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<ExchangeIdentity> find() {
        return db.read(IdentityStore::find);
    }

    /**
     * The stored identity; when there is none yet, a township identity from the ledger's township row (its code
     * and name) under a new ledger id, written first. Joins the caller's transaction.
     *
     * @throws DatabaseException {@code NO_TOWNSHIP} when there is neither an identity nor a township row
     */
    public ExchangeIdentity ensure() {
        return findOrFromTownship().orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_TOWNSHIP,
                db.file().getFileName(), "The database has no township to name it in exchanges"));
    }

    /**
     * As {@link #ensure}, but empty for a file with neither an identity nor a township row (a new receiving database
     * not prepared by {@link ReceivingDatabase}). Joins the caller's transaction.
     */
    public Optional<ExchangeIdentity> findOrFromTownship() {
        return db.transaction(dsl -> find(dsl).or(() -> dsl.select(TOWNSHIP.CODE, TOWNSHIP.NAME).from(TOWNSHIP)
                .where(TOWNSHIP.DELETED.isFalse()).orderBy(TOWNSHIP.ID).limit(1).fetchOptional()
                .map(township -> {
                    ExchangeIdentity identity = new ExchangeIdentity(GlobalIds.standard().next(clock.instant()),
                            PartyRole.TOWNSHIP, township.value1(), township.value2());
                    insert(dsl, identity);
                    return identity;
                })));
    }

    /**
     * Names a new receiving database: role {@code COUNTY}, the county's 6-digit code, its name (may be empty) and the
     * ledger id of the key folder that opened the package (a new one for a passphrase).
     *
     * @throws IllegalArgumentException when the code is not 6 digits
     * @throws IllegalStateException    when the database has an identity already
     */
    public ExchangeIdentity createReceiving(UUID ledgerId, String countyCode, String name) {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(name, "name");
        if (countyCode == null || !countyCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a county code has 6 digits: " + countyCode);
        }
        ExchangeIdentity identity = new ExchangeIdentity(ledgerId, PartyRole.COUNTY, countyCode, name);
        db.transaction(dsl -> {
            if (find(dsl).isPresent()) {
                throw new IllegalStateException("the database has an exchange identity already");
            }
            insert(dsl, identity);
            return null;
        });
        return identity;
    }

    static Optional<ExchangeIdentity> find(DSLContext dsl) {
        return dsl.selectFrom(EXCHANGE_IDENTITY).where(EXCHANGE_IDENTITY.ID.eq(1L)).fetchOptional()
                .map(r -> new ExchangeIdentity(UUID.fromString(r.getLedgerId()), PartyRole.valueOf(r.getRole()),
                        r.getCode(), r.getName()));
    }

    static void insert(DSLContext dsl, ExchangeIdentity identity) {
        ExchangeIdentityRecord r = dsl.newRecord(EXCHANGE_IDENTITY);
        r.setId(1L);
        r.setLedgerId(identity.ledgerId().toString());
        r.setRole(identity.role().name());
        r.setCode(identity.code());
        r.setName(identity.name());
        r.insert();
    }
}
