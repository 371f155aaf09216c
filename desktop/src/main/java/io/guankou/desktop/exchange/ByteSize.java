package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Msg;

/** A file's size as people read it: bytes under 1 KB, KB under 1 MB, MB above (1 KB = 1024 bytes). */
final class ByteSize {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private ByteSize() {
    }

    static Msg of(long bytes) {
        if (bytes < KB) {
            return Msg.of("exchange.size.bytes", bytes);
        }
        if (bytes < MB) {
            return Msg.of("exchange.size.kb", Math.round(bytes / (double) KB));
        }
        return Msg.of("exchange.size.mb", Math.round(bytes * 10 / (double) MB) / 10.0);
    }
}
