package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.model.person.Person;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three-way merge at the township, against the county's package back: the township edits through its own
 * repositories after the exchange, the county edits the same rows; each field is merged on its own against the
 * change marks (ADR 0007).
 */
class ThreeWayMergeTest {

    static final String COUNTY_AT = "2026-11-22T09:00:00.000Z";

    @TempDir
    Path dir;
    TwoLedgers ledgers;
    long amy;
    String amyGid;

    @BeforeEach
    void exchanged() throws Exception {
        ledgers = new TwoLedgers(dir);
        amy = ledgers.person("冉桂英", 1);
        amyGid = ledgers.gid(ledgers.township, "person", amy);
        ledgers.toCounty(false);
    }

    @AfterEach
    void close() {
        ledgers.close();
    }

    void countyEditsAmy(String set) {
        ledgers.countyExecutes("UPDATE person SET " + set + ", revision = revision + 1, updated_at = '" + COUNTY_AT
                + "' WHERE global_id = '" + amyGid + "'");
    }

    void townshipEditsAmy(java.util.function.UnaryOperator<Person.Builder> edit) {
        Person p = ledgers.ledger.find(amy).orElseThrow();
        ledgers.ledger.save(edit.apply(p.toBuilder()).build(), "王医生");
    }

    String amy(String column) {
        return TestTownship.query(ledgers.township, "SELECT " + column + " FROM person WHERE id = " + amy);
    }

