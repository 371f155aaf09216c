package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.HEADER;
import static io.guankou.model.exchange.container.TestPackages.RANDOM;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.RowSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's and reader's worker threads end with them, however they end, and leave no temporary file. */
class WorkerThreadsTest {

    @TempDir
    Path dir;

    static long workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("package-") && t.isAlive()).count();
    }

    static void noWorkersLeft() throws InterruptedException {
        for (int i = 0; i < 100 && workers() > 0; i++) {
            Thread.sleep(20);
        }
        assertThat(workers()).as("package worker threads alive").isZero();
    }

    @Test
    void aWriterClosedWithoutFinishingStopsItsWorkersAndRemovesItsTemporaryFile() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.key(COUNTY.publicKeys())), RANDOM, TestPackages.FAST)) {
            RowSink sink = writer.entry("contact", COLUMNS);
            for (String[] row : rows(20_000, 1)) {
                sink.row(row);
            }
            assertThat(workers()).isEqualTo(2);
        }
        noWorkersLeft();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFinishedWriterLeavesNoWorker() throws Exception {
        TestPackages.writeToCounty(dir.resolve("p.gkpkg"), List.of(entry("contact", COLUMNS, rows(5000, 1))));
        noWorkersLeft();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void aReaderClosedHalfwayStopsItsWorker() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        TestPackages.writeToCounty(file, List.of(entry("contact", COLUMNS, rows(40_000, 1))));
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(file), COUNTY)) {
            RowSource entry = reader.next();
            assertThat(entry.next()).isNotNull();
            assertThat(workers()).isEqualTo(1);
        }
        noWorkersLeft();
    }

    @Test
    void anInterruptedReaderIsCancelledAndStaysSo() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        TestPackages.writeToCounty(file, List.of(entry("contact", COLUMNS, rows(40_000, 1))));
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(file), COUNTY)) {
            RowSource entry = reader.next();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> {
                    while (entry.next() != null) {
                        // the rows before the interrupt are fine; it is noticed at the next buffer at the latest
                    }
                }).isInstanceOf(CancellationException.class);
            } finally {
                Thread.interrupted();
            }
            assertThatThrownBy(reader::next).isInstanceOf(CancellationException.class);
        }
        noWorkersLeft();
    }
}
