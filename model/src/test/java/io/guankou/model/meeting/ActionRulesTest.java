package io.guankou.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §9: the dispatch meeting keeps a task list, a problem list and a responsibility list
 * (任务清单、问题清单、责任清单) — "事事有人管、件件有着落": every matter has an owner, every item an outcome.
 */
class ActionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 25);

    static ActionItem item(long id, ActionKind kind, LocalDate due, ActionStatus status) {
        boolean done = status == ActionStatus.DONE;
        return new ActionItem(id, kind, "事项" + id, "王主任", due, status, done ? "已办结" : null, null,
                TODAY.minusDays(10), "李书记", done ? TODAY.minusDays(1) : null, done ? "李书记" : null);
    }

    @Test
    void anItemNeedsAKindATextAnOwnerAndADueDay() {
        ActionEdit empty = new ActionEdit(0, null, "  ", null, null, null);
        assertThat(ActionRules.check(empty, TODAY)).containsExactly(
                ActionProblem.of(ActionField.KIND, ActionProblem.Kind.REQUIRED),
                ActionProblem.of(ActionField.TEXT, ActionProblem.Kind.REQUIRED),
                ActionProblem.of(ActionField.OWNER, ActionProblem.Kind.REQUIRED),
                ActionProblem.of(ActionField.DUE, ActionProblem.Kind.REQUIRED));
        ActionEdit ok = new ActionEdit(0, ActionKind.TASK, " 龙洞村补齐3台血氧仪 ", "卫生院 谭院长", TODAY,
                ActionLink.to(ActionLink.Kind.VILLAGE, 2));
        assertThat(ActionRules.check(ok, TODAY)).isEmpty();
        assertThat(ActionRules.text(ok.text())).isEqualTo("龙洞村补齐3台血氧仪");
    }

    @Test
    void theTextHoldsFiveHundredCharactersAndTheOwnerOneHundred() {
        String five = "字".repeat(500);
        String hundred = "名".repeat(100);
        assertThat(ActionRules.check(new ActionEdit(0, ActionKind.PROBLEM, five, hundred, TODAY, null), TODAY))
                .isEmpty();
        // blanks around the text do not count
        assertThat(ActionRules.check(new ActionEdit(0, ActionKind.PROBLEM, " " + five + " ", hundred, TODAY, null),
                TODAY)).isEmpty();
        assertThat(ActionRules.check(new ActionEdit(0, ActionKind.PROBLEM, five + "字", hundred + "名", TODAY, null),
                TODAY)).containsExactly(
                ActionProblem.of(ActionField.TEXT, ActionProblem.Kind.TOO_LONG, 500),
                ActionProblem.of(ActionField.OWNER, ActionProblem.Kind.TOO_LONG, 100));
    }

    @Test
    void theDueDayIsNotBeforeTheDayTheItemWasEntered() {
        LocalDate entered = LocalDate.of(2027, 1, 20);
        // entered on the 20th: due the 20th is fine, the 19th is not, also when edited on the 25th
        assertThat(ActionRules.check(new ActionEdit(7, ActionKind.RESPONSIBILITY, "包保", "村支书", entered, null),
                entered)).isEmpty();
        assertThat(ActionRules.check(new ActionEdit(7, ActionKind.RESPONSIBILITY, "包保", "村支书",
                LocalDate.of(2027, 1, 19), null), entered)).containsExactly(
                ActionProblem.of(ActionField.DUE, ActionProblem.Kind.BEFORE_CREATED, entered));
        // an edit on the 25th may keep a due day of the 22nd (overdue, but not before the day it was entered)
        assertThat(ActionRules.check(new ActionEdit(7, ActionKind.RESPONSIBILITY, "包保", "村支书",
                LocalDate.of(2027, 1, 22), null), entered)).isEmpty();
    }

    @Test
    void closingNeedsAnOutcome() {
        assertThat(ActionRules.checkClose(null)).containsExactly(
                ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.REQUIRED));
        assertThat(ActionRules.checkClose(" \n")).containsExactly(
                ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.REQUIRED));
        assertThat(ActionRules.checkClose("x".repeat(501))).containsExactly(
                ActionProblem.of(ActionField.OUTCOME, ActionProblem.Kind.TOO_LONG, 500));
        assertThat(ActionRules.checkClose("已送达3台，村医签收")).isEmpty();
    }

    @Test
    void anOpenItemDueBeforeTodayIsOverdueOneDueTodayIsNotAndAClosedOneNeverIs() {
        assertThat(ActionRules.isOverdue(item(1, ActionKind.TASK, TODAY.minusDays(1), ActionStatus.OPEN), TODAY))
                .isTrue();
        assertThat(ActionRules.isOverdue(item(2, ActionKind.TASK, TODAY, ActionStatus.OPEN), TODAY)).isFalse();
        assertThat(ActionRules.isOverdue(item(3, ActionKind.TASK, TODAY.plusDays(1), ActionStatus.OPEN), TODAY))
                .isFalse();
        assertThat(ActionRules.isOverdue(item(4, ActionKind.TASK, TODAY.minusDays(5), ActionStatus.DONE), TODAY))
                .isFalse();
    }

    @Test
    void theOverdueComeFirstThenByDueDayThenTaskProblemResponsibilityAndTheClosedLast() {
        List<ActionItem> items = List.of(
                item(1, ActionKind.RESPONSIBILITY, TODAY.plusDays(2), ActionStatus.OPEN),
                item(2, ActionKind.TASK, TODAY.plusDays(2), ActionStatus.OPEN),
                item(3, ActionKind.PROBLEM, TODAY.minusDays(1), ActionStatus.OPEN),   // overdue by one day
                item(4, ActionKind.TASK, TODAY.minusDays(3), ActionStatus.DONE),      // closed: last
                item(5, ActionKind.TASK, TODAY, ActionStatus.OPEN),                   // due today: not overdue
                item(6, ActionKind.TASK, TODAY.minusDays(4), ActionStatus.OPEN),      // overdue by four days
                item(7, ActionKind.PROBLEM, TODAY.plusDays(2), ActionStatus.OPEN));
        // overdue 6 (the 21st), 3 (the 24th); open 5 (today), then the 27th: task 2, problem 7, responsibility 1;
        // closed 4
        assertThat(ActionRules.sorted(items, TODAY)).extracting(ActionItem::id)
                .containsExactly(6L, 3L, 5L, 2L, 7L, 1L, 4L);
        // two items alike but for their id: the one entered first
        assertThat(ActionRules.sorted(List.of(item(9, ActionKind.TASK, TODAY, ActionStatus.OPEN),
                item(8, ActionKind.TASK, TODAY, ActionStatus.OPEN)), TODAY)).extracting(ActionItem::id)
                .containsExactly(8L, 9L);
        // open 1, 2, 3, 5, 6, 7 = 6; overdue 3 and 6 = 2
        assertThat(ActionRules.counts(items, TODAY)).isEqualTo(new ActionCounts(6, 2));
        // the next day item 5 is overdue as well
        assertThat(ActionRules.counts(items, TODAY.plusDays(1))).isEqualTo(new ActionCounts(6, 3));
    }

    @Test
    void aPersonsNameIsShownMaskedAPlaceAsItIs() {
        assertThat(ActionLink.to(ActionLink.Kind.PERSON, 1).label()).isEmpty();
        assertThat(new ActionLink(ActionLink.Kind.PERSON, 1, "张小三").shownLabel()).isEqualTo("张*三");
        assertThat(new ActionLink(ActionLink.Kind.PERSON, 1, "张三").shownLabel()).isEqualTo("张*");
        assertThat(new ActionLink(ActionLink.Kind.PERSON, 1, "欧阳小峰").shownLabel()).isEqualTo("欧**峰");
        assertThat(new ActionLink(ActionLink.Kind.PERSON, 1, "张").shownLabel()).isEqualTo("*");
        assertThat(new ActionLink(ActionLink.Kind.VILLAGE, 2, "龙洞村").shownLabel()).isEqualTo("龙洞村");
        assertThat(new ActionLink(ActionLink.Kind.FACILITY, 1, "平安镇中心卫生院").shownLabel())
                .isEqualTo("平安镇中心卫生院");
        assertThat(new ActionLink(ActionLink.Kind.VILLAGE, 2, "龙洞村")
                .sameTarget(ActionLink.to(ActionLink.Kind.VILLAGE, 2))).isTrue();
        assertThat(new ActionLink(ActionLink.Kind.VILLAGE, 2, "龙洞村")
                .sameTarget(ActionLink.to(ActionLink.Kind.PERSON, 2))).isFalse();
    }
}
