package io.guankou.model.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class PublicKeysTest {

    static final LedgerKeys KEYS = LedgerKeys.generate(new SecureRandom());

    @Test
    void theFingerprintIsTheFirst20BytesOfSm3OverBothKeysIn10GroupsOf4HexDigits() {
        PublicKeys keys = KEYS.publicKeys();
        SM3Digest sm3 = new SM3Digest();
        sm3.update(keys.signing(), 0, keys.signing().length);
        sm3.update(keys.encryption(), 0, keys.encryption().length);
        byte[] digest = new byte[32];
        sm3.doFinal(digest, 0);
        String hex = Hex.toHexString(digest, 0, 20).toUpperCase();

        String fingerprint = keys.fingerprint();
        assertThat(fingerprint).matches("[0-9A-F]{4}( [0-9A-F]{4}){9}").hasSize(49);
        assertThat(fingerprint.replace(" ", "")).isEqualTo(hex);
        assertThat(fingerprint.substring(0, 4)).isEqualTo(hex.substring(0, 4));
        assertThat(fingerprint.substring(45)).isEqualTo(hex.substring(36));
    }

    @Test
    void equalByContentAndNotChangedThroughItsArrays() {
        PublicKeys keys = KEYS.publicKeys();
        PublicKeys copy = new PublicKeys(keys.signing(), keys.encryption());
        assertThat(copy).isEqualTo(keys).hasSameHashCodeAs(keys);
        assertThat(new PublicKeys(keys.encryption(), keys.signing())).isNotEqualTo(keys);
        keys.signing()[5] ^= 1;
        assertThat(keys).isEqualTo(copy);
        assertThat(keys.toString()).contains(keys.fingerprint());
    }

    @Test
    void onlySm2PublicKeysAreKeys() {
        PublicKeys keys = KEYS.publicKeys();
        assertThatThrownBy(() -> new PublicKeys(new byte[] {1, 2, 3}, keys.encryption()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicKeys.parse(keys.signing(), new byte[0]))
                .isInstanceOf(io.guankou.model.exchange.crypto.MalformedKeyException.class);
    }

    @Test
    void eachLedgerHasTwoDifferentKeyPairs() {
        assertThat(KEYS.publicKeys().signing()).isNotEqualTo(KEYS.publicKeys().encryption());
        assertThat(LedgerKeys.generate(new SecureRandom()).publicKeys()).isNotEqualTo(KEYS.publicKeys());
        assertThat(KEYS.toString()).isEqualTo("LedgerKeys[" + KEYS.publicKeys().fingerprint() + "]");
    }
}
