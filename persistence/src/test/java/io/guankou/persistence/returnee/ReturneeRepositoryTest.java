package io.guankou.persistence.returnee;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.Returnee;
import io.guankou.model.returnee.ReturneeEdit;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturneeRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aReturneeJoinsAHouseholdWithItsPersonsAndARedHouseholdIsListedFirst() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(300, 42L, TODAY));
        try (Database db = Database.open(file)) {
            ReturneeRepository repo = new ReturneeRepository(db, CLOCK);
            Map<Long, HouseholdRef> households = repo.households(TODAY);
            HouseholdRef red = households.values().stream().filter(HouseholdRef::hasRed).findFirst().orElseThrow();
            HouseholdRef other = households.values().stream().filter(h -> !h.hasRed() && !h.members().isEmpty())
                    .findFirst().orElseThrow();
            long first = repo.save(new ReturneeEdit(0, "张小军", "13800001111", other.villageId(), other.id(), null,
                    TODAY.minusDays(1).toString(), "广东东莞", true, true), "王主任", TODAY);
            long second = repo.save(new ReturneeEdit(0, "李小红", "", red.villageId(), red.id(), null,
                    TODAY.minusDays(3).toString(), "重庆主城", false, false), "王主任", TODAY);
            List<Returnee> all = repo.returnees().stream().filter(r -> r.id() == first || r.id() == second).toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(1).phone()).isNull();
            // the demo's own four: the first joins a household with a red person
            assertThat(repo.returnees()).hasSize(6);
            assertThat(ReturneeRules.list(repo.returnees(), households).get(0).redInHousehold()).isTrue();
            List<ReturneeRules.Line> lines = ReturneeRules.list(all, households);
            assertThat(lines).extracting(l -> l.returnee().id()).containsExactly(second, first);
            assertThat(lines.get(0).household().members()).isNotEmpty();
            assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'returnee' AND row_id IN ("
                    + first + ", " + second + ")")).isEqualTo("2");

            repo.save(new ReturneeEdit(second, "李小红", "", red.villageId(), red.id(), null,
                    TODAY.minusDays(3).toString(), "重庆主城", true, true), "村医", TODAY);
            assertThat(repo.returnees().stream().filter(r -> r.id() == second).findFirst().orElseThrow().adviceGiven())
                    .isTrue();
            assertThat(TestTownship.query(db, "SELECT revision || updated_by FROM returnee WHERE id = " + second))
                    .isEqualTo("2村医");
            assertThatThrownBy(() -> repo.save(new ReturneeEdit(0, "", "", red.villageId(), null, "", "x", "", false,
                    false), "王主任", TODAY)).isInstanceOfSatisfying(ReturneeRefused.class,
                    r -> assertThat(r.problems()).hasSize(4));
            assertThat(repo.returnees()).hasSize(6);
        }
    }
}
