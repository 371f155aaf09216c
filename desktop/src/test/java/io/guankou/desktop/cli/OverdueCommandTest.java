package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.OverdueReason;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverdueCommandTest {

    /** A group heading of the English text output: "Name (12)"; person lines are indented. */
    private static final Pattern HEADING = Pattern.compile("^(\\S.*) \\((\\d+)\\)$");

    @TempDir
    Path dir;
    Path db;
    String today = TestClocks.TODAY.toString();
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

    /** What the follow-up index itself says, loaded independently of the command. */
    private int indexOverdueCount(LocalDateTime now) {
        try (Database database = Database.openExisting(db)) {
            ContactTargets targets = new FollowUpSettingsRepository(database, TestClocks.FIXED).loadTargets();
            return new FollowUpRepository(database).loadIndex(targets, now).overdue(now).size();
        }
    }

    @Test
    void textGroupsAddUpToTheIndexOverdueCountForEveryGrouping() {
        int expected = indexOverdueCount(TestClocks.TODAY.atTime(23, 59));
        assertThat(expected).as("the demo has teams that fall behind").isPositive();

        for (String group : List.of("village", "grid", "team")) {
            assertThat(run("--lang", "en", "overdue", "--db", db.toString(), "--date", today, "--group", group))
                    .as(err.toString()).isZero();
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.get(0)).startsWith("Overdue contacts as of " + today + " 23:59: " + expected + " persons");
            int sum = 0;
            int rows = 0;
            int headed = -1;
            List<Integer> counts = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                Matcher m = HEADING.matcher(line);
                if (m.matches()) {
                    if (headed >= 0) {
                        assertThat(rows).as("rows under the previous heading").isEqualTo(headed);
                    }
                    headed = Integer.parseInt(m.group(2));
                    counts.add(headed);
                    sum += headed;
                    rows = 0;
                } else if (line.startsWith("  ")) {
                    rows++;
                    assertThat(line).contains("last reached", "overdue", "7 days");
                    assertThat(line).containsPattern("\\d{6}\\*{8}\\w{4}"); // resident IDs masked
                }
            }
            assertThat(rows).isEqualTo(headed);
            assertThat(sum).as(group).isEqualTo(expected);
            assertThat(counts).allSatisfy(c -> assertThat(c).isPositive());
        }
    }

    @Test
    void jsonIsMachineReadableWithMaskedIds() throws Exception {
        int expected = indexOverdueCount(TestClocks.TODAY.atTime(23, 59));

        assertThat(run("overdue", "--db", db.toString(), "--date", today, "--json", "--group", "GRID"))
                .as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("asOf").asText()).isEqualTo(today + "T23:59:00");
        assertThat(json.get("grouping").asText()).isEqualTo("GRID");
        assertThat(json.get("overdue").asInt()).isEqualTo(expected);
        int sum = 0;
        for (JsonNode g : json.get("groups")) {
            assertThat(g.has("id")).isTrue();
            assertThat(g.get("parentName").asText()).isNotBlank(); // grids name their village
            assertThat(g.get("persons")).hasSize(g.get("count").asInt());
            sum += g.get("count").asInt();
            for (JsonNode p : g.get("persons")) {
                assertThat(p.get("personId").asLong()).isPositive();
                assertThat(p.get("name").asText()).isNotBlank();
                assertThat(p.get("residentId").asText()).hasSize(18).contains("********");
                assertThat(Tier.valueOf(p.get("tier").asText())).isNotNull();
                OverdueReason reason = OverdueReason.valueOf(p.get("reason").asText());
                assertThat(p.get("reachedLast7Days").isInt()).isTrue();
                assertThat(p.get("weeklyTarget").isInt()).isTrue();
                assertThat(p.get("infectedAtHome").isBoolean()).isTrue();
                if (reason == OverdueReason.NEVER_CONTACTED) {
                    assertThat(p.get("daysOverdue").isNull()).isTrue();
                } else {
                    assertThat(p.get("daysOverdue").asInt()).isNotNegative();
                    assertThat(LocalDateTime.parse(p.get("nextDue").asText())).isBefore(TestClocks.TODAY.atTime(23, 59).plusMinutes(1));
                }
                if (!p.get("lastReached").isNull()) {
                    assertThat(LocalDateTime.parse(p.get("lastReached").asText())).isBefore(TestClocks.TODAY.plusDays(1).atStartOfDay());
                }
            }
        }
        assertThat(sum).isEqualTo(expected);
    }

    @Test
    void withoutDateTheListIsForNowAndChineseWithLangZh() {
        assertThat(run("--lang", "zh", "overdue", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("逾期联系（截至 " + today + " 10:00").contains("按村（社区）", "最近联系", "7天内");
    }

    @Test
    void aBadDateIsOneLocalizedLineAndExitCode2() {
        assertThat(run("--lang", "en", "overdue", "--db", db.toString(), "--date", "2026-13-45")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("guankou:").contains("2026-13-45").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();

        assertThat(run("--lang", "zh", "overdue", "--db", db.toString(), "--date", "yesterday")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("不是日期").doesNotContain("\n");
    }

    @Test
    void aBadGroupingOrMissingFileIsOneLineAndExitCode2() {
        assertThat(run("--lang", "en", "overdue", "--db", db.toString(), "--group", "county")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("county").doesNotContain("\n");

        assertThat(run("--lang", "en", "overdue", "--db", dir.resolve("nope.db").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("guankou:").contains("nope.db").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }
}
