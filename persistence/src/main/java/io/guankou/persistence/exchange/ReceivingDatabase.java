package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.TOWNSHIP;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A receiving (county) database: what importing a package into a file that did not exist makes. Before the import
 * the new file gets its identity, role COUNTY, the ledger id of the key folder that opened the package, and as its
 * code the county's six digits at the start of the package's township code (name empty); the import then brings
 * that township's rows, so that the township's statistics are the same in both files.
 */
public final class ReceivingDatabase {

    private static final int COUNTY_DIGITS = 6;

    private ReceivingDatabase() {
    }

    /**
     * Gives a new, empty database its county identity (in one transaction). Calling it again on a database
     * prepared the same way changes nothing.
     *
     * @throws IllegalStateException when the database holds a ledger already (a township row or another identity)
     */
    public static void prepare(Database db, PackageHeader header, UUID ledgerId) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(ledgerId, "ledgerId");
        String township = header.township().code();
        if (township.length() < COUNTY_DIGITS) {
            throw new IllegalArgumentException("a township code has more than " + COUNTY_DIGITS + " digits");
        }
        ExchangeIdentity county = new ExchangeIdentity(ledgerId, PartyRole.COUNTY,
                township.substring(0, COUNTY_DIGITS), "");
        db.transaction(dsl -> {
            Optional<ExchangeIdentity> existing = IdentityStore.find(dsl);
            if (existing.isPresent()) {
                if (!existing.get().equals(county)) {
                    throw new IllegalStateException("the database has an exchange identity already");
                }
                return null;
            }
            if (dsl.fetchExists(TOWNSHIP)) {
                throw new IllegalStateException("the database holds a township ledger: not a new receiving database");
            }
            IdentityStore.insert(dsl, county);
            return null;
        });
    }
}
