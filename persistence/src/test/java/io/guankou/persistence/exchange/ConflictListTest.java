package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.exchange.merge.ConflictChoice;
import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.placeedit.PlaceHistoryRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deciding the conflicts an import listed: the chosen value becomes a change of this ledger (it goes back to the
 * other side), the value not chosen stays in the history, the conflict stays listed as resolved.
 */
class ConflictListTest {

    static final Clock LATER = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    TwoLedgers ledgers;
    ConflictList list;
    long amy;
    String amyGid;

    @BeforeEach
    void exchanged() throws Exception {
        ledgers = new TwoLedgers(dir);
        amy = ledgers.person("冉桂英", 1);
        amyGid = ledgers.gid(ledgers.township, "person", amy);
        ledgers.toCounty(false);
        list = new ConflictList(ledgers.township, LATER);
    }

    @AfterEach
    void close() {
        ledgers.close();
    }

    void countyEditsAmy(String set) {
        ledgers.countyExecutes("UPDATE person SET " + set + ", revision = revision + 1 WHERE global_id = '" + amyGid
                + "'");
    }

    void townshipEditsAmy(java.util.function.UnaryOperator<Person.Builder> edit) {
        Person p = ledgers.ledger.find(amy).orElseThrow();
        ledgers.ledger.save(edit.apply(p.toBuilder()).build(), "王医生");
    }

    PackageConflict phoneConflict() throws Exception {
        countyEditsAmy("phone = '13900000001'");
        townshipEditsAmy(b -> b.phone("13700000002"));
        ledgers.toTownship(false);
        return list.open().get(0);
    }

    String amy(String column) {
        return TestTownship.query(ledgers.township, "SELECT " + column + " FROM person WHERE id = " + amy);
    }

    String tick() {
        return TestTownship.query(ledgers.township, "SELECT tick FROM exchange_clock");
    }

