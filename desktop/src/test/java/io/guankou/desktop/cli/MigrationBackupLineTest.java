package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.persistence.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a newer version migrates an older ledger when a command opens it, after keeping a copy of it; one line on
 * stderr says where the copy is, and stdout stays the command's output.
 */
class MigrationBackupLineTest {

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(String... args) {
        return GuankouCommand.execute(args, new DataPaths(dir.resolve("data")), o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    @Test
    void statsOnAnOlderLedgerSaysWhereTheCopyFromBeforeIs() throws Exception {
        Path ledger = olderLedger(dir.resolve("ledger.db"));

        assertThat(run("--lang", "en", "stats", "--db", ledger.toString(), "--json")).as(err.toString()).isZero();

        List<Path> copies = copies();
        assertThat(copies).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("ledger.before-v").endsWith(".db"));
        assertThat(err.toString().strip()).isEqualTo(
                "This version brought the ledger up to date; the file as it was before is kept at " + copies.get(0));
        assertThat(out.toString().strip()).startsWith("{").doesNotContain("before");
        assertThat(Database.isAtLatestSchema(ledger)).isTrue();
    }

    @Test
    void theSecondOpenOfTheMigratedLedgerSaysNothing() throws Exception {
        Path ledger = olderLedger(dir.resolve("ledger.db"));
        assertThat(run("--lang", "zh", "stats", "--db", ledger.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("升级前的文件已备份到 " + copies().get(0));

        err.getBuffer().setLength(0);
        assertThat(run("--lang", "zh", "stats", "--db", ledger.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(copies()).hasSize(1);
    }

    /** A ledger as Guankou left it at schema version 9: a township, no persons. */
    private static Path olderLedger(Path file) throws Exception {
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("9").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute("INSERT INTO township (id, global_id, township_code, updated_at, revision, deleted, code, name)"
                    + " VALUES (1, 'a0000000-0000-4000-8000-000000000001', '500235124',"
                    + " '2026-11-01T00:00:00.000Z', 1, 0, '500235124', '平安镇')");
        }
        return file;
    }

    private List<Path> copies() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".before-v")).toList();
        }
    }
}
