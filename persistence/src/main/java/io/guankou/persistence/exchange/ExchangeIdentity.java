package io.guankou.persistence.exchange;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import java.util.Objects;
import java.util.UUID;

/**
 * This ledger as a party of exchanges ({@code exchange_identity}): the id its packages carry as
 * {@code senderLedgerId} (and its key folder is named after), its role and its statistical division code and name.
 */
public record ExchangeIdentity(UUID ledgerId, PartyRole role, String code, String name) {

    public ExchangeIdentity {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** As a package names the sender. */
    public Party party() {
        return new Party(role, code, name);
    }
}
