package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.supply.StockLine;
import io.guankou.persistence.Database;
import io.guankou.persistence.supply.SupplyOverview;
import io.guankou.persistence.supply.SupplyRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppliesCommandTest {

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

    private SupplyOverview overview() {
        try (Database database = Database.openExisting(db)) {
            return new SupplyRepository(database, TestClocks.FIXED).overview(TestClocks.TODAY);
        }
    }

    @Test
    void jsonListsEveryLineAlertsFirstWithDaysOfSupplyAndTarget() throws Exception {
        SupplyOverview o = overview();
        assertThat(run("supplies", "--db", db.toString(), "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("date").asText()).isEqualTo("2026-11-20");
        assertThat(root.get("settings").get("alertDays").asInt()).isEqualTo(14);
        assertThat(root.get("settings").get("springFestival").asText()).isEqualTo("2026-12-30");
        assertThat(root.get("settings").get("festivalRaisedToday").asBoolean()).isFalse();
        JsonNode lines = root.get("lines");
        assertThat(lines.size()).isEqualTo(o.lines().size());
        JsonNode first = lines.get(0);
        StockLine l = o.lines().get(0);
        assertThat(first.get("status").asText()).isEqualTo("under_alert_days");
        assertThat(first.get("stock").asInt()).isEqualTo(l.stock());
        // days of supply = stock / daily use, to one place
        assertThat(first.get("daysOfSupply").asDouble()).isCloseTo(
                first.get("stock").asDouble() / first.get("dailyUse").asDouble(), org.assertj.core.data.Offset.offset(0.1));
        assertThat(first.get("daysOfSupply").asDouble()).isLessThan(14);
        int under = 0;
        for (JsonNode n : lines) {
            if (n.get("status").asText().equals("under_alert_days")) {
                under++;
            }
            if (!n.get("target").isNull()) {
                assertThat(n.get("shortfall").asInt()).isEqualTo(Math.max(0, n.get("target").asInt()
                        - n.get("stock").asInt()));
            }
        }
        assertThat(root.get("underAlertDays").asInt()).isEqualTo(under);
    }

    @Test
    void theTableIsInChineseWithAlertsFirst() {
        assertThat(run("--lang", "zh", "supplies", "--db", db.toString())).as(err.toString()).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).startsWith("平安镇(演示)（2026-11-20）：");
        assertThat(lines[1]).startsWith("春节 2026-12-30：自 2026-11-30 起储备目标上调 50%");
        assertThat(lines[2]).startsWith("状态").contains("可用天数");
        assertThat(lines[3]).startsWith("不足预警天数");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        assertThat(run("supplies", "--db", dir.resolve("none.db").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines().count()).isEqualTo(1);
    }
}
