package io.guankou.persistence.excel;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportLogRepositoryTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("log.db"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void everyExportLeavesARowWithTheExchangeColumnsNewestFirst() {
        ExportLogRepository log = new ExportLogRepository(db, CLOCK);
        ExportLogEntry first = log.record(ExportKind.LEDGER, 120, false, "/home/u/台账-2026-11-23.xlsx", "谭文华");
        ExportLogEntry second = new ExportLogRepository(db, Clock.offset(CLOCK, Duration.ofMinutes(5)))
                .record(ExportKind.REFERRALS, 3, true, "/home/u/转诊.xlsx", "李书记");

        assertThat(first.id()).isPositive();
        assertThat(first.exportedAt()).isEqualTo(CLOCK.instant());
        assertThat(log.list()).containsExactly(second, first);
        assertThat(second.fullIds()).isTrue();
        assertThat(second.what()).isEqualTo(ExportKind.REFERRALS);
        assertThat(TestTownship.query(db, "SELECT what || '|' || rows || '|' || full_ids || '|' || exported_by"
                + " || '|' || township_code || '|' || revision || '|' || deleted FROM export_log WHERE id = "
                + second.id())).isEqualTo("REFERRALS|3|1|李书记|" + TestTownship.CODE + "|1|0");
        assertThat(TestTownship.query(db, "SELECT exported_at FROM export_log WHERE id = " + first.id()))
                .isEqualTo("2026-11-23T02:00:00.000Z");
    }

    @Test
    void aRowNeedsTheUser() {
        ExportLogRepository log = new ExportLogRepository(db, CLOCK);
        assertThatThrownBy(() -> log.record(ExportKind.OVERDUE, 1, true, "a.xlsx", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.list()).isEmpty();
    }
}