    @Test
    void anEditOfAnotherFieldOnEachSideKeepsBoth() throws Exception {
        countyEditsAmy("phone = '13900000001'");
        townshipEditsAmy(b -> b.address("龙洞村三组12号"));

        ImportOutcome outcome = ledgers.toTownship(false);

        assertThat(amy("phone")).isEqualTo("13900000001");
        assertThat(amy("address")).isEqualTo("龙洞村三组12号");
        assertThat(outcome.table("person")).isEqualTo(new TableCounts("person", 0, 1, 0, 0));
        assertThat(outcome.conflicts()).isZero();
        assertThat(new ConflictList(ledgers.township, TestTownship.CLOCK).open()).isEmpty();
        // the received phone is no change of the township's: its next package does not send it back as one
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM change_mark WHERE tbl = 'person'"
                + " AND row_id = " + amy + " AND field = 'phone'")).isEqualTo("0");
        assertThat(amy("revision")).isEqualTo("2");
    }

    @Test
    void anEditSeenByTheOtherSideIsOverwrittenByItsLaterEdit() throws Exception {
        // the township's own change went out with the first package; the county then changed the same field
        countyEditsAmy("address = '平安社区8栋'");

        ledgers.toTownship(false);

        assertThat(amy("address")).isEqualTo("平安社区8栋");
        assertThat(new ConflictList(ledgers.township, TestTownship.CLOCK).open()).isEmpty();
    }

    @Test
    void anEditOfTheSameFieldToAnotherValueOnEachSideIsAConflictWithBothValues() throws Exception {
        countyEditsAmy("phone = '13900000001'");
        townshipEditsAmy(b -> b.phone("13700000002"));

        ImportOutcome outcome = ledgers.toTownship(false);

        assertThat(amy("phone")).isEqualTo("13700000002");
        assertThat(outcome.table("person")).isEqualTo(new TableCounts("person", 0, 0, 0, 1));
        assertThat(outcome.conflicts()).isEqualTo(1);
        List<PackageConflict> open = new ConflictList(ledgers.township, TestTownship.CLOCK).open();
        assertThat(open).hasSize(1);
        PackageConflict c = open.get(0);
        assertThat(c.table()).isEqualTo("person");
        assertThat(c.rowGlobalId()).hasToString(amyGid);
        assertThat(c.field()).isEqualTo("phone");
        assertThat(c.kind()).isEqualTo(ConflictKind.FIELD);
        assertThat(c.localValue()).isEqualTo("13700000002");
        assertThat(c.incomingValue()).isEqualTo("13900000001");
        assertThat(c.localChangedBy()).contains("王医生");
        assertThat(c.localChangedAt()).isEqualTo(TestTownship.CLOCK.instant());
        assertThat(c.incomingChangedBy()).isEqualTo("500235");
        assertThat(c.incomingChangedAt()).isEqualTo(Instant.parse(COUNTY_AT));
        assertThat(c.detectedAt()).isEqualTo(TestTownship.CLOCK.instant());
        assertThat(c.isOpen()).isTrue();
    }

    @Test
    void theSameEditOnBothSidesIsNoConflict() throws Exception {
        countyEditsAmy("phone = '13900000001'");
        townshipEditsAmy(b -> b.phone("13900000001"));

        ImportOutcome outcome = ledgers.toTownship(false);

        assertThat(outcome.conflicts()).isZero();
        assertThat(outcome.table("person").unchanged()).isEqualTo(1);
    }

    @Test
    void aRemovalThereAgainstAnEditHereIsAConflictAndThePersonStays() throws Exception {
        countyEditsAmy("deleted = 1");
        townshipEditsAmy(b -> b.address("龙洞村三组12号"));

        ledgers.toTownship(false);

        assertThat(amy("deleted || ''")).isEqualTo("0");
        assertThat(new ConflictList(ledgers.township, TestTownship.CLOCK).open())
                .extracting(PackageConflict::field, PackageConflict::kind, PackageConflict::localValue,
                        PackageConflict::incomingValue)
                .containsExactly(org.assertj.core.api.Assertions.tuple("deleted", ConflictKind.REMOVED_THERE, "0",
                        "1"));
    }

    @Test
    void aRemovalThereOfARowNotEditedHereIsTaken() throws Exception {
        countyEditsAmy("deleted = 1");

        ledgers.toTownship(false);

        assertThat(amy("deleted || ''")).isEqualTo("1");
        assertThat(new ConflictList(ledgers.township, TestTownship.CLOCK).open()).isEmpty();
    }

    @Test
    void aRemovalHereAgainstAnEditThereIsAConflictAndTheRowStaysRemovedWithTheEdit() throws Exception {
        new PlaceEditor(ledgers.township, TestTownship.CLOCK).remove(PlaceKind.MEMBER, 2, "李主任");
        String member = ledgers.gid(ledgers.township, "team_member", 2);
        ledgers.countyExecutes("UPDATE team_member SET phone = '10000000009', revision = revision + 1"
                + " WHERE global_id = '" + member + "'");

        ledgers.toTownship(false);

        assertThat(TestTownship.query(ledgers.township, "SELECT deleted || ' ' || phone FROM team_member WHERE id = 2"))
                .isEqualTo("1 10000000009");
        List<PackageConflict> open = new ConflictList(ledgers.township, TestTownship.CLOCK).open();
        assertThat(open).extracting(PackageConflict::table, PackageConflict::field, PackageConflict::kind,
                        PackageConflict::localValue, PackageConflict::incomingValue)
                .containsExactly(org.assertj.core.api.Assertions.tuple("team_member", "deleted",
                        ConflictKind.REMOVED_HERE, "1", "0"));
        // who removed it, from the places' history
        assertThat(open.get(0).localChangedBy()).contains("李主任");
    }

    @Test
    void aReferenceChangedThereIsResolvedByGlobalIdAndConflictsNameItsGlobalIds() throws Exception {
        String village2 = ledgers.gid(ledgers.county, "village", 2);
        String grid2 = ledgers.gid(ledgers.county, "grid", 2);
        countyEditsAmy("village_id = (SELECT id FROM village WHERE global_id = '" + village2 + "'),"
                + " grid_id = (SELECT id FROM grid WHERE global_id = '" + grid2 + "')");
        townshipEditsAmy(b -> b.gridId(null));

        ledgers.toTownship(false);

        assertThat(amy("village_id")).isEqualTo(String.valueOf(TestTownship.VILLAGE_2));
        assertThat(new ConflictList(ledgers.township, TestTownship.CLOCK).open())
                .extracting(PackageConflict::field, PackageConflict::localValue, PackageConflict::incomingValue)
                .containsExactly(org.assertj.core.api.Assertions.tuple("grid_id", null, grid2));
    }

    @Test
    void aDeltaBackCarriesOnlyWhatChangedAndTheTownshipsChangeReachesTheCounty() throws Exception {
        countyEditsAmy("phone = '13900000001'");
        ledgers.toTownship(false);
        townshipEditsAmy(b -> b.address("龙洞村三组12号"));

        ImportOutcome delta = ledgers.toCounty(true);

        assertThat(delta.table("person")).isEqualTo(new TableCounts("person", 0, 1, 0, 0));
        assertThat(delta.table("village").rows()).isZero();
        assertThat(TestTownship.query(ledgers.county, "SELECT phone || ' ' || address FROM person WHERE global_id = '"
                + amyGid + "'")).isEqualTo("13900000001 龙洞村三组12号");
        assertThat(new ConflictList(ledgers.county, TestTownship.CLOCK).open()).isEmpty();
    }
}
