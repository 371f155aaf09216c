package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LaunchOptions;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.DatabaseException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuankouCommandTest {

    @TempDir
    Path dir;
    DataPaths paths;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<LaunchOptions> launched = new ArrayList<>();

    @BeforeEach
    void setUp() {
        paths = new DataPaths(dir.resolve("data"));
    }

    private GuankouCommand.Outcome run(String... args) {
        return GuankouCommand.execute(args, paths, launched::add, LedgerOpener.existing(), TestClocks.FIXED,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void demoWritesATownshipAndStatsCountsIt() throws Exception {
        Path db = dir.resolve("demo.db");
        GuankouCommand.Outcome demo = run("--lang", "en", "demo", "--db", db.toString(), "--persons", "120",
                "--seed", "5");
        assertThat(demo.exitCode()).as(err.toString()).isZero();
        assertThat(demo.guiStarted()).isFalse();
        assertThat(Files.exists(db)).isTrue();
        assertThat(out.toString()).startsWith("Wrote demo township").contains("persons").hasLineCount(1);

        out.getBuffer().setLength(0);
        assertThat(run("stats", "--db", db.toString(), "--lang", "zh").exitCode()).isZero();
        assertThat(out.toString()).contains("区划代码", "合计");

        out.getBuffer().setLength(0);
        assertThat(run("stats", "--db", db.toString(), "--json").exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        int persons = json.get("persons").asInt();
        assertThat(persons).isPositive();
        int sum = 0;
        for (JsonNode v : json.get("villages")) {
            sum += v.get("persons").asInt();
            assertThat(v.get("code").asText()).hasSize(12);
        }
        assertThat(sum).isEqualTo(persons);
        JsonNode c = json.get("computed");
        assertThat(c.get("red").asInt() + c.get("yellow").asInt() + c.get("green").asInt()).isEqualTo(persons);
        assertThat(launched).isEmpty();
    }

    @Test
    void aMissingDatabaseIsOneLineAndExitCode2() {
        GuankouCommand.Outcome o = run("--lang", "en", "stats", "--db", dir.resolve("nope.db").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("guankou:").contains("nope.db").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingDatabaseIsReportedInChineseWithLangZh() {
        Path missing = dir.resolve("nope.db");
        GuankouCommand.Outcome o = run("--lang", "zh", "stats", "--db", missing.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("guankou：找不到数据库文件：" + missing.toAbsolutePath())
                .doesNotContain("not found");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileThatIsNotALedgerIsRefused() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database");
        assertThat(run("stats", "--db", junk.toString()).exitCode()).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void badArgumentsAreOneLineAndExitCode2() {
        assertThat(run("stats", "--bogus").exitCode()).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("demo", "--persons", "many").exitCode()).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("--lang", "fr").exitCode()).isEqualTo(2);
        assertThat(run("--demo", "--db", "x.db").exitCode()).isEqualTo(2);
        assertThat(launched).isEmpty();
    }

    @Test
    void aWindowThatCannotOpenItsLedgerIsOneLineAndExitCode2() {
        Path missing = dir.resolve("nope.db");
        GuankouCommand.Outcome o = GuankouCommand.execute(new String[] {"--lang", "zh", "--db", missing.toString()},
                paths, options -> {
                    throw new DatabaseException(DatabaseException.Reason.FILE_NOT_FOUND, missing.toAbsolutePath(),
                            "Database file not found: " + missing.toAbsolutePath());
                }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.guiStarted()).isFalse();
        assertThat(err.toString().strip()).isEqualTo("guankou：找不到数据库文件：" + missing.toAbsolutePath());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theDemoNeverOverwritesTheRealLedger() {
        GuankouCommand.Outcome o = run("demo", "--db", paths.ledgerFile().toString(), "--persons", "10");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(Files.exists(paths.ledgerFile())).isFalse();
    }

    @Test
    void withoutASubcommandTheGuiStartsOnTheChosenFile() throws Exception {
        GuankouCommand.Outcome o = run("--demo", "--lang", "en");
        assertThat(o.guiStarted()).isTrue();
        assertThat(launched).singleElement().satisfies(l -> {
            assertThat(l.demo()).isTrue();
            assertThat(l.dbFile()).isEqualTo(paths.demoFile());
            assertThat(l.dbFile()).isNotEqualTo(paths.ledgerFile());
            assertThat(l.language()).isEqualTo(Language.EN);
        });
        launched.clear();
        assertThat(run().exitCode()).as("no ledger yet: the set-up window").isZero();
        assertThat(launched).singleElement().satisfies(l -> {
            assertThat(l.setUp()).isTrue();
            assertThat(l.demo()).isFalse();
            assertThat(l.dbFile()).isEqualTo(paths.ledgerFile());
            assertThat(l.demoFile()).isEqualTo(paths.demoFile());
        });
        assertThat(out.toString()).contains(paths.ledgerFile().toString(), "guankou init");
        launched.clear();
        TestTownship.copyInto(Files.createDirectories(paths.dataDir()));
        Files.move(paths.dataDir().resolve("township.db"), paths.ledgerFile());
        run();
        assertThat(launched).singleElement().satisfies(l -> {
            assertThat(l.setUp()).isFalse();
            assertThat(l.demo()).isFalse();
            assertThat(l.dbFile()).isEqualTo(paths.ledgerFile());
            assertThat(l.language()).isNull();
        });
        launched.clear();
        run("--db", "mine.db");
        assertThat(launched.get(0).dbFile()).isEqualTo(Path.of("mine.db"));
        assertThat(launched.get(0).setUp()).as("a file named with --db is opened as it is, missing or not").isFalse();
    }

    @Test
    void theHelpDescribesEverySubcommandInItsOwnWordsInBothLanguages() {
        for (String lang : List.of("en", "zh")) {
            out.getBuffer().setLength(0);
            assertThat(run("--lang", lang, "--help").exitCode()).isZero();
            String root = Messages.of(lang.equals("en") ? Language.EN : Language.ZH).get("usage.description");
            String firstWords = root.substring(0, 8);
            List<String> commandLines = out.toString().lines()
                    .filter(l -> l.matches("\\s{2}(demo|stats|overdue|excel-import)\\s.*")).toList();
            assertThat(commandLines).as(lang).hasSize(4)
                    .allSatisfy(l -> assertThat(l).as("%s: not the root description", lang).doesNotContain(firstWords));
        }
    }
}
