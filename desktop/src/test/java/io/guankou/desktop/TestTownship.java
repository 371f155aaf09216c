package io.guankou.desktop;

import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small demo township (300 persons), generated once per test run and copied for each test. It is written for
 * {@link TestClocks#TODAY}, so its contacts end the evening before the day the tests' clock shows.
 */
public final class TestTownship {

    public static final int PERSONS = 300;
    public static final long SEED = 42L;
    private static Path template;

    private TestTownship() {
    }

    public static synchronized Path copyInto(Path dir) {
        try {
            if (template == null) {
                Path d = Files.createTempDirectory("guankou-test-template");
                template = d.resolve("township.db");
                DemoTownshipWriter.write(template, new DemoOptions(PERSONS, SEED, TestClocks.TODAY));
                d.toFile().deleteOnExit();
            }
            Path target = dir.resolve("township.db");
            Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = template.resolveSibling(template.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.copy(side, dir.resolve("township.db" + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
