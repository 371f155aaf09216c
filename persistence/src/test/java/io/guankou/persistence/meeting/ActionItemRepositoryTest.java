package io.guankou.persistence.meeting;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionProblem;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Person;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action lists on a real ledger file: the tiny township (平安社区, 龙洞村, 平安镇中心卫生院) plus one person. */
class ActionItemRepositoryTest {

    static final String USER = "王主任";

    @TempDir
    Path dir;
    Database db;
    ActionItemRepository repo;
    Person person;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        repo = new ActionItemRepository(db, CLOCK);
        person = new LedgerRepository(db, CLOCK).save(TestTownship.person("冉桂兰", 1).build(), "录入员");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static ActionEdit edit(long id, ActionKind kind, String text, String owner, int dueInDays, ActionLink link) {
        return new ActionEdit(id, kind, text, owner, TODAY.plusDays(dueInDays), link);
    }

    ActionItem only(long id) {
        return repo.list(TODAY, 30).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anAddedItemIsListedOpenWithTheNameOfWhatItIsAbout() {
        long village = repo.add(edit(0, ActionKind.TASK, " 龙洞村补齐血氧仪 ", " 谭院长 ", 2,
                ActionLink.to(ActionLink.Kind.VILLAGE, TestTownship.VILLAGE_2)), USER, TODAY);
        long facility = repo.add(edit(0, ActionKind.PROBLEM, "发热门诊缺抗原", "卫生院", 1,
                ActionLink.to(ActionLink.Kind.FACILITY, 1)), USER, TODAY);
        long someone = repo.add(edit(0, ActionKind.RESPONSIBILITY, "每日电话随访", "王医生", 0,
                ActionLink.to(ActionLink.Kind.PERSON, person.id())), USER, TODAY);
        long none = repo.add(edit(0, ActionKind.TASK, "调度会纪要报县", "办公室", 0, null), USER, TODAY);

        List<ActionItem> items = repo.list(TODAY, 0);
        // none overdue: by due day (today: task 'none', responsibility 'someone'; tomorrow; the day after)
        assertThat(items).extracting(ActionItem::id).containsExactly(none, someone, facility, village);
        ActionItem v = only(village);
        assertThat(v.text()).isEqualTo("龙洞村补齐血氧仪");
        assertThat(v.owner()).isEqualTo("谭院长");
        assertThat(v.due()).isEqualTo(TODAY.plusDays(2));
        assertThat(v.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(v.outcome()).isNull();
        assertThat(v.createdOn()).isEqualTo(TODAY);
        assertThat(v.createdBy()).isEqualTo(USER);
        assertThat(v.closedOn()).isNull();
        assertThat(v.link()).isEqualTo(new ActionLink(ActionLink.Kind.VILLAGE, 2, "龙洞村"));
        assertThat(only(facility).link()).isEqualTo(new ActionLink(ActionLink.Kind.FACILITY, 1, "平安镇中心卫生院"));
        assertThat(only(someone).link()).isEqualTo(new ActionLink(ActionLink.Kind.PERSON, person.id(), "冉桂兰"));
        assertThat(only(none).link()).isNull();
        // exchanged like every ledger row: a global id, the township, a change mark each
        assertThat(TestTownship.query(db, "SELECT township_code || ' ' || revision || ' ' || updated_by"
                + " FROM action_item WHERE id = " + village)).isEqualTo(TestTownship.CODE + " 1 " + USER);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'action_item'"))
                .isEqualTo("4");
    }

    @Test
    void anEditChangesTheItemAndItsLinkAndKeepsTheDayItWasEntered() {
        long id = repo.add(edit(0, ActionKind.TASK, "送药", "村医", 3,
                ActionLink.to(ActionLink.Kind.VILLAGE, TestTownship.VILLAGE_1)), USER, TODAY);
        repo.edit(edit(id, ActionKind.PROBLEM, "送药到户", "李书记", 5,
                ActionLink.to(ActionLink.Kind.PERSON, person.id())), "李书记");
        ActionItem i = only(id);
        assertThat(i.kind()).isEqualTo(ActionKind.PROBLEM);
        assertThat(i.text()).isEqualTo("送药到户");
        assertThat(i.owner()).isEqualTo("李书记");
        assertThat(i.due()).isEqualTo(TODAY.plusDays(5));
        assertThat(i.link()).isEqualTo(new ActionLink(ActionLink.Kind.PERSON, person.id(), "冉桂兰"));
        assertThat(i.createdBy()).isEqualTo(USER);
        assertThat(TestTownship.query(db, "SELECT coalesce(village_id, 'none') || ' ' || revision || ' '"
                + " || updated_by FROM action_item WHERE id = " + id)).isEqualTo("none 2 李书记");
        // the same values again write nothing
        repo.edit(edit(id, ActionKind.PROBLEM, "送药到户", "李书记", 5,
                ActionLink.to(ActionLink.Kind.PERSON, person.id())), USER);
        assertThat(TestTownship.query(db, "SELECT revision FROM action_item WHERE id = " + id)).isEqualTo("2");
        // a due day before the day it was entered is refused, even on a later day
        assertThatThrownBy(() -> repo.edit(edit(id, ActionKind.PROBLEM, "送药到户", "李书记", -1, null), USER))
                .isInstanceOfSatisfying(ActionRefused.class, r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.DUE, ActionProblem.Kind.BEFORE_CREATED, TODAY)));
    }

