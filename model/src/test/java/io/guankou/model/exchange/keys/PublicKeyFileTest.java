package io.guankou.model.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.keys.InvalidKeyFile.Reason;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PublicKeyFileTest {

    static final PublicKeys KEYS = LedgerKeys.generate(new SecureRandom()).publicKeys();
    static final UUID LEDGER = UUID.fromString("01900000-0000-7000-8000-0000000000aa");
    static final Party PING_AN = new Party(PartyRole.TOWNSHIP, "500235101", "平安镇 (试点)");

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static void invalid(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(InvalidKeyFile.class)
                .satisfies(e -> assertThat(((InvalidKeyFile) e).reason()).isEqualTo(reason));
    }

    @Test
    void theFileIsSixLinesInTheDocumentedOrder() {
        String text = new PublicKeyFile(LEDGER, Optional.of(PING_AN), KEYS).encode();
        assertThat(text).isEqualTo("guankou-public-keys 1\n"
                + "ledger 01900000-0000-7000-8000-0000000000aa\n"
                + "party TOWNSHIP 500235101 平安镇 (试点)\n"
                + "signing " + b64(KEYS.signing()) + "\n"
                + "encryption " + b64(KEYS.encryption()) + "\n"
                + "fingerprint " + KEYS.fingerprint() + "\n");
    }

    @Test
    void itReadsBackWithAndWithoutAParty() throws Exception {
        PublicKeyFile township = new PublicKeyFile(LEDGER, Optional.of(PING_AN), KEYS);
        assertThat(PublicKeyFile.decode(township.encode())).isEqualTo(township);
        PublicKeyFile county = new PublicKeyFile(LEDGER, Optional.empty(), KEYS);
        assertThat(county.encode()).doesNotContain("party");
        assertThat(PublicKeyFile.decode(county.encode())).isEqualTo(county);
        PublicKeyFile unnamed = new PublicKeyFile(LEDGER, Optional.of(new Party(PartyRole.COUNTY, "500235", "")), KEYS);
        assertThat(unnamed.encode()).contains("\nparty COUNTY 500235\n");
        assertThat(PublicKeyFile.decode(unnamed.encode())).isEqualTo(unnamed);
    }

    @Test
    void aFileEditedOnWindowsStillReads() throws Exception {
        PublicKeyFile file = new PublicKeyFile(LEDGER, Optional.of(PING_AN), KEYS);
        String windows = "\ufeff" + file.encode().replace("\n", "\r\n") + "\r\n";
        assertThat(PublicKeyFile.decode(windows)).isEqualTo(file);
        String lowerCaseFingerprint = file.encode().replace(KEYS.fingerprint(), KEYS.fingerprint().toLowerCase());
        assertThat(PublicKeyFile.decode(lowerCaseFingerprint)).isEqualTo(file);
    }

    @Test
    void aFingerprintLineThatDoesNotMatchTheKeysIsRefused() {
        String text = new PublicKeyFile(LEDGER, Optional.of(PING_AN), KEYS).encode();
        String fp = KEYS.fingerprint();
        String oneDigitChanged = fp.substring(0, 48) + (fp.charAt(48) == '0' ? '1' : '0');
        invalid(() -> PublicKeyFile.decode(text.replace(fp, oneDigitChanged)), Reason.WRONG_FINGERPRINT);
        PublicKeys other = LedgerKeys.generate(new SecureRandom()).publicKeys();
        invalid(() -> PublicKeyFile.decode(text.replace(b64(KEYS.encryption()), b64(other.encryption()))),
                Reason.WRONG_FINGERPRINT);
        invalid(() -> PublicKeyFile.decode(text.replace(b64(KEYS.signing()), b64(KEYS.encryption()))
                .replace("encryption " + b64(KEYS.encryption()), "encryption " + b64(KEYS.signing()))),
                Reason.WRONG_FINGERPRINT);
    }

    @Test
    void otherDamageIsRefusedWithItsReason() {
        String text = new PublicKeyFile(LEDGER, Optional.of(PING_AN), KEYS).encode();
        invalid(() -> PublicKeyFile.decode(""), Reason.NOT_A_KEY_FILE);
        invalid(() -> PublicKeyFile.decode("ssh-rsa AAAA"), Reason.NOT_A_KEY_FILE);
        invalid(() -> PublicKeyFile.decode(text.replace("guankou-public-keys 1", "guankou-public-keys 2")),
                Reason.NEWER_FORMAT);
        invalid(() -> PublicKeyFile.decode(text.replace("ledger 0190", "ledger x190")), Reason.NOT_A_KEY_FILE);
        invalid(() -> PublicKeyFile.decode(text.replace("party TOWNSHIP", "party PROVINCE")), Reason.NOT_A_KEY_FILE);
        invalid(() -> PublicKeyFile.decode(text.replace("signing ", "signing !")), Reason.BAD_KEY);
        invalid(() -> PublicKeyFile.decode(text.replace("signing " + b64(KEYS.signing()), "signing AAAA")),
                Reason.BAD_KEY);
        invalid(() -> PublicKeyFile.decode(text.substring(0, text.indexOf("fingerprint"))), Reason.NOT_A_KEY_FILE);
        invalid(() -> PublicKeyFile.decode(text + "comment more\n"), Reason.NOT_A_KEY_FILE);
    }

    @Test
    void aPartyNameIsOneLine() {
        assertThatThrownBy(() -> new PublicKeyFile(LEDGER, Optional.of(new Party(PartyRole.TOWNSHIP, "500235101",
                "a\nfingerprint 0000")), KEYS)).isInstanceOf(IllegalArgumentException.class);
    }
}
