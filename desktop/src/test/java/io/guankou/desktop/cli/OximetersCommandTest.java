package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.persistence.Database;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OximetersCommandTest {

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

    private OximeterOverview overview() {
        try (Database database = Database.openExisting(db)) {
            return new OximeterRepository(database, TestClocks.FIXED).overview(TestClocks.TODAY);
        }
    }

    @Test
    void jsonListsEveryHolderGapsFirstWithHeldMinimumAndShortfall() throws Exception {
        OximeterOverview o = overview();
        assertThat(run("oximeters", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("workingInStock").asInt()).isEqualTo(30);
        assertThat(root.get("devices").asInt()).isEqualTo(o.devices().size());
        assertThat(root.get("overdueReturns").asInt()).isEqualTo(o.overdue().size());
        JsonNode holders = root.get("holders");
        assertThat(holders.size()).isEqualTo(o.holders().size());
        int previous = Integer.MAX_VALUE;
        int total = 0;
        for (JsonNode h : holders) {
            int shortfall = h.get("shortfall").asInt();
            assertThat(shortfall).isLessThanOrEqualTo(previous)
                    .isEqualTo(Math.max(0, h.get("minimum").asInt() - h.get("held").asInt()));
            previous = shortfall;
            total += shortfall;
        }
        assertThat(total).isEqualTo(o.holders().stream().mapToInt(HolderStock::shortfall).sum());
        JsonNode centre = null;
        for (JsonNode h : holders) {
            if (h.get("name").asText().equals("平安镇中心卫生院")) {
                centre = h;
            }
        }
        assertThat(centre).isNotNull();
        assertThat(centre.get("type").asText()).isEqualTo("health_centre");
        assertThat(centre.get("kind").asText()).isEqualTo("facility");
        assertThat(centre.get("held").asInt()).isEqualTo(12);
        assertThat(centre.get("minimum").asInt()).isEqualTo(20);
        int villageTotal = 0;
        for (JsonNode v : root.get("villages")) {
            villageTotal += v.get("shortfall").asInt();
        }
        assertThat(villageTotal).isEqualTo(total);
    }

    @Test
    void textNamesTheHoldersAndTheVillagesInChinese() {
        assertThat(run("--lang", "zh", "oximeters", "--db", db.toString())).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("库存可用 30 台").contains("缺口").contains("按村/社区：").contains("卫生院/中心");
        // the township health centre: 12 working of 20, 8 short
        assertThat(text.lines().filter(l -> l.contains("平安镇中心卫生院")).findFirst().orElseThrow())
                .matches(".*\\s12\\s+20\\s+8\\s*$");
    }

    @Test
    void aMissingFileIsAOneLineError() {
        assertThat(run("oximeters", "--db", dir.resolve("none.db").toString())).isEqualTo(2);
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }
}
