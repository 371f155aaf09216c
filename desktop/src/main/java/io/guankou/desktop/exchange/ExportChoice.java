package io.guankou.desktop.exchange;

import io.guankou.model.exchange.PackageKind;
import java.util.Objects;

/** What to export: full or delta, for whom, and the own key that signs it (with its passphrase when protected). */
public record ExportChoice(PackageKind kind, Recipient recipient, Unlock.OwnKey signingKey) {

    public ExportChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(signingKey, "signingKey");
    }
}