    @Test
    void keepingTheLocalValueSendsItBackAndKeepsTheIncomingOneInTheHistory() throws Exception {
        PackageConflict c = phoneConflict();
        String revision = amy("revision");

        list.resolve(c.id(), ConflictChoice.LOCAL, "张主任");

        assertThat(amy("phone")).isEqualTo("13700000002");
        assertThat(Long.parseLong(amy("revision"))).isEqualTo(Long.parseLong(revision) + 1);
        PersonChange last = ledgers.ledger.history(amy).get(0);
        assertThat(last).isEqualTo(new PersonChange(amy, "phone", "13900000001", "13700000002", "张主任",
                LATER.instant()));
        assertThat(TestTownship.query(ledgers.township, "SELECT tick FROM change_mark WHERE tbl = 'person' AND row_id = "
                + amy + " AND field = 'phone'")).isEqualTo(tick());
        assertThat(list.open()).isEmpty();
        assertThat(list.resolved()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(c.id());
            assertThat(r.resolution()).contains(new PackageConflict.Resolution(LATER.instant(), "张主任",
                    ConflictChoice.LOCAL));
        });
        // and it goes back: the county took the township's value with the next delta, without a conflict
        ledgers.toCounty(true);
        assertThat(TestTownship.query(ledgers.county, "SELECT phone FROM person WHERE global_id = '" + amyGid + "'"))
                .isEqualTo("13700000002");
        assertThat(new ConflictList(ledgers.county, LATER).open()).isEmpty();
    }

    @Test
    void takingTheIncomingValueWritesItAsALocalChangeAndKeepsTheLocalOneInTheHistory() throws Exception {
        PackageConflict c = phoneConflict();

        list.resolve(c.id(), ConflictChoice.INCOMING, "张主任");

        assertThat(amy("phone")).isEqualTo("13900000001");
        assertThat(ledgers.ledger.history(amy).get(0)).isEqualTo(new PersonChange(amy, "phone", "13700000002",
                "13900000001", "张主任", LATER.instant()));
        assertThat(TestTownship.query(ledgers.township, "SELECT tick FROM change_mark WHERE tbl = 'person' AND row_id = "
                + amy + " AND field = 'phone'")).isEqualTo(tick());
        assertThat(list.resolved()).extracting(r -> r.resolution().orElseThrow().choice())
                .containsExactly(ConflictChoice.INCOMING);
    }

    @Test
    void aRemovalThereCanBeTakenAfterAll() throws Exception {
        countyEditsAmy("deleted = 1");
        townshipEditsAmy(b -> b.address("龙洞村三组12号"));
        ledgers.toTownship(false);
        PackageConflict c = list.open().get(0);
        assertThat(c.kind()).isEqualTo(ConflictKind.REMOVED_THERE);

        list.resolve(c.id(), ConflictChoice.INCOMING, "张主任");

        assertThat(amy("deleted || ''")).isEqualTo("1");
        assertThat(ledgers.ledger.history(amy).get(0)).isEqualTo(new PersonChange(amy, "deleted", "false", "true",
                "张主任", LATER.instant()));
    }

    @Test
    void aPlaceRemovedHereStaysRemovedWhenChosenWithItsHistoryRow() throws Exception {
        new PlaceEditor(ledgers.township, TestTownship.CLOCK).remove(PlaceKind.MEMBER, 2, "李主任");
        String member = ledgers.gid(ledgers.township, "team_member", 2);
        ledgers.countyExecutes("UPDATE team_member SET phone = '10000000009', revision = revision + 1"
                + " WHERE global_id = '" + member + "'");
        ledgers.toTownship(false);
        PackageConflict c = list.open().get(0);

        list.resolve(c.id(), ConflictChoice.LOCAL, "张主任");

        assertThat(TestTownship.query(ledgers.township, "SELECT deleted || '' FROM team_member WHERE id = 2"))
                .isEqualTo("1");
        List<PlaceChange> history = new PlaceHistoryRepository(ledgers.township).history(PlaceKind.MEMBER, 2);
        assertThat(history.get(0)).isEqualTo(new PlaceChange(PlaceKind.MEMBER, 2, "deleted", "false", "true",
                "张主任", LATER.instant()));
        assertThat(TestTownship.query(ledgers.township, "SELECT tick FROM change_mark WHERE tbl = 'team_member'"
                + " AND row_id = 2 AND field = 'deleted'")).isEqualTo(tick());
    }

    @Test
    void aChoiceThatDoesNotFitOrComesTwiceIsRefused() throws Exception {
        PackageConflict c = phoneConflict();

        assertThatThrownBy(() -> list.resolve(c.id(), ConflictChoice.MERGE, "张主任"))
                .isInstanceOf(IllegalArgumentException.class);
        list.resolve(c.id(), ConflictChoice.LOCAL, "张主任");
        assertThatThrownBy(() -> list.resolve(c.id(), ConflictChoice.INCOMING, "张主任"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> list.resolve(999, ConflictChoice.LOCAL, "张主任"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(amy("phone")).isEqualTo("13700000002");
    }

    @Test
    void openConflictsComeNewestFirstAndAFieldSentAgainIsStillOneConflict() throws Exception {
        phoneConflict();
        countyEditsAmy("address = '甲'");
        townshipEditsAmy(b -> b.address("乙"));
        ledgers.clockForNextImport(LATER);
        ledgers.toTownship(false);

        // the county's second package still lists the phone (the township acknowledged nothing back yet)
        assertThat(ledgers.last.conflicts()).isEqualTo(2);
        assertThat(list.open()).extracting(PackageConflict::field, PackageConflict::detectedAt)
                .containsExactly(tuple("address", LATER.instant()), tuple("phone", LATER.instant()));
    }

    /** The same person entered at the county (the sheet again) while the township had entered her already. */
    String duplicateAtCounty() {
        String residentId = amy("resident_id");
        String dup = "01890000-0000-7000-8000-0000000000d1";
        ledgers.countyExecutes("INSERT INTO person (global_id, township_code, updated_at, revision, deleted, name,"
                + " resident_id, sex, birth_date, village_id, computed_tier) VALUES ('" + dup + "', '"
                + TestTownship.CODE + "', '2026-11-22T09:00:00.000Z', 1, 0, '冉桂英', '" + residentId + "', 'FEMALE',"
                + " '1948-03-14', (SELECT id FROM village WHERE code = '500235124001'), 'YELLOW')");
        long dupId = Long.parseLong(TestTownship.query(ledgers.county, "SELECT id FROM person WHERE global_id = '"
                + dup + "'"));
        Rows.contact(ledgers.county, dupId, LocalDateTime.of(2026, 11, 22, 10, 0), true, false);
        Rows.contact(ledgers.county, dupId, LocalDateTime.of(2026, 11, 21, 10, 0), true, false);
        Rows.episode(ledgers.county, dupId, "2026-11-21", true, null);
        ledgers.countyExecutes("INSERT INTO person_change (global_id, township_code, updated_at, revision, deleted,"
                + " person_id, field, old_value, new_value, changed_by, changed_at) VALUES"
                + " ('01890000-0000-7000-8000-0000000000e1', '" + TestTownship.CODE + "', '2026-11-22T09:00:00.000Z',"
                + " 1, 0, " + dupId + ", 'phone', NULL, '13900000009', '县疾控', '2026-11-22T09:00:00.000Z')");
        ledgers.countyExecutes("INSERT INTO comorbidity (global_id, township_code, updated_at, revision, deleted,"
                + " person_id, disease, control) VALUES ('01890000-0000-7000-8000-0000000000c1', '" + TestTownship.CODE
                + "', '2026-11-22T09:00:00.000Z', 1, 0, " + dupId + ", 'HYPERTENSION', 'UNSTABLE'), "
                + "('01890000-0000-7000-8000-0000000000c2', '" + TestTownship.CODE + "', '2026-11-22T09:00:00.000Z', 1,"
                + " 0, " + dupId + ", 'DIABETES', 'STABLE')");
        return dup;
    }

    @Test
    void theSamePersonEnteredOnBothSidesIsStoredAndOfferedAsAMerge() throws Exception {
        String dup = duplicateAtCounty();

        ImportOutcome outcome = ledgers.toTownship(false);

        assertThat(outcome.table("person")).isEqualTo(new TableCounts("person", 0, 0, 1, 1));
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM person WHERE deleted = 0"))
                .isEqualTo("2");
        assertThat(list.open()).extracting(PackageConflict::kind, PackageConflict::rowGlobalId,
                        c -> c.otherGlobalId().orElseThrow().toString(), PackageConflict::field)
                .containsExactly(tuple(ConflictKind.DUPLICATE_PERSON, java.util.UUID.fromString(dup), amyGid,
                        "resident_id"));
    }

    @Test
    void mergingADuplicateMovesEverythingOfTheIncomingPersonToTheLocalOne() throws Exception {
        String dup = duplicateAtCounty();
        ledgers.toTownship(false);
        long dupId = Long.parseLong(TestTownship.query(ledgers.township, "SELECT id FROM person WHERE global_id = '"
                + dup + "'"));
        PackageConflict c = list.open().get(0);

        list.resolve(c.id(), ConflictChoice.MERGE, "张主任");

        assertThat(TestTownship.query(ledgers.township, "SELECT deleted || '' FROM person WHERE id = " + dupId))
                .isEqualTo("1");
        assertThat(amy("deleted || '' || name")).isEqualTo("0冉桂英");
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM contact WHERE person_id = " + amy))
                .isEqualTo("2");
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM infection_episode WHERE person_id = "
                + amy)).isEqualTo("1");
        // amy had stable hypertension already: the incoming row moves as a removed one; diabetes is new to her
        assertThat(TestTownship.query(ledgers.township, "SELECT group_concat(disease || ':' || control || ':'"
                + " || deleted, ',') FROM (SELECT * FROM comorbidity WHERE person_id = " + amy + " ORDER BY id)"))
                .isEqualTo("HYPERTENSION:STABLE:0,HYPERTENSION:UNSTABLE:1,DIABETES:STABLE:0");
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM person_change WHERE person_id = "
                + dupId + " AND field <> 'mergedInto'")).isEqualTo("0");
        assertThat(ledgers.ledger.history(amy)).extracting(PersonChange::field, PersonChange::changedBy)
                .contains(tuple("phone", "县疾控"));
        assertThat(Rows.lastReached(ledgers.township, amy)).isEqualTo("2026-11-22T10:00:00");
        assertThat(Rows.lastReached(ledgers.township, dupId)).isEqualTo("null");
        assertThat(ledgers.ledger.history(amy).get(0)).isEqualTo(new PersonChange(amy, "mergedFrom", null, dup,
                "张主任", LATER.instant()));
        // the moves are the township's changes: they go to the county with the next package
        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM change_mark WHERE tbl = 'contact'"
                + " AND field = 'person_id'")).isEqualTo("2");
        ledgers.toCounty(true);
        assertThat(TestTownship.query(ledgers.county, "SELECT deleted || '' FROM person WHERE global_id = '" + dup + "'"))
                .isEqualTo("1");
        assertThat(TestTownship.query(ledgers.county, "SELECT count(*) FROM contact c JOIN person p ON p.id ="
                + " c.person_id WHERE p.global_id = '" + amyGid + "'")).isEqualTo("2");
    }

    @Test
    void keepingBothLeavesBothPersonsAndSettlesTheConflict() throws Exception {
        duplicateAtCounty();
        ledgers.toTownship(false);
        PackageConflict c = list.open().get(0);

        list.resolve(c.id(), ConflictChoice.KEEP_BOTH, "张主任");

        assertThat(TestTownship.query(ledgers.township, "SELECT count(*) FROM person WHERE deleted = 0"))
                .isEqualTo("2");
        assertThat(list.open()).isEmpty();
        assertThat(list.resolved()).extracting(r -> r.resolution().orElseThrow().choice())
                .containsExactly(ConflictChoice.KEEP_BOTH);
    }
}
