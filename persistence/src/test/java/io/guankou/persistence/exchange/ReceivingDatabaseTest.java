package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.stats.StatsRepository;
import io.guankou.persistence.stats.TownshipStats;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo township's package imported into a file that did not exist: the county holds the same township. */
class ReceivingDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theStatisticsOfTheTownshipAreTheSameInBothFiles() throws Exception {
        Path townshipFile = dir.resolve("demo.db");
        DemoTownshipWriter.write(townshipFile, new DemoOptions(300, 7L, LocalDate.of(2023, 1, 5)));
        try (Database township = Database.openExisting(townshipFile)) {
            UUID county = GlobalIds.standard().next(TestExporter.CREATED);
            MemoryPackage p = new MemoryPackage();
            PackageHeader h = TestExporter.export(township, county, TestExporter.township(township), false, p);
            Path countyFile = dir.resolve("county.db");
            ImportOutcome outcome;
            try (Database receiving = Database.open(countyFile)) {
                ReceivingDatabase.prepare(receiving, h, county);
                outcome = Exchanges.apply(receiving, h, p, true);
            }

            assertThat(outcome.table("person").added()).isEqualTo(300);
            assertThat(outcome.table("contact").added()).isEqualTo(p.rows("contact")).isPositive();
            assertThat(outcome.added()).isEqualTo(outcome.rows());
            try (Database receiving = Database.openExisting(countyFile)) {
                TownshipStats there = new StatsRepository(township).stats();
                TownshipStats here = new StatsRepository(receiving).stats();
                assertThat(here.persons()).isEqualTo(there.persons()).isPositive();
                assertThat(here.townshipCode()).isEqualTo(there.townshipCode());
                assertThat(here.townshipName()).isEqualTo(there.townshipName());
                assertThat(villages(here)).isEqualTo(villages(there));
                assertThat(here.computedTotals()).isEqualTo(there.computedTotals());
                assertThat(here.effectiveTotals()).isEqualTo(there.effectiveTotals());
                assertThat(here.overriddenTotal()).isEqualTo(there.overriddenTotal());
                assertThat(lastContacts(receiving)).isEqualTo(lastContacts(township)).isNotEmpty();
                assertThat(Exchanges.query(receiving, "SELECT role || ' ' || code FROM exchange_identity"))
                        .isEqualTo("COUNTY " + there.townshipCode().substring(0, 6));
            }
        }
    }

    private static List<String> villages(TownshipStats s) {
        return s.villages().stream().map(v -> v.villageCode() + " " + v.villageName() + " " + v.computed() + " "
                + v.effective() + " " + v.overridden()).toList();
    }

    private static List<String> lastContacts(Database db) {
        return db.read(dsl -> dsl.fetch("SELECT p.global_id || ' ' || l.last_reached_at FROM person_last_contact l"
                + " JOIN person p ON p.id = l.person_id ORDER BY 1").getValues(0, String.class));
    }
}
