package io.guankou.desktop.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** A drawn map as pixels (ARGB, row by row), taken on the FX thread and written as PNG off it. */
public record MapImage(int width, int height, int[] argb) {

    public MapImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("image " + width + "x" + height + " with " + argb.length + " pixels");
        }
    }

    /** The pixels of {@code image} (call on the FX thread). */
    public static MapImage of(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new MapImage(w, h, argb);
    }

    /** Writes the image as PNG to {@code target}: to a file beside it first, so a failed write leaves nothing half. */
    public void writePng(Path target) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        Path dir = target.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".map-", ".png.part");
        try {
            if (!ImageIO.write(image, "png", part.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
