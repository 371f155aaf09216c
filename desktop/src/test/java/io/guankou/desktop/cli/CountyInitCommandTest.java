package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.IdentityStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guankou init --county --db FILE --county-code CODE --county-name NAME} (issue 16): a county database with its
 * own keys and no township yet; a township of the county is imported into it, one of another county is refused.
 */
class CountyInitCommandTest {

    private static final Pattern FINGERPRINT = Pattern.compile("([0-9A-F]{4}( [0-9A-F]{4}){9})");

    @TempDir
    Path dir;
    DataPaths paths;
    Map<String, String> env = new HashMap<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        paths = new DataPaths(dir.resolve("data"));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(args, 0, all, 2, args.length);
        return GuankouCommand.execute(all, paths, o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new CliSecrets(env::get, q -> null),
                new PrintWriter(out, true), new PrintWriter(err, true)).exitCode();
    }

    private static String fingerprintIn(String text) {
        Matcher m = FINGERPRINT.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    @Test
    void aCountyDatabaseReceivesItsTownshipsAndRefusesAnotherCountys() throws Exception {
        Path county = dir.resolve("county.db");
        assertThat(run("init", "--county", "--db", county.toString(), "--county-code", "500235", "--county-name", "云阳县"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created the county database").contains("云阳县 (500235)");
        String countyFingerprint = fingerprintIn(out.toString());
        Path keyDir;
        try (Database db = Database.openExisting(county)) {
            var identity = new IdentityStore(db, TestClocks.FIXED).find().orElseThrow();
            assertThat(identity.role().name()).isEqualTo("COUNTY");
            assertThat(identity.code()).isEqualTo("500235");
            assertThat(identity.name()).isEqualTo("云阳县");
            keyDir = paths.keysDir(identity.ledgerId());
        }
        assertThat(Files.isDirectory(keyDir)).isTrue();
        Path countyPub = dir.resolve("county.pub");
        assertThat(run("keys", "--export-public", countyPub.toString(), "--db", county.toString())).as(err.toString()).isZero();

        // a township of the county (the demo: 500235124): refused until its key is confirmed, then merged whole
        Path township = dir.resolve("township.db");
        assertThat(run("demo", "--db", township.toString(), "--persons", "120", "--seed", "3")).as(err.toString()).isZero();
        Path pkg = dir.resolve("t.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--key-dir", keyDir.toString())).isEqualTo(2);
        String sender = fingerprintIn(err.toString());
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--key-dir", keyDir.toString(),
                "--accept-key", sender)).as(err.toString()).isZero();
        assertThat(run("stats", "--db", county.toString(), "--json")).isZero();
        var atCounty = new ObjectMapper().readTree(out.toString());
        assertThat(run("stats", "--db", township.toString(), "--json")).isZero();
        assertThat(atCounty).isEqualTo(new ObjectMapper().readTree(out.toString()));

        // a township of another county (500236): refused, nothing imported
        Path other = dir.resolve("other.db");
        assertThat(run("init", "--db", other.toString(), "--township-code", "500236101", "--township-name", "别县某镇"))
                .as(err.toString()).isZero();
        Path otherPkg = dir.resolve("o.gkp");
        assertThat(run("export", "--db", other.toString(), "--out", otherPkg.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
        run("import", "--db", county.toString(), otherPkg.toString(), "--key-dir", keyDir.toString());
        String otherSender = fingerprintIn(err.toString());
        byte[] before = Files.readAllBytes(county);
        assertThat(run("import", "--db", county.toString(), otherPkg.toString(), "--key-dir", keyDir.toString(),
                "--accept-key", otherSender)).isEqualTo(2);
        assertThat(err.toString()).contains("another county").contains("nothing was imported");
        assertThat(run("stats", "--db", county.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEqualTo(atCounty);
    }

    @Test
    void badCountyArgumentsAreRefusedInOneLine() {
        Path county = dir.resolve("c.db");
        assertThat(run("init", "--county", "--db", county.toString(), "--county-code", "510100", "--county-name", "X"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("County code 510100").contains("prefecture-level city");
        assertThat(run("init", "--county", "--db", county.toString(), "--county-name", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("--county-code");
        assertThat(run("init", "--county", "--county-code", "500235", "--county-name", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("--db FILE");
        assertThat(run("init", "--county", "--db", county.toString(), "--county-code", "500235", "--county-name", "X",
                "--township-code", "500235124")).isEqualTo(2);
        assertThat(run("init", "--db", county.toString(), "--county-code", "500235", "--county-name", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("--county");
        assertThat(Files.exists(county)).isFalse();
    }
}
