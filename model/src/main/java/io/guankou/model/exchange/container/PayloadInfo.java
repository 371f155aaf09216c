package io.guankou.model.exchange.container;

/**
 * The manifest's {@code payload}: how the entries' bytes were compressed ({@code DEFLATE}, raw) and cut
 * ({@code chunkSize} 65536 bytes of compressed data per chunk), the number of chunks, the compressed length and
 * the length of the ciphertext in the file ({@code bytes} = compressedBytes + 16 · chunks).
 */
public record PayloadInfo(String compression, int chunkSize, long chunks, long compressedBytes, long bytes) {
}