    @Test
    void closingNeedsAnOutcomeAndRecordsWhoAndWhenReopeningClearsIt() {
        long id = repo.add(edit(0, ActionKind.TASK, "核实龙洞村红色人员名单", "村支书", 0, null), USER, TODAY);
        assertThatThrownBy(() -> repo.close(id, "  ", USER, TODAY)).isInstanceOfSatisfying(ActionRefused.class,
                r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.REQUIRED)));
        assertThat(only(id).status()).isEqualTo(ActionStatus.OPEN);

        repo.close(id, " 已核实12人，2人外出 ", "李书记", TODAY.plusDays(1));
        ActionItem done = repo.list(TODAY.plusDays(1), 1).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.outcome()).isEqualTo("已核实12人，2人外出");
        assertThat(done.closedOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(done.closedBy()).isEqualTo("李书记");
        // closed once: neither closed again nor edited
        assertThatThrownBy(() -> repo.close(id, "再次", USER, TODAY)).isInstanceOfSatisfying(ActionRefused.class,
                r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.ALREADY_DONE)));
        assertThatThrownBy(() -> repo.edit(edit(id, ActionKind.TASK, "改", "村支书", 0, null), USER))
                .isInstanceOfSatisfying(ActionRefused.class, r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.TEXT, ActionProblem.Kind.ALREADY_DONE)));

        repo.reopen(id, USER);
        ActionItem open = only(id);
        assertThat(open.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(open.outcome()).isNull();
        assertThat(open.closedOn()).isNull();
        assertThat(open.closedBy()).isNull();
        assertThatThrownBy(() -> repo.reopen(id, USER)).isInstanceOfSatisfying(ActionRefused.class,
                r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.NOT_DONE)));
        // add 1, close 2, reopen 3
        assertThat(TestTownship.query(db, "SELECT revision FROM action_item WHERE id = " + id)).isEqualTo("3");
    }

    @Test
    void theListHoldsTheOpenAndThoseClosedInTheLastDaysAndTheOverdueFirst() {
        long late = repo.add(edit(0, ActionKind.PROBLEM, "救护车维修", "卫生院", 0, null), USER, TODAY);
        long soon = repo.add(edit(0, ActionKind.TASK, "补录台账", "办公室", 1, null), USER, TODAY);
        long closedToday = repo.add(edit(0, ActionKind.TASK, "a", "b", 0, null), USER, TODAY);
        long closedEarlier = repo.add(edit(0, ActionKind.TASK, "c", "d", 0, null), USER, TODAY);
        repo.close(closedEarlier, "办完", USER, TODAY);              // the 23rd
        repo.close(closedToday, "办完", USER, TODAY.plusDays(6));    // the 29th

        // on the 29th: 'late' (due the 23rd) and 'soon' (due the 24th) are overdue, 'late' first
        assertThat(repo.list(TODAY.plusDays(6), 0)).extracting(ActionItem::id).containsExactly(late, soon);
        // one day: the 29th only; seven days: the 23rd to the 29th; six: the 24th to the 29th. The closed last,
        // both due the 23rd and tasks: by entry, closedToday (entered third) before closedEarlier (fourth)
        assertThat(repo.list(TODAY.plusDays(6), 1)).extracting(ActionItem::id)
                .containsExactly(late, soon, closedToday);
        assertThat(repo.list(TODAY.plusDays(6), 6)).extracting(ActionItem::id)
                .containsExactly(late, soon, closedToday);
        assertThat(repo.list(TODAY.plusDays(6), 7)).extracting(ActionItem::id)
                .containsExactly(late, soon, closedToday, closedEarlier);
    }

    @Test
    void aBadItemOrALinkToWhatIsGoneIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> repo.add(new ActionEdit(0, ActionKind.TASK, "", " ", null,
                ActionLink.to(ActionLink.Kind.FACILITY, 99)), USER, TODAY))
                .isInstanceOfSatisfying(ActionRefused.class, r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.TEXT, ActionProblem.Kind.REQUIRED),
                        ActionProblem.of(ActionField.OWNER, ActionProblem.Kind.REQUIRED),
                        ActionProblem.of(ActionField.DUE, ActionProblem.Kind.REQUIRED),
                        ActionProblem.of(ActionField.LINK, ActionProblem.Kind.UNKNOWN)));
        assertThatThrownBy(() -> repo.add(edit(0, ActionKind.TASK, "x", "y", -1, null), USER, TODAY))
                .isInstanceOfSatisfying(ActionRefused.class, r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.DUE, ActionProblem.Kind.BEFORE_CREATED, TODAY)));
        // a person who left the ledger is no longer linkable
        new LedgerRepository(db, CLOCK).leave(person.id(), new Departure(Departure.Reason.MOVED_AWAY, TODAY), USER);
        assertThatThrownBy(() -> repo.add(edit(0, ActionKind.TASK, "x", "y", 0,
                ActionLink.to(ActionLink.Kind.PERSON, person.id())), USER, TODAY))
                .isInstanceOfSatisfying(ActionRefused.class, r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.LINK, ActionProblem.Kind.UNKNOWN)));
        assertThatThrownBy(() -> repo.close(42, "x", USER, TODAY)).isInstanceOfSatisfying(ActionRefused.class,
                r -> assertThat(r.problems()).containsExactly(
                        ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.UNKNOWN)));
        assertThatThrownBy(() -> repo.add(edit(0, ActionKind.TASK, "x", "y", 0, null), " ", TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM action_item")).isEqualTo("0");
    }

    @Test
    void theFormOffersVillagesFacilitiesAndPersonsByName() {
        assertThat(repo.linkChoices(ActionLink.Kind.VILLAGE, "", 10)).extracting(c -> c.link().label())
                .containsExactly("平安社区", "龙洞村");
        assertThat(repo.linkChoices(ActionLink.Kind.VILLAGE, "龙洞", 10)).containsExactly(
                new ActionLinkChoice(new ActionLink(ActionLink.Kind.VILLAGE, 2, "龙洞村"), null, null));
        assertThat(repo.linkChoices(ActionLink.Kind.FACILITY, "卫生院", 10)).containsExactly(
                new ActionLinkChoice(new ActionLink(ActionLink.Kind.FACILITY, 1, "平安镇中心卫生院"), "平安社区",
                        null));
        // 冉桂兰 of 平安社区, born 1948 (TestTownship.person)
        assertThat(repo.linkChoices(ActionLink.Kind.PERSON, "桂兰", 10)).containsExactly(
                new ActionLinkChoice(new ActionLink(ActionLink.Kind.PERSON, person.id(), "冉桂兰"), "平安社区", 1948));
        assertThat(repo.linkChoices(ActionLink.Kind.PERSON, "张", 10)).isEmpty();
        assertThat(repo.linkChoices(ActionLink.Kind.VILLAGE, "", 1)).hasSize(1);
    }
}
