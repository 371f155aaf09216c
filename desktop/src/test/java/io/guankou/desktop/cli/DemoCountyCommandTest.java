package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.IdentityStore;
import io.guankou.persistence.exchange.PeerRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guankou demo-county --dir DIR [--townships N] [--seed S]} (issue 16): N township ledgers with distinct codes,
 * their packages, an empty county database whose keys are in DIR/county-keys; the packages import into it with
 * {@code --key-dir} alone, and the merged totals are the sum of the townships' own {@code stats}.
 */
class DemoCountyCommandTest {

    @TempDir
    Path dir;
    DataPaths paths;
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
        Map<String, String> env = new HashMap<>();
        return GuankouCommand.execute(all, paths, o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new CliSecrets(env::get, q -> null),
                new PrintWriter(out, true), new PrintWriter(err, true)).exitCode();
    }

    private JsonNode stats(Path db) throws Exception {
        assertThat(run("stats", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void threeTownshipsMergeIntoTheCountyAsTheSumOfTheirOwnStats() throws Exception {
        Path county = dir.resolve("demo");
        assertThat(run("demo-county", "--dir", county.toString(), "--townships", "3", "--persons", "150",
                "--seed", "11")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("guankou import --db");

        List<Path> townships;
        try (Stream<Path> s = Files.list(county.resolve("townships"))) {
            townships = s.filter(p -> p.toString().endsWith(".db")).sorted().toList();
        }
        assertThat(townships).hasSize(3);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        int persons = 0;
        Map<String, Integer> effective = new HashMap<>();
        Set<String> villages = new HashSet<>();
        for (Path t : townships) {
            JsonNode s = stats(t);
            String code = s.get("townshipCode").asText();
            assertThat(code).startsWith("500235").hasSize(9);
            assertThat(t.getFileName().toString()).isEqualTo(code + ".db");
            assertThat(county.resolve("packages").resolve(code + ".pkg")).isRegularFile();
            codes.add(code);
            names.add(s.get("townshipName").asText());
            persons += s.get("persons").asInt();
            s.get("effective").fields().forEachRemaining(e -> effective.merge(e.getKey(), e.getValue().asInt(),
                    Integer::sum));
            s.get("villages").forEach(v -> villages.add(v.get("code").asText()));
        }
        assertThat(codes).hasSize(3);
        assertThat(names).hasSize(3);
        assertThat(persons).as("a demo township of 150 keeps most of them in its ledger").isGreaterThan(400);

        // the county database: the county's identity, keys in DIR/county-keys, the townships' keys registered
        Path countyDb = county.resolve("county.db");
        try (Database db = Database.openExisting(countyDb)) {
            var identity = new IdentityStore(db, TestClocks.FIXED).find().orElseThrow();
            assertThat(identity.role().name()).isEqualTo("COUNTY");
            assertThat(identity.code()).isEqualTo("500235");
            assertThat(new PeerRegistry(db).list()).extracting(p -> p.code())
                    .containsExactlyInAnyOrderElementsOf(codes);
        }
        Path keyDir = county.resolve("county-keys");
        assertThat(keyDir).isDirectory();

        // each package imports with --key-dir alone: the sender's key is registered, nothing to confirm
        for (String code : codes.stream().sorted().toList()) {
            assertThat(run("import", "--db", countyDb.toString(), county.resolve("packages").resolve(code + ".pkg")
                    .toString(), "--key-dir", keyDir.toString())).as(err.toString()).isZero();
        }
        JsonNode merged = stats(countyDb);
        assertThat(merged.get("persons").asInt()).isEqualTo(persons);
        Map<String, Integer> mergedEffective = new HashMap<>();
        merged.get("effective").fields().forEachRemaining(e -> mergedEffective.put(e.getKey(), e.getValue().asInt()));
        assertThat(mergedEffective).isEqualTo(effective);
        Set<String> mergedVillages = new HashSet<>();
        merged.get("villages").forEach(v -> mergedVillages.add(v.get("code").asText()));
        assertThat(mergedVillages).isEqualTo(villages);
        assertThat(villages.stream().map(v -> v.substring(0, 9)).collect(Collectors.toSet())).isEqualTo(codes);
    }

    @Test
    void aFolderHoldingACountyIsNotWrittenOver() throws Exception {
        Path county = dir.resolve("demo");
        assertThat(run("demo-county", "--dir", county.toString(), "--townships", "1", "--persons", "20"))
                .as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(county.resolve("county.db"));
        assertThat(run("demo-county", "--dir", county.toString(), "--townships", "1", "--persons", "20"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("already holds a county.db");
        assertThat(Files.readAllBytes(county.resolve("county.db"))).isEqualTo(before);
        assertThat(run("demo-county", "--dir", dir.resolve("x").toString(), "--townships", "43")).isEqualTo(2);
        assertThat(err.toString()).contains("between 1 and 42");
    }
}
