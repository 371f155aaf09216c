package io.guankou.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFileTest {

    @TempDir
    Path dir;

    @Test
    void theDemoIsWrittenOncePerDay() throws Exception {
        Path file = dir.resolve("demo/demo-township.db");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        DemoOptions options = new DemoOptions(50, 1, monday);

        assertThat(DemoFile.ensureFresh(file, options)).as("missing: written").isTrue();
        try (Database db = Database.openExisting(file)) {
            assertThat(new PlaceRepository(db).township().name()).isNotBlank();
        }
        assertThat(DemoFile.ensureFresh(file, options)).as("same day: kept").isFalse();
        assertThat(DemoFile.ensureFresh(file, options.withSeed(2))).isFalse();
        assertThat(DemoFile.ensureFresh(file, new DemoOptions(50, 1, monday.plusDays(1))))
                .as("next day: written again so the contact history ends today").isTrue();
        assertThat(Files.readString(DemoFile.marker(file))).isEqualTo("2026-11-24");
    }

    @Test
    void aDemoWrittenByAnOlderBuildIsWrittenAgainTheSameDay() throws Exception {
        Path file = dir.resolve("demo/demo-township.db");
        DemoOptions options = new DemoOptions(50, 1, LocalDate.of(2026, 11, 23));
        assertThat(DemoFile.ensureFresh(file, options)).isTrue();
        assertThat(Database.isAtLatestSchema(file)).isTrue();
        // as if an older build wrote it: its schema lacks this build's latest migration
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE installed_rank ="
                    + " (SELECT max(installed_rank) FROM flyway_schema_history)");
        }
        assertThat(Database.isAtLatestSchema(file)).isFalse();

        assertThat(DemoFile.ensureFresh(file, options)).as("an upgrade brings the new demo data at once").isTrue();
        assertThat(Database.isAtLatestSchema(file)).isTrue();
        assertThat(DemoFile.ensureFresh(file, options)).isFalse();
        assertThat(Database.isAtLatestSchema(dir.resolve("missing.db"))).isFalse();
    }
}
