package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.place.Township;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;
    DataPaths paths;
    Path db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        paths = new DataPaths(dir.resolve("data"));
        db = dir.resolve("office").resolve("ledger.db");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return GuankouCommand.execute(args, paths, o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    /** Runs init on {@link #db} in English with the given code and name; more arguments follow. */
    private int init(String code, String name, String... more) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "init", "--db", db.toString(),
                "--township-code", code, "--township-name", name));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** The one line on stderr of a refused run, with nothing on stdout. */
    private String refusal() {
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).endsWith(System.lineSeparator());
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("guankou");
        return err.toString().strip();
    }

    @Test
    void createsALedgerThatOpensWithItsTownshipAndSaysSoInOneLine() {
        assertThat(init("500235105", " 平安镇 ")).as(err.toString()).isZero();

        // no passphrase was given (no variable, no terminal): the keys are made all the same, and a note says so
        assertThat(err.toString().strip()).startsWith("Note: the keys have no passphrase").doesNotContain("\n");
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Created the ledger " + db.toAbsolutePath()
                + " for 平安镇 (500235105), persons aged 60 and over");
        assertThat(lines.get(1)).startsWith("Made keys in " + paths.dataDir().resolve("keys"))
                .containsPattern("fingerprint [0-9A-F]{4}( [0-9A-F]{4}){9}$");
        try (Database database = Database.openExisting(db)) {
            Township t = new PlaceRepository(database).township();
            assertThat(t.code()).isEqualTo("500235105");
            assertThat(t.name()).isEqualTo("平安镇");
            assertThat(new TierRulesRepository(database, TestClocks.FIXED).load()).isEqualTo(TierRules.defaults());
        }
        // and the other commands work on it
        assertThat(run("stats", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"townshipCode\" : \"500235105\"", "\"persons\" : 0");
    }

    @Test
    void theAgeLowerBoundMayBeSixtyFiveAndTheLineIsChineseInChinese() {
        assertThat(run("--lang", "zh", "init", "--db", db.toString(), "--township-code", "500235105",
                "--township-name", "平安镇", "--age-lower-bound", "65")).as(err.toString()).isZero();

        assertThat(out.toString().lines().findFirst().orElseThrow())
                .isEqualTo("已新建台账 " + db.toAbsolutePath() + "：平安镇（500235105），收录 65 岁及以上人员");
        try (Database database = Database.openExisting(db)) {
            assertThat(new TierRulesRepository(database, TestClocks.FIXED).load().ageLowerBound()).isEqualTo(65);
        }
    }

    @Test
    void theKeysOfTheNewLedgerTakeThePassphraseFromTheVariableNamed() throws Exception {
        Map<String, String> env = Map.of("KEY_PASS", "a long key passphrase");
        int code = GuankouCommand.execute(new String[] {"--lang", "en", "init", "--db", db.toString(),
                "--township-code", "500235105", "--township-name", "平安镇", "--key-passphrase-env", "KEY_PASS"},
                paths, o -> {
                    throw new AssertionError("no window");
                }, LedgerOpener.existing(), TestClocks.FIXED, new CliSecrets(env::get, q -> null),
                new PrintWriter(out, true), new PrintWriter(err, true)).exitCode();
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        try (Stream<Path> folders = Files.list(paths.dataDir().resolve("keys"))) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(KeyFolder.isProtected(folder)).isTrue();
            assertThatThrownBy(() -> KeyFolder.unlock(folder, "wrong passphrase".toCharArray()))
                    .isInstanceOf(KeyFolderLocked.class);
            assertThat(KeyFolder.unlock(folder, "a long key passphrase".toCharArray())).isNotNull();
        }
    }

    @Test
    void aKeyPassphraseTooShortIsRefusedBeforeAnythingIsMade() {
        Map<String, String> env = Map.of("KEY_PASS", "1234567");
        int code = GuankouCommand.execute(new String[] {"--lang", "en", "init", "--db", db.toString(),
                "--township-code", "500235105", "--township-name", "平安镇", "--key-passphrase-env", "KEY_PASS"},
                paths, o -> {
                    throw new AssertionError("no window");
                }, LedgerOpener.existing(), TestClocks.FIXED, new CliSecrets(env::get, q -> null),
                new PrintWriter(out, true), new PrintWriter(err, true)).exitCode();
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The passphrase needs at least 8 characters; no keys were made");
        assertThat(db).doesNotExist();
        assertThat(paths.dataDir().resolve("keys")).doesNotExist();
    }

    @Test
    void withoutDbItCreatesTheOfficeLedgerTheOtherCommandsOpen() {
        assertThat(run("init", "--township-code", "500235105", "--township-name", "平安镇"))
                .as(err.toString()).isZero();

        assertThat(paths.ledgerFile()).isRegularFile();
        assertThat(run("stats", "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("500235105");
    }

    @Test
    void anExistingLedgerIsNeverOverwritten() throws IOException {
        Path ledger = TestTownship.copyInto(dir);
        byte[] before = Files.readAllBytes(ledger);
        db = ledger;

        assertThat(init("500235105", "平安镇")).isEqualTo(2);

        assertThat(refusal()).isEqualTo("guankou: A file is already at " + ledger.toAbsolutePath()
                + "; a new ledger never replaces it, and it was left as it is");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
    }

    @Test
    void anyOtherFileIsNeverOverwrittenEitherAndChineseSaysSo() throws IOException {
        Files.createDirectories(db.getParent());
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        Files.write(db, noise);

        assertThat(run("--lang", "zh", "init", "--db", db.toString(), "--township-code", "500235105",
                "--township-name", "平安镇")).isEqualTo(2);

        assertThat(refusal()).isEqualTo("guankou：" + db.toAbsolutePath() + " 处已有文件；新建台账从不覆盖已有文件，该文件未作任何改动");
        assertThat(Files.readAllBytes(db)).isEqualTo(noise);
        try (var files = Files.list(db.getParent())) {
            assertThat(files).containsExactly(db);
        }
    }

    @Test
    void aBadCodeSaysWhatIsWrong() {
        assertThat(init("50023510", "平安镇")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: Township code 50023510: a township code has 9 digits (see --help)");

        assertThat(init("500235105201", "平安镇")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: Township code 500235105201: this is a 12-digit village or community"
                + " code; the township code is its first 9 digits (see --help)");

        assertThat(init("50023510X", "平安镇")).isEqualTo(2);
        assertThat(refusal()).contains("only the digits 0-9");

        assertThat(init("500235000", "平安镇")).isEqualTo(2);
        assertThat(refusal()).contains("000, the code of a county-level division itself");

        assertThat(init("990235105", "平安镇")).isEqualTo(2);
        assertThat(refusal()).contains("no province-level division code");

        assertThat(db).doesNotExist();
        assertThat(db.getParent()).doesNotExist();
    }

    @Test
    void aBadCodeInChinese() {
        assertThat(run("--lang", "zh", "init", "--db", db.toString(), "--township-code", "5002351",
                "--township-name", "平安镇")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou：乡镇代码 5002351：乡镇代码应为 9 位数字（用 --help 查看用法）");
        assertThat(db).doesNotExist();
    }

    @Test
    void theCodeAndTheNameAreRequired() {
        assertThat(run("--lang", "en", "init", "--db", db.toString(), "--township-name", "平安镇")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: Give the township's 9-digit code with --township-code CODE"
                + " (see --help)");

        assertThat(run("--lang", "en", "init", "--db", db.toString(), "--township-code", "500235105")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: Give the township's name with --township-name NAME (see --help)");

        assertThat(init("500235105", "   ")).isEqualTo(2);
        assertThat(refusal()).contains("--township-name NAME");

        assertThat(run("--lang", "zh", "init", "--db", db.toString(), "--township-code", "500235105")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou：请用 --township-name NAME 给出乡镇名称（用 --help 查看用法）");

        assertThat(init("500235105", "镇".repeat(51))).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: Township name: longer than 50 characters (see --help)");
        assertThat(db).doesNotExist();
    }

    @Test
    void theAgeLowerBoundIsSixtyOrSixtyFive() {
        assertThat(init("500235105", "平安镇", "--age-lower-bound", "70")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou: The age lower bound must be one of 60, 65, was 70 (see --help)");

        assertThat(init("500235105", "平安镇", "--age-lower-bound", "sixty")).isEqualTo(2);
        assertThat(refusal()).contains("must be one of 60, 65, was sixty");

        assertThat(run("--lang", "zh", "init", "--db", db.toString(), "--township-code", "500235105",
                "--township-name", "平安镇", "--age-lower-bound", "70")).isEqualTo(2);
        assertThat(refusal()).isEqualTo("guankou：年龄下限须为 60、65 之一，收到 70（用 --help 查看用法）");
        assertThat(db).doesNotExist();
    }

    @Test
    void helpComesFromTheBundles() {
        assertThat(run("--lang", "zh", "init", "--help")).isZero();
        assertThat(out.toString()).contains("不打开窗口，为一个乡镇新建空台账", "--township-code=CODE", "乡镇代码",
                "--age-lower-bound=60|65");

        assertThat(run("--lang", "en", "init", "--help")).isZero();
        assertThat(out.toString()).contains("An existing file is never overwritten", "--township-name=NAME");
    }
}
