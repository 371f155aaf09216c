package io.guankou.desktop.exchange;

import java.util.Objects;

/** What opens a package: this ledger's own private key (with its passphrase when protected), or a passphrase. */
public sealed interface Unlock {

    /** The own key folder; {@code keyPassphrase} is null when the private keys are not protected. */
    record OwnKey(char[] keyPassphrase) implements Unlock {
    }

    /** The package's passphrase. */
    record Passphrase(char[] passphrase) implements Unlock {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
        }
    }

    static OwnKey ownKey() {
        return new OwnKey(null);
    }

    static OwnKey ownKey(char[] keyPassphrase) {
        return new OwnKey(keyPassphrase);
    }

    static Passphrase passphrase(char[] passphrase) {
        return new Passphrase(passphrase);
    }
}
