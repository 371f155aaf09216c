package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {

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

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theOverdueCountIsTheOverdueListsForTheSameMoment() throws Exception {
        String today = TestClocks.TODAY.toString();
        String yesterday = TestClocks.TODAY.minusDays(1).toString();
        for (String day : new String[] {today, yesterday}) {
            int overdue = json("overdue", "--db", db.toString(), "--date", day, "--json").get("overdue").asInt();
            JsonNode s = json("snapshot", "--db", db.toString(), "--date", day, "--json");
            assertThat(s.get("asAt").asText()).isEqualTo(day + "T23:59");
            assertThat(s.get("overdue").asInt()).as(day).isEqualTo(overdue).isPositive();
        }
        // now (10:00 on the fixed clock): the same as overdue without --date
        int overdueNow = json("overdue", "--db", db.toString(), "--json").get("overdue").asInt();
        assertThat(json("snapshot", "--db", db.toString(), "--json").get("overdue").asInt()).isEqualTo(overdueNow);
    }

    @Test
    void tiersAreTheLedgersAndTheFiguresAddUp() throws Exception {
        JsonNode s = json("snapshot", "--db", db.toString(), "--json");
        try (Database database = Database.openExisting(db)) {
            var entries = new LedgerRepository(database, TestClocks.FIXED).loadEntries();
            for (Tier t : Tier.values()) {
                long expected = entries.stream().filter(e -> e.tier() == t).count();
                assertThat(s.get("tiers").get(t.name().toLowerCase()).asLong()).isEqualTo(expected);
            }
        }
        assertThat(s.get("contactsDone").asInt()).isLessThanOrEqualTo(s.get("contactsDue").asInt());
        assertThat(s.get("meetingTarget").asInt()).isLessThanOrEqualTo(s.get("withTarget").asInt());
        int villageTargets = 0;
        for (JsonNode v : s.get("villages")) {
            villageTargets += v.get("withTarget").asInt();
        }
        assertThat(villageTargets).isEqualTo(s.get("withTarget").asInt());
        // today only the demo's health centres have made their daily entry
        assertThat(s.get("staff").get("onDuty").asInt()).isLessThanOrEqualTo(s.get("staff").get("total").asInt());
        assertThat(s.get("staff").get("facilitiesReported").asInt()).isPositive();
    }

    @Test
    void todayIsStoredOnDemandAndAPastDayWithoutASnapshotIsClosedLate() throws Exception {
        JsonNode now = json("snapshot", "--db", db.toString(), "--json");
        assertThat(now.get("stored").asBoolean()).isTrue();
        assertThat(now.get("late").asBoolean()).isFalse();
        int stored;
        try (Database database = Database.openExisting(db)) {
            stored = database.<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("daily_snapshot")));
        }
        // the demo's history reaches two weeks back; a day before it has no snapshot and is closed late now
        JsonNode past = json("snapshot", "--db", db.toString(), "--date", TestClocks.TODAY.minusDays(20).toString(),
                "--json");
        assertThat(past.get("stored").asBoolean()).isTrue();
        assertThat(past.get("late").asBoolean()).isTrue();
        // a day of the demo's history: its closing snapshot as stored, on time
        JsonNode closed = json("snapshot", "--db", db.toString(), "--date", TestClocks.TODAY.minusDays(3).toString(),
                "--json");
        assertThat(closed.get("late").asBoolean()).isFalse();
        assertThat(closed.get("takenAt").asText()).isEqualTo(TestClocks.TODAY.minusDays(3) + "T23:59");
        try (Database database = Database.openExisting(db)) {
            assertThat(database.<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("daily_snapshot")))).isEqualTo(stored + 1);
        }
        assertThat(run("--lang", "en", "snapshot", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("Dispatch meeting figures: " + TestClocks.TODAY)
                .contains("Overdue").contains("Medical staff on duty").contains("target >= 80%")
                .contains("Stored as the day's snapshot");
    }

    @Test
    void aDayNotYetComeOrNotADateIsRefused() {
        assertThat(run("snapshot", "--db", db.toString(), "--date", TestClocks.TODAY.plusDays(1).toString())).isEqualTo(2);
        assertThat(err.toString()).contains(TestClocks.TODAY.plusDays(1).toString());
        assertThat(run("snapshot", "--db", db.toString(), "--date", "yesterday")).isEqualTo(2);
    }
}
