package io.guankou.persistence.healthpack;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.healthpack.HealthPackOrder;
import io.guankou.model.healthpack.PackCandidate;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthPackRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aPackFromTheQueueIsOneTransactionAndThePersonLeavesTheQueue() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(300, 42L, TODAY));
        try (Database db = Database.open(file)) {
            HealthPackRepository repo = new HealthPackRepository(db, CLOCK);
            List<PackCandidate> waiting = repo.waiting(TODAY, 14);
            int withoutPack = Integer.parseInt(TestTownship.query(db, "SELECT count(*) FROM person WHERE deleted = 0"
                    + " AND departure_reason IS NULL AND health_pack_issued IS NULL"));
            assertThat(waiting).hasSize(withoutPack).isNotEmpty();
            List<PackQueueLine> queue = HealthPackOrder.queue(waiting, false);
            assertThat(queue.get(0).person().rural()).isTrue();
            PackCandidate first = queue.get(0).person();

            repo.handOut(first.personId(), TODAY, "村医张三", "王主任", null);
            assertThat(repo.waiting(TODAY, 14)).hasSize(withoutPack - 1)
                    .noneMatch(c -> c.personId() == first.personId());
            assertThat(repo.handedOut()).isEqualTo(1);
            assertThat(TestTownship.query(db, "SELECT health_pack_issued FROM person WHERE id = " + first.personId()))
                    .isEqualTo(TODAY.toString());
            assertThat(TestTownship.query(db, "SELECT new_value FROM person_change WHERE field = 'healthPackIssued'"
                    + " AND person_id = " + first.personId())).isEqualTo(TODAY.toString());
            assertThat(TestTownship.query(db, "SELECT handed_by || '/' || recorded_by FROM health_pack"))
                    .isEqualTo("村医张三/王主任");
            assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'health_pack'"))
                    .isEqualTo("1");

            assertThatThrownBy(() -> repo.handOut(first.personId(), TODAY, "村医张三", "王主任", null))
                    .isInstanceOfSatisfying(HealthPackRefused.class,
                            r -> assertThat(r.reason()).isEqualTo(HealthPackRefused.Reason.ALREADY_HANDED));
            assertThatThrownBy(() -> repo.handOut(queue.get(1).person().personId(), TODAY.plusDays(1), "村医", "王主任",
                    null)).isInstanceOfSatisfying(HealthPackRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(HealthPackRefused.Reason.FUTURE_DAY));
            assertThat(repo.handedOut()).isEqualTo(1);

            repo.saveSettings(new HealthPackSettings(true, 7), "王主任");
            assertThat(repo.settings()).isEqualTo(new HealthPackSettings(true, 7));
        }
    }
}
