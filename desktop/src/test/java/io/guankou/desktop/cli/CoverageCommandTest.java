package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {

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

    @Test
    void jsonListsEveryCentreGapsFirstWithItsVillages() throws Exception {
        assertThat(run("coverage", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("townshipCode").asText()).isEqualTo("500235124");
        assertThat(root.get("settings").get("detourFactor").asDouble()).isEqualTo(1.3);
        assertThat(root.get("settings").get("ruralTargetMinutes").asInt()).isEqualTo(30);
        JsonNode centres = root.get("centres");
        assertThat(centres).hasSize(2);
        List<String> rules = new ArrayList<>();
        int villages = 0;
        int notCovered = 0;
        for (JsonNode c : centres) {
            rules.add(c.get("type").asText() + ":" + c.get("rule").asText());
            villages += c.get("villages").size();
            notCovered += c.get("villagesNotCovered").asInt();
            boolean seenCovered = false;
            for (JsonNode v : c.get("villages")) {
                if (v.get("covered").asBoolean()) {
                    seenCovered = true;
                } else {
                    assertThat(seenCovered).as("villages not covered come first").isFalse();
                    assertThat(v.get("gap").asText()).isEqualTo("BEYOND_TARGET");
                    assertThat(v.get("source").asText()).isEqualTo("MEASURED");
                    assertThat(v.get("minutes").asDouble()).isGreaterThan(v.get("targetMinutes").asDouble());
                }
            }
        }
        assertThat(rules).containsExactlyInAnyOrder("TOWNSHIP_HEALTH_CENTRE:MET", "COMMUNITY_HEALTH_CENTRE:NOT_MET");
        assertThat(villages).as("every village under one centre").isEqualTo(14);
        assertThat(notCovered).isEqualTo(3).isEqualTo(root.get("villagesNotCovered").asInt());
        assertThat(root.get("centresNotMeetingRule").asInt()).isEqualTo(1);
    }

    @Test
    void theTableNamesTheRuleAndEachVillageNotCovered() {
        assertThat(run("--lang", "en", "coverage", "--db", db.toString())).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Ambulance coverage: ");
        assertThat(text).contains("Not met !", "not covered: 大坪村", "min (measured), target 30 min: beyond the target time",
                "Total: 1 centres without a networked 120 ambulance; 3 villages not covered");
        assertThat(run("coverage", "--db", dir.resolve("missing.db").toString())).isEqualTo(2);
    }
}
