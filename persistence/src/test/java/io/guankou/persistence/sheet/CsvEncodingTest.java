package io.guankou.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV encoding check: a file is UTF-8 exactly when the JDK's strict UTF-8 decoder reads all of it without a
 * malformed sequence (the definition the check replaces with a faster pass over the bytes).
 */
class CsvEncodingTest {

    @TempDir
    Path dir;

    @Test
    void wellFormedSequencesOfEveryLengthAreUtf8() throws IOException {
        assertThat(isUtf8("姓名,身份证号,住址\r\n王德明,11010519491231002X,平安镇\r\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        // 1 to 4 bytes: A, é, 中, U+1F600; the edges of each range: U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF
        assertThat(isUtf8(bytes(0x41, 0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80))).isTrue();
        assertThat(isUtf8(bytes(0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xEF, 0xBF, 0xBF))).isTrue();
        assertThat(isUtf8(bytes(0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF))).isTrue();
        assertThat(isUtf8(new byte[0])).isTrue();
    }

    @Test
    void malformedSequencesAreNotUtf8() throws IOException {
        assertThat(isUtf8("姓名,住址\r\n".getBytes(Charset.forName("GBK")))).isFalse();
        assertThat(isUtf8(bytes(0xC0, 0x80))).as("overlong NUL").isFalse();
        assertThat(isUtf8(bytes(0xE0, 0x9F, 0xBF))).as("overlong 3-byte form").isFalse();
        assertThat(isUtf8(bytes(0xF0, 0x8F, 0xBF, 0xBF))).as("overlong 4-byte form").isFalse();
        assertThat(isUtf8(bytes(0xED, 0xA0, 0x80))).as("a surrogate").isFalse();
        assertThat(isUtf8(bytes(0xF4, 0x90, 0x80, 0x80))).as("above U+10FFFF").isFalse();
        assertThat(isUtf8(bytes(0xF5, 0x80, 0x80, 0x80))).as("no such lead byte").isFalse();
        assertThat(isUtf8(bytes(0x80))).as("a lone continuation byte").isFalse();
        assertThat(isUtf8(bytes(0x41, 0xE4, 0xB8))).as("cut off at the end of the file").isFalse();
        assertThat(isUtf8(bytes(0xE4, 0x41, 0xAD))).as("continuation missing").isFalse();
    }

    @Test
    void aCharacterAcrossTheReadBufferIsJudgedWhole() throws IOException {
        // the check reads 64 KiB at a time: put each byte of a 3- and a 4-byte character on the boundary
        for (int shift = 0; shift < 4; shift++) {
            byte[] head = new byte[64 * 1024 - shift];
            Arrays.fill(head, (byte) 'a');
            byte[] good = concat(head, "中\uD83D\uDE00台账".getBytes(StandardCharsets.UTF_8));
            assertThat(isUtf8(good)).as("shift %d", shift).isTrue();
            byte[] bad = concat(head, bytes(0xE4, 0xB8, 0x41));
            assertThat(isUtf8(bad)).as("shift %d", shift).isFalse();
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() throws IOException {
        Random random = new Random(42);
        // bytes around the interesting values, so that most runs hold several multi-byte sequences
        int[] pool = {0x41, 0x2C, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF,
            0xF0, 0xF4, 0xF5, 0xFF};
        int utf8 = 0;
        for (int run = 0; run < 20_000; run++) {
            byte[] b = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(3) == 0 ? (byte) (0x80 + random.nextInt(64)) : (byte) pool[random.nextInt(pool.length)];
            }
            boolean expected = decodes(b);
            utf8 += expected ? 1 : 0;
            assertThat(CsvSource.utf8Prefix(b, b.length) == b.length).as("%s", Arrays.toString(b)).isEqualTo(expected);
        }
        assertThat(utf8).as("some random runs are UTF-8").isGreaterThan(100);
    }

    private boolean isUtf8(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), content);
        assertThat(CsvSource.isUtf8(file)).as("the same as the strict decoder").isEqualTo(decodes(content));
        return CsvSource.isUtf8(file);
    }

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
