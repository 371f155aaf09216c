package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.person.Person;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The V6 triggers keep a mark per changed field for every writer: a new row is {@code *}, an edit marks the fields
 * whose values changed at the clock's current tick, a removal marks {@code deleted}; a package import's
 * {@code applying} flag writes no marks. Edits go through the real repositories.
 */
class ChangeMarksTest {

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("marks.db"));
        ledger = new LedgerRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** The marks of one row as {@code field@tick}, by field. */
    private List<String> marks(String table, long rowId) {
        return db.read(dsl -> dsl.fetch("SELECT field || '@' || tick FROM change_mark WHERE tbl = ? AND row_id = ?"
                + " ORDER BY field", table, rowId).getValues(0, String.class));
    }

    private void tick(long tick) {
        db.transaction(dsl -> dsl.execute("UPDATE exchange_clock SET tick = ?", tick));
    }

    private Person saved(String name, int order) {
        return ledger.save(TestTownship.person(name, order).build(), "录入员");
    }

    @Test
    void aNewRowIsMarkedWholeAtTheCurrentTick() {
        tick(3);
        Person p = saved("冉桂兰", 1);
        assertThat(marks("person", p.id())).containsExactly("*@3");
        // its comorbidity and its history row are rows of their own
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'comorbidity' AND field = '*'"
                + " AND tick = 3")).isEqualTo("1");
    }

    @Test
    void anEditMarksTheFieldsWhoseValuesChangedAndMovesTheirTickForward() {
        Person p = saved("冉桂兰", 1);
        tick(2);
        ledger.save(ledger.find(p.id()).orElseThrow().toBuilder().phone("13900000001").build(), "录入员");
        assertThat(marks("person", p.id())).containsExactly("*@1", "phone@2");

        tick(5);
        ledger.save(ledger.find(p.id()).orElseThrow().toBuilder().phone("13900000002")
                .villageId(TestTownship.VILLAGE_2).gridId(TestTownship.GRID_2)
                .responsibilityTeamId(TestTownship.TEAM_2).build(), "录入员");
        assertThat(marks("person", p.id())).containsExactly("*@1", "grid_id@5", "phone@5",
                        "responsibility_team_id@5", "village_id@5");
    }

    @Test
    void savingWithoutAChangeMarksNothing() {
        Person p = saved("冉桂兰", 1);
        tick(4);
        ledger.save(ledger.find(p.id()).orElseThrow(), "录入员");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tick = 4")).isEqualTo("0");
    }

    @Test
    void aRemovalMarksTheTombstone() {
        tick(2);
        new PlaceEditor(db, CLOCK).remove(PlaceKind.MEMBER, 2, "办公室小王");
        assertThat(marks("team_member", 2)).containsExactly("*@1", "deleted@2");
    }

    @Test
    void whileAPackageIsAppliedNothingIsMarked() {
        Person p = saved("冉桂兰", 1);
        tick(7);
        db.transaction(dsl -> {
            dsl.execute("UPDATE exchange_clock SET applying = 1");
            ledger.save(ledger.find(p.id()).orElseThrow().toBuilder().phone("13900000003").build(), "导入");
            ledger.save(TestTownship.person("谭德明", 2).build(), "导入");
            dsl.execute("UPDATE exchange_clock SET applying = 0");
            return null;
        });
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tick = 7")).isEqualTo("0");
        assertThat(TestTownship.query(db, "SELECT phone FROM person WHERE id = " + p.id())).isEqualTo("13900000003");

        ledger.save(ledger.find(p.id()).orElseThrow().toBuilder().phone("13900000004").build(), "录入员");
        assertThat(marks("person", p.id())).containsExactly("*@1", "phone@7");
    }
}
