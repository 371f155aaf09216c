package io.guankou.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerOpenerTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNotCreated() {
        Path missing = dir.resolve("nope.db");
        assertThatThrownBy(() -> LedgerOpener.existing().open(missing))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.FILE_NOT_FOUND));
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aDemoThatDoesNotOpenIsWrittenAfresh() throws Exception {
        Path file = dir.resolve("demo/demo-township.db");
        DemoOptions options = new DemoOptions(50, 1, LocalDate.of(2026, 11, 23));
        LedgerOpener demo = LedgerOpener.demo(options);
        try (Database db = demo.open(file)) {
            assertThat(new PlaceRepository(db).township().name()).isNotBlank();
        }
        // today's marker, but a file that is no database any more
        Files.writeString(file, "damaged");
        try (Database db = demo.open(file)) {
            assertThat(new PlaceRepository(db).township().name()).isNotBlank();
        }
    }
}
