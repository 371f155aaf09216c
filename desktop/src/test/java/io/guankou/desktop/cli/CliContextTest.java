package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand opens its ledger once, through the context's one opener, and shares the --db/--json options. */
class CliContextTest {

    @TempDir
    Path dir;
    Path db;
    DataPaths paths;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<Path> opened = new ArrayList<>();
    LedgerOpener counting = file -> {
        opened.add(file);
        return Database.openExisting(file);
    };

    @BeforeEach
    void setUp() {
        db = TestTownship.copyInto(dir);
        paths = new DataPaths(dir.resolve("data"));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        opened.clear();
        return GuankouCommand.execute(args, paths, o -> {
            throw new AssertionError("no window for a subcommand");
        }, counting, TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true)).exitCode();
    }

    @Test
    void eachCommandOpensTheLedgerOnceThroughTheOpener() {
        assertThat(run("stats", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(opened).containsExactly(db);
        assertThat(run("stats", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        assertThat(opened).containsExactly(db);
        assertThat(run("overdue", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        assertThat(opened).containsExactly(db);
    }

    @Test
    void withoutDbTheOfficesLedgerIsOpened() throws Exception {
        Files.createDirectories(paths.dataDir());
        Files.copy(db, paths.ledgerFile());
        assertThat(run("overdue")).as(err.toString()).isZero();
        assertThat(opened).containsExactly(paths.ledgerFile());
    }

    @Test
    void aTypoCostsNoDatabaseLoad() {
        assertThat(run("overdue", "--db", db.toString(), "--group", "county")).isEqualTo(2);
        assertThat(run("excel-import", "--db", db.toString(), dir.resolve("none.xlsx").toString())).isEqualTo(2);
        assertThat(opened).isEmpty();
    }

    @Test
    void theSharedOptionsKeepTheirHelpTexts() {
        Messages en = Messages.of(Language.EN);
        String dbHelp = en.get("cli.opt.db").substring(0, 20);
        for (String command : List.of("stats", "overdue", "excel-import")) {
            assertThat(run("--lang", "en", command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("--db=FILE", dbHelp);
        }
        for (String command : List.of("stats", "overdue")) {
            assertThat(run("--lang", "en", command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("--json", en.get("cli.opt.json"));
        }
        assertThat(run("--lang", "en", "--help")).isZero();
        assertThat(out.toString()).contains("--db=FILE", dbHelp);
    }
}
