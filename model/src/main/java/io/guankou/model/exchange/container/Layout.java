package io.guankou.model.exchange.container;

/**
 * Where the parts of a verified package lie: the file's length L, K, M, the payload's offset {@code 16+K+M} and
 * length P, the signature's length S, and the SM3 of the bytes before the payload (what the payload reader checks
 * again, with the length, when it opens the file).
 */
record Layout(long fileLength, int keysLength, int manifestLength, long payloadBytes, int signatureLength,
        byte[] headDigest) {

    long payloadOffset() {
        return Format.FIXED_HEAD + keysLength + 4L + manifestLength;
    }

    long signatureOffset() {
        return payloadOffset() + payloadBytes;
    }
}
