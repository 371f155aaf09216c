package io.guankou.model.exchange.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** The suite's primitives are really SM3 and SM4: the examples of the standards, through the suite's own classes. */
class SuiteKnownAnswerTest {

    @Test
    void sm3OfAbcIsTheFirstExampleOfGbT32905() {
        assertThat(Sm3.hex(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3OfSixteenAbcdIsTheSecondExampleOfGbT32905() {
        assertThat(Sm3.hex(Sm3.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sm4EncryptsTheExampleOfGbT32907() {
        byte[] key = Hex.decode("0123456789abcdeffedcba9876543210");
        BlockCipher sm4 = Sm4Gcm.newBlockCipher();
        sm4.init(true, new KeyParameter(key));
        byte[] out = new byte[16];
        sm4.processBlock(key, 0, out, 0); // the example's plaintext is its key
        assertThat(Hex.toHexString(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    /** RFC 8998, appendix A.1: SM4-GCM with associated data. */
    @Test
    void sm4GcmIsTheExampleOfRfc8998() throws Exception {
        GCMModeCipher gcm = Sm4Gcm.newCipher();
        gcm.init(true, new AEADParameters(new KeyParameter(Hex.decode("0123456789ABCDEFFEDCBA9876543210")), 128,
                Hex.decode("00001234567800000000ABCD")));
        byte[] aad = Hex.decode("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        gcm.processAADBytes(aad, 0, aad.length);
        byte[] plain = Hex.decode("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        byte[] out = new byte[gcm.getOutputSize(plain.length)];
        int n = gcm.processBytes(plain, 0, plain.length, out, 0);
        gcm.doFinal(out, n);
        assertThat(Hex.toHexString(out).toUpperCase()).isEqualTo(
                "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                + "83DE3541E4C2B58177E065A9BF7B62EC");
    }

    /** RFC 7914 §12, the second example (N = 1024, r = 8, p = 16): the first 16 of its 64 bytes. */
    @Test
    void scryptIsTheExampleOfRfc7914() {
        byte[] key = new ScryptParams(10, 8, 16).deriveKey("password".toCharArray(),
                "NaCl".getBytes(StandardCharsets.US_ASCII));
        assertThat(Hex.toHexString(key)).isEqualTo("fdbabe1c9d3472007856e7190d01e9fe");
    }

    @Test
    void theStandardScryptCostAndItsLimits() {
        assertThat(ScryptParams.STANDARD).isEqualTo(new ScryptParams(15, 8, 1));
        assertThat(ScryptParams.isWithinLimits(15, 8, 1)).isTrue();
        assertThat(ScryptParams.isWithinLimits(18, 8, 1)).isTrue(); // 256 MiB
        assertThat(ScryptParams.isWithinLimits(19, 8, 1)).isFalse();
        assertThat(ScryptParams.isWithinLimits(15, 8, 5)).isFalse();
        assertThat(ScryptParams.isWithinLimits(0, 8, 1)).isFalse();
        assertThat(ScryptParams.isWithinLimits(15, 0, 1)).isFalse();
    }

    @Test
    void aPassphraseIsItsUtf8Bytes() {
        assertThat(ScryptParams.utf8("口令 é".toCharArray())).isEqualTo("口令 é".getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScryptParams.utf8(new char[] {'a', '\ud800'}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
