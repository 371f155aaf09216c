package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundariesCommandTest {

    @TempDir
    Path dir;
    Path db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        db = TestTownship.copyInto(dir);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return GuankouCommand.execute(args, new DataPaths(dir.resolve("data")), o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    private Path file(String name) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/boundaries/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }

    private String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void importReplacesTheMatchedVillagesShapesAndPrintsTheReport() throws Exception {
        String before = query("SELECT geometry FROM village_boundary WHERE village_id ="
                + " (SELECT id FROM village WHERE code = '500235124001')");

        assertThat(run("--lang", "en", "boundaries", "--db", db.toString(), file("valid.geojson").toString(),
                "--user", "王主任")).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("Boundaries imported from valid.geojson: 3 features, 2 villages and"
                + " 1 grids matched, 0 of them repaired");
        assertThat(out.toString()).contains("Every village has a boundary.");
        String after = query("SELECT geometry FROM village_boundary WHERE village_id ="
                + " (SELECT id FROM village WHERE code = '500235124001')");
        assertThat(after).isNotEqualTo(before).isEqualTo("POLYGON ((108.7 30.9, 108.73 30.9, 108.73 30.925,"
                + " 108.7 30.925, 108.7 30.9))");
        assertThat(query("SELECT count(*) FROM place_change WHERE field = 'SHAPE_REPLACED'"
                + " AND new_value = 'valid.geojson' AND changed_by = '王主任'")).isEqualTo("3");
        assertThat(query("SELECT count(*) FROM grid_boundary")).isEqualTo("1");
    }

    @Test
    void dryRunJsonReportsUnmatchedFeaturesAndPlacesMatchedTwiceAndWritesNothing() throws Exception {
        String before = query("SELECT group_concat(geometry) FROM village_boundary");

        assertThat(run("boundaries", "--db", db.toString(), file("partly.geojson").toString(), "--dry-run", "--json"))
                .as(err.toString()).isZero();

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("dryRun").asBoolean()).isTrue();
        assertThat(root.get("features").asInt()).isEqualTo(7);
        assertThat(root.get("villagesMatched").asInt()).isEqualTo(1);
        assertThat(root.get("matched").get(0).get("village").asText()).isEqualTo("平安社区");
        assertThat(root.get("matched").get(0).get("by").asText()).isEqualTo("name");
        assertThat(root.get("unmatched")).extracting(n -> n.get("number").asInt() + ":" + n.get("problem").asText())
                .containsExactly("2:NO_SUCH_VILLAGE", "5:NOT_POLYGON", "6:NO_CODE_OR_NAME", "7:NO_SUCH_GRID");
        assertThat(root.get("matchedTwice").get(0).get("place").asText()).isEqualTo("龙洞村");
        assertThat(root.get("shapeless")).as("the demo's villages all have shapes").isEmpty();
        assertThat(query("SELECT group_concat(geometry) FROM village_boundary")).isEqualTo(before);
        assertThat(query("SELECT count(*) FROM place_change WHERE field = 'SHAPE_REPLACED'")).isEqualTo("0");
    }

    @Test
    void aSwappedFileIsRefusedInOneLineWithExitTwoAndNothingChanges() throws Exception {
        String before = query("SELECT group_concat(geometry) FROM village_boundary");

        assertThat(run("--lang", "en", "boundaries", "--db", db.toString(), file("swapped.geojson").toString()))
                .isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo("guankou: swapped.geojson not imported: feature 1 (平安社区):"
                + " latitude and longitude are swapped (coordinate 30.9, 108.7: latitude first)");
        assertThat(out.toString()).isEmpty();
        assertThat(query("SELECT group_concat(geometry) FROM village_boundary")).isEqualTo(before);
    }

    @Test
    void aBowTieIsRefusedNamingTheFeatureInChinese() throws Exception {
        assertThat(run("--lang", "zh", "boundaries", "--db", db.toString(), file("bowtie.geojson").toString())).isEqualTo(2);

        assertThat(err.toString().strip()).startsWith("guankou：bowtie.geojson 未导入：第 2 个要素（龙洞村）：多边形无效且无法修复：");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }
}
