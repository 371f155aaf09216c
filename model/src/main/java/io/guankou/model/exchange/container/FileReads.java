package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads of a package file; a file that ends too early has been cut or changed. */
final class FileReads {

    private FileReads() {
    }

    static byte[] read(FileChannel channel, long position, int length) throws IOException, PackageRefused {
        byte[] bytes = new byte[length];
        read(channel, position, bytes, 0, length);
        return bytes;
    }

    static void read(FileChannel channel, long position, byte[] into, int off, int length)
            throws IOException, PackageRefused {
        ByteBuffer buffer = ByteBuffer.wrap(into, off, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new PackageRefused(Reason.BAD_SIGNATURE, "the file ends early: cut short or changed");
            }
            at += n;
        }
    }
}
