package io.guankou.desktop.exchange;

import io.guankou.model.exchange.keys.LedgerKeys;
import java.util.Objects;

/** What opens a received package: this ledger's own keys (it is a recipient), or the passphrase it was sent under. */
public sealed interface PackageUnlock {

    record Keys(LedgerKeys keys) implements PackageUnlock {
        public Keys {
            Objects.requireNonNull(keys, "keys");
        }
    }

    record Passphrase(char[] passphrase) implements PackageUnlock {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
        }
    }
}
