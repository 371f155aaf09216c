package io.guankou.model.exchange;

import java.util.Objects;

/**
 * One end of an exchange: its role, its statistical division code (9 digits for a township, 6 for a county)
 * and its name as the sender's ledger holds it.
 */
public record Party(PartyRole role, String code, String name) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
