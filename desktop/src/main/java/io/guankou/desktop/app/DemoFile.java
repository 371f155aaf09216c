package io.guankou.desktop.app;

import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo township lives in its own file and is rewritten when it was not generated today, so its
 * four weeks of contact history always end today, and when it was written by an older build (its schema needs a
 * migration), so that what a new version adds to the demo (devices, ambulances, …) is there at once. A marker beside
 * it records the generation date, because opening the database changes the file's own modification time.
 */
public final class DemoFile {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFile.class);

    private DemoFile() {
    }

    /** @return true when the file was (re)generated */
    public static boolean ensureFresh(Path file, DemoOptions options) {
        Path marker = marker(file);
        if (Files.exists(file) && options.today().toString().equals(read(marker)) && Database.isAtLatestSchema(file)) {
            return false;
        }
        regenerate(file, options);
        return true;
    }

    /** Writes the demo afresh, e.g. when a file from an older build no longer opens: demo data is disposable. */
    public static void regenerate(Path file, DemoOptions options) {
        Path marker = marker(file);
        LOG.info("Generating the demo township for {}", options.today());
        DemoTownshipWriter.write(file, options);
        try {
            Files.writeString(marker, options.today().toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("Could not write the demo marker: {}", e.getClass().getName());
        }
    }

    static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".generated");
    }

    private static String read(Path marker) {
        try {
            return Files.exists(marker) ? Files.readString(marker, StandardCharsets.US_ASCII).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
