package io.guankou.model.exchange.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.crypto.Sm4Gcm;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STREAM writing at the chunk boundaries: 64 KiB chunks, the last one flagged and possibly full or empty. */
class ChunkSealerTest {

    static final byte[] KEY = new byte[16];

    @Test
    void theNonceIsAnElevenByteCounterAndTheLastFlag() {
        assertThat(Format.nonce(0, false)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Format.nonce(0, true)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(Format.nonce(0x0102, false)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0);
        assertThat(Format.nonce(Long.MAX_VALUE, true))
                .containsExactly(0, 0, 0, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 1);
    }

    @Test
    void chunkSizesAtTheBoundaries() throws Exception {
        assertThat(sealedSizes(0)).containsExactly(16);
        assertThat(sealedSizes(1)).containsExactly(17);
        assertThat(sealedSizes(65535)).containsExactly(65551);
        assertThat(sealedSizes(65536)).containsExactly(65552);
        assertThat(sealedSizes(65537)).containsExactly(65552, 17);
        assertThat(sealedSizes(131072)).containsExactly(65552, 65552);
        assertThat(sealedSizes(131073)).containsExactly(65552, 65552, 17);
        for (long n : new long[] {0, 1, 65536, 65537, 131072}) {
            assertThat(Format.chunksFor(n)).isEqualTo(sealedSizes((int) n).size());
        }
    }

    @Test
    void eachChunkOpensOnlyWithItsOwnCounterAndFlag() throws Exception {
        byte[] data = new byte[150_000];
        new java.util.Random(1).nextBytes(data);
        List<byte[]> sealed = seal(data, 7_001);
        Sm4Gcm gcm = new Sm4Gcm(KEY);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        for (int i = 0; i < sealed.size(); i++) {
            boolean last = i == sealed.size() - 1;
            plain.writeBytes(gcm.open(Format.nonce(i, last), sealed.get(i)));
            int other = i;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> gcm.open(Format.nonce(other, !last), sealed.get(other)))
                    .isInstanceOf(org.bouncycastle.crypto.InvalidCipherTextException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> gcm.open(Format.nonce(other + 1, last), sealed.get(other)))
                    .isInstanceOf(org.bouncycastle.crypto.InvalidCipherTextException.class);
        }
        assertThat(plain.toByteArray()).isEqualTo(data);
    }

    private static List<Integer> sealedSizes(int length) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (byte[] chunk : seal(new byte[length], 1000)) {
            sizes.add(chunk.length);
        }
        return sizes;
    }

    /** Seals {@code data} written in pieces of {@code piece} bytes, and cuts the output into its chunks. */
    private static List<byte[]> seal(byte[] data, int piece) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkSealer sealer = new ChunkSealer(new Sm4Gcm(KEY), out);
        for (int at = 0; at < data.length; at += piece) {
            sealer.write(data, at, Math.min(piece, data.length - at));
        }
        sealer.finish();
        byte[] all = out.toByteArray();
        assertThat((long) all.length).isEqualTo(sealer.sealedBytes());
        assertThat(sealer.compressedBytes()).isEqualTo(data.length);
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < all.length; at += Format.SEALED_CHUNK_SIZE) {
            chunks.add(Arrays.copyOfRange(all, at, Math.min(all.length, at + Format.SEALED_CHUNK_SIZE)));
        }
        assertThat((long) chunks.size()).isEqualTo(sealer.chunks());
        return chunks;
    }
}
