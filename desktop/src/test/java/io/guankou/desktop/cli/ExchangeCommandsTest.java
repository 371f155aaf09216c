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
    /** The county's key fingerprint, as {@code keys --new} shows it (read to the township over the phone). */
    String countyFingerprint;

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
        countyFingerprint = fingerprintIn(out.toString());
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

        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
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
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
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

        env.put("SHORT", "123456789");
        byte[] before = Files.readAllBytes(township);
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--passphrase-env", "SHORT"))
                .as("a package's passphrase needs 10 characters").isEqualTo(2);
        assertThat(err.toString()).contains("The passphrase in SHORT cannot be used: "
                + "The passphrase needs at least 10 characters; no package was written");
        assertThat(pkg).doesNotExist();
        assertThat(Files.readAllBytes(township)).isEqualTo(before);

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
    void packagesForTheCountysKeysAndUnderAPassphraseCountTwoSeriesAtTheCounty() throws Exception {
        Path countyPub = townshipAndCounty();
        env.put("PKG_PASS", "long enough passphrase");
        Path k1 = dir.resolve("k1.gkp");
        Path p1 = dir.resolve("p1.gkp");
        Path p2 = dir.resolve("p2.gkp");
        Path k2 = dir.resolve("k2.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", k1.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
        for (Path p : java.util.List.of(p1, p2)) {
            assertThat(run("export", "--db", township.toString(), "--out", p.toString(), "--passphrase-env",
                    "PKG_PASS")).as(err.toString()).isZero();
        }
        assertThat(run("export", "--db", township.toString(), "--out", k2.toString(), "--to", countyPub.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("sequence 2");

        assertThat(run("import", "--db", county.toString(), k1.toString(), "--key-dir", countyKeys.toString()))
                .isEqualTo(2);
        String townshipFingerprint = fingerprintIn(err.toString());
        assertThat(run("import", "--db", county.toString(), k1.toString(), "--key-dir", countyKeys.toString(),
                "--accept-key", townshipFingerprint)).as(err.toString()).isZero();
        for (Path p : java.util.List.of(p1, p2)) {
            assertThat(run("import", "--db", county.toString(), p.toString(), "--passphrase-env", "PKG_PASS"))
                    .as(err.toString()).isZero();
        }
        // the key package no. 2 after the passphrase package no. 2: the next of its own series, no replay, no gap
        assertThat(run("import", "--db", county.toString(), k2.toString(), "--key-dir", countyKeys.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("Note:").doesNotContain("skipped");
        try (Connection c = DriverManager.getConnection(Database.url(county)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(recipient_mode || ' ' || sequence, ', ')"
                     + " FROM (SELECT * FROM exchange_package ORDER BY id)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("KEYS 1, PASSPHRASE 1, PASSPHRASE 2, KEYS 2");
        }
        // within the passphrase series: a gap is a note, an older stick arriving late a replay
        Path p3 = dir.resolve("p3.gkp");
        Path p4 = dir.resolve("p4.gkp");
        for (Path p : java.util.List.of(p3, p4)) {
            assertThat(run("export", "--db", township.toString(), "--out", p.toString(), "--passphrase-env",
                    "PKG_PASS")).as(err.toString()).isZero();
        }
        assertThat(run("import", "--db", county.toString(), p4.toString(), "--passphrase-env", "PKG_PASS"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("was no. 2, this one is no. 4");
        assertThat(run("import", "--db", county.toString(), p3.toString(), "--passphrase-env", "PKG_PASS"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("older than one already imported");
    }

    @Test
    void aDeltaCarriesWhatChangedAfterThePackageTheCountyAcknowledged() throws Exception {
        Path countyPub = townshipAndCounty();
        Path townshipPub = dir.resolve("township.pub");
        assertThat(run("keys", "--export-public", townshipPub.toString(), "--db", township.toString()))
                .as(err.toString()).isZero();

        // a delta before anything was acknowledged: refused, nothing written, and the county not registered by it
        Path early = dir.resolve("early.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", early.toString(), "--delta", "--to",
                countyPub.toString(), "--accept-key", countyFingerprint)).isEqualTo(2);
        assertThat(err.toString()).contains("has not acknowledged any package");
        assertThat(Files.exists(early)).isFalse();
        assertThat(peers(township)).isZero();

        Path first = dir.resolve("t-1.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", first.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint)).as(err.toString()).isZero();
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

    @Test
    void aFirstExportToAKeyFileWaitsForItsFingerprintAndRegistersTheRecipientWithThePackage() throws Exception {
        Path countyPub = townshipAndCounty();
        Path pkg = dir.resolve("t-1.gkp");

        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(countyFingerprint)
                .contains("--accept-key \"" + countyFingerprint + "\"");
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString(),
                "--accept-key", "0000 1111 2222 3333 4444 5555 6666 7777 8888 9999")).isEqualTo(2);
        assertThat(err.toString()).contains(countyFingerprint);
        assertThat(Files.exists(pkg)).isFalse();
        assertThat(peers(township)).as("nothing registered before a package is made").isZero();

        // read over the phone: spaces and case do not matter
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", countyPub.toString(),
                "--accept-key", countyFingerprint.replace(" ", "").toLowerCase())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Recipient key fingerprint: " + countyFingerprint);
        assertThat(peers(township)).isEqualTo(1);

        // registered with the same keys now: nothing to confirm again
        Path second = dir.resolve("t-2.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", second.toString(), "--to",
                countyPub.toString())).as(err.toString()).isZero();
    }

    @Test
    void aKeyFileClaimingARegisteredLedgerWithOtherKeysIsRefused() throws Exception {
        Path countyPub = townshipAndCounty();
        assertThat(run("export", "--db", township.toString(), "--out", dir.resolve("t-1.gkp").toString(), "--to",
                countyPub.toString(), "--accept-key", countyFingerprint)).as(err.toString()).isZero();
        // other keys under the county's ledger id: a swapped file (its own fingerprint line agrees with its keys)
        Path otherKeys = dir.resolve("other-keys");
        assertThat(run("keys", "--new", "--dir", otherKeys.toString())).isZero();
        String otherFingerprint = fingerprintIn(out.toString());
        Path otherPub = dir.resolve("other.pub");
        assertThat(run("keys", "--export-public", otherPub.toString(), "--dir", otherKeys.toString())).isZero();
        String countyLedger = Files.readAllLines(countyPub).stream().filter(l -> l.startsWith("ledger "))
                .findFirst().orElseThrow();
        Path swapped = dir.resolve("swapped.pub");
        Files.write(swapped, Files.readAllLines(otherPub).stream()
                .map(l -> l.startsWith("ledger ") ? countyLedger : l).toList());

        Path pkg = dir.resolve("t-2.gkp");
        assertThat(run("export", "--db", township.toString(), "--out", pkg.toString(), "--to", swapped.toString(),
                "--accept-key", otherFingerprint)).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("other public keys are registered");
        assertThat(Files.exists(pkg)).isFalse();
        assertThat(peers(township)).isEqualTo(1);
    }

    @Test
    void thePackageCommandsKeepTheirFlags() {
        assertThat(run("export", "--help")).isZero();
        assertThat(help()).contains("--db=FILE", "--out=PACKAGE", "--delta", "(--to=PUBLIC_KEY | --passphrase-env=VAR)",
                "--accept-key=FINGERPRINT", "--key-dir=DIR", "--key-passphrase-env=VAR");
        assertThat(run("verify", "--help")).isZero();
        assertThat(help()).contains("PACKAGE", "(--key-dir=DIR | --passphrase-env=VAR)");
        assertThat(run("import", "--help")).isZero();
        assertThat(help()).contains("--db=FILE", "--dry-run", "[--key-dir=DIR | --passphrase-env=VAR]",
                "--accept-key=FINGERPRINT");
        // verify needs exactly one of the two
        assertThat(run("verify", dir.resolve("p.gkp").toString(), "--key-dir", "a", "--passphrase-env", "B"))
                .isEqualTo(2);
        assertThat(run("verify", dir.resolve("p.gkp").toString())).isEqualTo(2);
    }

    /** The usage as printed, its line breaks and indentation folded into single spaces. */
    private String help() {
        return out.toString().replaceAll("\\s+", " ");
    }

    private static long peers(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(db)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM exchange_peer")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
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
