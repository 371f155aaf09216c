package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package commands end to end, as a township office and its county would run them: keys, export, verify, import
 * into a new receiving database (after confirming the sender's fingerprint), the same package again, a damaged one,
 * a passphrase package, and a delta back and forth.
 */
class ExchangeCommandsTest {

    private static final Pattern FINGERPRINT = Pattern.compile("([0-9A-F]{4}( [0-9A-F]{4}){9})");

    @TempDir
    Path dir;
    DataPaths paths;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new HashMap<>();
    Path township;
    Path county;
    Path countyKeys;

    @BeforeEach
    void setUp() {
        paths = new DataPaths(dir.resolve("data"));
        township = dir.resolve("township.db");
        county = dir.resolve("county").resolve("county.db");
        countyKeys = dir.resolve("county-keys");
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

    /** The township's demo ledger (with its keys) and the county's own key folder and public key file. */
    private Path townshipAndCounty() {
        assertThat(run("demo", "--db", township.toString(), "--persons", "150", "--seed", "7")).as(err.toString()).isZero();
        assertThat(run("keys", "--new", "--dir", countyKeys.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Made keys in");
        Path countyPub = dir.resolve("county.pub");
        assertThat(run("keys", "--export-public", countyPub.toString(), "--dir", countyKeys.toString()))
                .as(err.toString()).isZero();
        return countyPub;
    }

    private JsonNode stats(Path db) throws Exception {
        assertThat(run("stats", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void aTownshipPackageBuildsAReceivingDatabaseWhoseStatisticsAgree() throws Exception {
        Path countyPub = townshipAndCounty();
        Path pkg = dir.resolve("stick").resolve("t-1.gkp");
        Files.createDirectories(pkg.getParent());

        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("The stick may be removed");
        String recipientFingerprint = fingerprintIn(out.toString().substring(out.toString().indexOf("Recipient key")));
        assertThat(run("keys", "--show", "--dir", countyKeys.toString())).isZero();
        assertThat(out.toString()).contains(recipientFingerprint);
        assertThat(Files.list(pkg.getParent())).as("no temporary file left beside it").containsExactly(pkg);

        assertThat(run("verify", pkg.toString(), "--key-dir", countyKeys.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("is intact").contains("person: 150 rows");

        // the first package from a sender: refused until its fingerprint is confirmed, and no database appears
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--key-dir", countyKeys.toString()))
                .isEqualTo(2);
        String fingerprint = fingerprintIn(err.toString());
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--accept-key");
        assertThat(Files.exists(county)).isFalse();

        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--key-dir", countyKeys.toString(),
                "--accept-key", fingerprint)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created the receiving database").contains("person: added 150");
        assertThat(Files.exists(county)).isTrue();

        JsonNode township1 = stats(township);
        JsonNode county1 = stats(county);
        assertThat(county1).isEqualTo(township1);

        // the same package again changes nothing, to the byte
        byte[] before = Files.readAllBytes(county);
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--key-dir", countyKeys.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported before; nothing changed");
        assertThat(Files.readAllBytes(county)).isEqualTo(before);
    }

    @Test
    void aDamagedPackageIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        Path countyPub = townshipAndCounty();
        Path pkg = dir.resolve("t-1.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString()))
                .as(err.toString()).isZero();
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length / 2] ^= 0x01;
        Path damaged = dir.resolve("damaged.gkp");
        Files.write(damaged, bytes);

        assertThat(run("verify", damaged.toString(), "--key-dir", countyKeys.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Package refused");
        assertThat(run("import", "--db", county.toString(), damaged.toString(), "--key-dir", countyKeys.toString(),
                "--accept-key", "0000")).isEqualTo(2);
        assertThat(Files.exists(county)).isFalse();
        if (Files.exists(county.getParent())) {
            assertThat(Files.list(county.getParent()).toList()).as("nothing left of a receiving database").isEmpty();
        }

        // into an existing ledger: untouched to the byte
        byte[] before = Files.readAllBytes(township);
        assertThat(run("import", "--db", township.toString(), damaged.toString())).isEqualTo(2);
        assertThat(Files.readAllBytes(township)).isEqualTo(before);
    }

    @Test
    void aPassphrasePackageOpensWithItsPassphraseOnly() throws Exception {
        assertThat(run("demo", "--db", township.toString(), "--persons", "60", "--seed", "3")).isZero();
        Path pkg = dir.resolve("p.gkp");
        env.put("PKG_PASS", "long enough passphrase");
        env.put("WRONG", "another passphrase");

        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--passphrase-env", "PKG_PASS"))
                .as(err.toString()).isZero();
        assertThat(run("verify", pkg.toString(), "--passphrase-env", "WRONG")).isEqualTo(2);
        assertThat(run("verify", pkg.toString(), "--passphrase-env", "UNSET")).isEqualTo(2);
        assertThat(err.toString()).contains("UNSET").contains("not set");
        assertThat(run("verify", pkg.toString(), "--passphrase-env", "PKG_PASS")).as(err.toString()).isZero();

        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--passphrase-env", "PKG_PASS")).isEqualTo(2);
        String fingerprint = fingerprintIn(err.toString());
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--passphrase-env", "PKG_PASS",
                "--accept-key", fingerprint, "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Preview done, nothing written");
        assertThat(Files.exists(county)).as("a dry run makes no database").isFalse();
        assertThat(run("import", "--db", county.toString(), pkg.toString(), "--passphrase-env", "PKG_PASS",
                "--accept-key", fingerprint)).as(err.toString()).isZero();
        assertThat(stats(county)).isEqualTo(stats(township));
    }

    @Test
    void aDeltaCarriesWhatChangedAfterThePackageTheCountyAcknowledged() throws Exception {
        Path countyPub = townshipAndCounty();
        Path townshipPub = dir.resolve("township.pub");
        assertThat(run("keys", "--export-public", townshipPub.toString(), "--db", township.toString()))
                .as(err.toString()).isZero();

        // a delta before anything was acknowledged: refused, nothing written
        Path early = dir.resolve("early.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", early.toString(), "--delta", "--to",
                countyPub.toString())).isEqualTo(2);
        assertThat(Files.exists(early)).isFalse();

        Path first = dir.resolve("t-1.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", first.toString(), "--to", countyPub.toString()))
                .isZero();
        assertThat(run("import", "--db", county.toString(), first.toString(), "--key-dir", countyKeys.toString()))
                .isEqualTo(2);
        String townshipFingerprint = fingerprintIn(err.toString());
        assertThat(run("import", "--db", county.toString(), first.toString(), "--key-dir", countyKeys.toString(),
                "--accept-key", townshipFingerprint)).as(err.toString()).isZero();

        // the county answers (acknowledging package 1); the township registers the county's key by its fingerprint
        Path back = dir.resolve("c-1.gkp");
        assertThat(run("export", "--db", county.toString(), "--out", back.toString(), "--to", townshipPub.toString(),
                "--key-dir", countyKeys.toString())).as(err.toString()).isZero();
        assertThat(run("import", "--db", township.toString(), back.toString())).as(err.toString()).isZero();

        // one person renamed at the township; the delta carries that row and not the other 149
        String renamed = "改名测试";
        try (Connection c = DriverManager.getConnection(Database.url(township)); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE person SET name = '" + renamed + "', revision = revision + 1"
                    + " WHERE id = (SELECT min(id) FROM person)");
        }
        Path delta = dir.resolve("t-2.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", delta.toString(), "--delta", "--to",
                countyPub.toString())).as(err.toString()).isZero();
        assertThat(run("verify", delta.toString(), "--key-dir", countyKeys.toString())).isZero();
        assertThat(out.toString()).contains("person: 1 rows");
        assertThat(run("import", "--db", county.toString(), delta.toString(), "--key-dir", countyKeys.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("person: added 0, updated 1");
        assertThat(names(county)).contains(renamed);

        // the first package again, after the delta: older than one applied, refused
        assertThat(run("import", "--db", county.toString(), first.toString(), "--key-dir", countyKeys.toString()))
                .as(out.toString()).isZero();
        assertThat(out.toString()).contains("imported before");
    }

    private static java.util.List<String> names(Path db) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(db)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM person")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
