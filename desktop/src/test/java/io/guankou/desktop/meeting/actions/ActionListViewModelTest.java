package io.guankou.desktop.meeting.actions;

import static io.guankou.desktop.TestClocks.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.ActionLinkChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action lists' view-model over the demo township, on Friday 2026-11-20, without a stage. */
class ActionListViewModelTest {

    static final String USER = "王主任";

    @TempDir
    Path dir;
    Path file;
    Database db;
    ActionItemRepository repo;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<DataChange> published = new ArrayList<>();
    ActionListViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        db.read(dsl -> dsl.execute("DELETE FROM action_item")); // the demo's own items: these tests start from none
        repo = new ActionItemRepository(db, TestClocks.FIXED);
        events.subscribe(EnumSet.allOf(DataKind.class), published::add);
        vm = new ActionListViewModel(repo, runner, TestClocks.FIXED, USER, events);
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    /** An item entered {@code enteredDaysAgo} days before today, due {@code dueInDays} after today. */
    long stored(ActionKind kind, String text, int enteredDaysAgo, int dueInDays) {
        return repo.add(new ActionEdit(0, kind, text, "村支书", TODAY.plusDays(dueInDays), null), "李书记",
                TODAY.minusDays(enteredDaysAgo));
    }

    @Test
    void anItemAddedThroughTheFormIsListedSelectedAndPublished() {
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.READY);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.openCountProperty().get()).isZero();

        ActionFormViewModel form = vm.startNew();
        assertThat(form.isNew()).isTrue();
        assertThat(form.kindProperty().get()).isEqualTo(ActionKind.TASK);
        assertThat(form.dueProperty().get()).isEqualTo(TODAY);
        form.kindProperty().set(ActionKind.PROBLEM);
        form.textProperty().set("龙洞村血氧仪不够");
        form.ownerProperty().set("卫生院谭院长");
        form.dueProperty().set(TODAY.plusDays(2));
        boolean[] closed = new boolean[1];
        assertThat(form.save(() -> closed[0] = true)).isTrue();

        assertThat(closed[0]).isTrue();
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ActionKind.PROBLEM);
            assertThat(i.text()).isEqualTo("龙洞村血氧仪不够");
            assertThat(i.owner()).isEqualTo("卫生院谭院长");
            assertThat(i.due()).isEqualTo(TODAY.plusDays(2));
            assertThat(i.createdBy()).isEqualTo(USER);
            assertThat(i.status()).isEqualTo(ActionStatus.OPEN);
        });
        assertThat(vm.selectedProperty().get()).isSameAs(vm.items().get(0));
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.actions.added"));
        assertThat(published).containsExactly(new DataChange.ActionItemsChanged());
        assertThat(vm.openCountProperty().get()).isEqualTo(1);
        assertThat(vm.overdueCountProperty().get()).isZero();
        assertThat(vm.status(vm.items().get(0))).isEqualTo(Msg.of("meeting.actions.status.open"));
    }

    @Test
    void eachRefusedFieldSaysWhyAndNothingIsWritten() {
        ActionFormViewModel form = vm.startNew();
        form.kindProperty().set(null);
        form.textProperty().set("  ");
        form.dueProperty().set(TODAY.minusDays(1));
        form.linkKindProperty().set(ActionLink.Kind.VILLAGE);
        assertThat(form.save(() -> { })).isFalse();
        assertThat(form.errorAt(ActionField.KIND).get()).isEqualTo(Msg.of("enum.ActionProblem.Kind.REQUIRED"));
        assertThat(form.errorAt(ActionField.TEXT).get()).isEqualTo(Msg.of("enum.ActionProblem.Kind.REQUIRED"));
        assertThat(form.errorAt(ActionField.OWNER).get()).isEqualTo(Msg.of("enum.ActionProblem.Kind.REQUIRED"));
        assertThat(form.errorAt(ActionField.DUE).get())
                .isEqualTo(Msg.of("enum.ActionProblem.Kind.BEFORE_CREATED", TODAY));
        // a kind of link but no village chosen
        assertThat(form.errorAt(ActionField.LINK).get()).isEqualTo(Msg.of("enum.ActionProblem.Kind.REQUIRED"));
        assertThat(repo.list(TODAY, 7)).isEmpty();
        assertThat(published).isEmpty();

        // put right, the messages go
        form.kindProperty().set(ActionKind.TASK);
        form.textProperty().set("补录台账");
        form.ownerProperty().set("办公室");
        form.dueProperty().set(TODAY);
        form.linkKindProperty().set(null);
        assertThat(form.save(() -> { })).isTrue();
        assertThat(form.errorAt(ActionField.TEXT).get()).isNull();
        assertThat(form.errorAt(ActionField.LINK).get()).isNull();
        assertThat(repo.list(TODAY, 7)).hasSize(1);
    }

    @Test
    void aLinkIsChosenFromTheLedgersVillagesOrPersonsFoundByName() {
        ActionFormViewModel form = vm.startNew();
        assertThat(form.linkChoices()).isEmpty();
        form.linkKindProperty().set(ActionLink.Kind.VILLAGE);
        List<ActionLinkChoice> villages = List.copyOf(form.linkChoices());
        assertThat(villages).isNotEmpty().allMatch(c -> c.link().kind() == ActionLink.Kind.VILLAGE);
        ActionLinkChoice second = villages.get(villages.size() - 1);
        // a part of the name finds it
        form.linkQueryProperty().set(second.link().label().substring(0, 2));
        assertThat(form.linkChoices()).contains(second).allMatch(c -> c.link().label().contains(
                second.link().label().substring(0, 2)));
        form.linkProperty().set(second.link());
        // persons: at most LINK_CHOICES of the demo's 300
        form.linkKindProperty().set(ActionLink.Kind.PERSON);
        assertThat(form.linkProperty().get()).isNull();
        assertThat(form.linkQueryProperty().get()).isEmpty();
        assertThat(form.linkChoices()).hasSize(ActionFormViewModel.LINK_CHOICES)
                .allMatch(c -> c.villageName() != null && c.birthYear() != null);
        ActionLinkChoice person = form.linkChoices().get(3);
        form.linkProperty().set(person.link());
        form.textProperty().set("每日电话随访");
        form.ownerProperty().set("王医生");
        assertThat(form.save(() -> { })).isTrue();
        ActionItem saved = vm.items().get(0);
        assertThat(saved.link()).isEqualTo(person.link());
        // the list shows the person's name masked: the first character, stars, the last
        String name = person.link().label();
        assertThat(ActionListViewModel.link(saved)).isEqualTo(Msg.of("meeting.actions.link", ActionLink.Kind.PERSON,
                name.length() == 2 ? name.charAt(0) + "*"
                        : name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1)));

        // editing it again offers the person even when not among the first choices
        ActionFormViewModel edit = vm.startEdit();
        assertThat(edit.linkKindProperty().get()).isEqualTo(ActionLink.Kind.PERSON);
        assertThat(edit.linkChoices()).anyMatch(c -> c.link().sameTarget(person.link()));
    }

    @Test
    void theOverdueComeFirstAndAreCountedPerList() {
        long dueToday = stored(ActionKind.TASK, "今天到期", 3, 0);
        long late = stored(ActionKind.PROBLEM, "救护车维修", 5, -2);      // due Wednesday the 18th
        long later = stored(ActionKind.RESPONSIBILITY, "包保到户", 5, 3);
        long lateToo = stored(ActionKind.TASK, "抗原分发", 5, -1);        // due Thursday the 19th
        vm.reload();
        // overdue by due day (18th, 19th), then today, then the 23rd
        assertThat(vm.items()).extracting(ActionItem::id).containsExactly(late, lateToo, dueToday, later);
        assertThat(vm.openCountProperty().get()).isEqualTo(4);
        assertThat(vm.overdueCountProperty().get()).isEqualTo(2);
        assertThat(vm.overdue(vm.items().get(0))).isTrue();
        assertThat(vm.overdue(vm.items().get(2))).isFalse();
        assertThat(vm.status(vm.items().get(0))).isEqualTo(Msg.of("meeting.actions.status.overdue", 2L));
        assertThat(vm.status(vm.items().get(1))).isEqualTo(Msg.of("meeting.actions.status.overdue", 1L));

        vm.kindFilterProperty().set(ActionKind.TASK);
        assertThat(vm.items()).extracting(ActionItem::id).containsExactly(lateToo, dueToday);
        assertThat(vm.openCountProperty().get()).isEqualTo(2);
        assertThat(vm.overdueCountProperty().get()).isEqualTo(1);
        vm.kindFilterProperty().set(ActionKind.RESPONSIBILITY);
        assertThat(vm.items()).extracting(ActionItem::id).containsExactly(later);
        assertThat(vm.overdueCountProperty().get()).isZero();
        vm.kindFilterProperty().set(null);
        assertThat(vm.items()).hasSize(4);
    }

    @Test
    void closingNeedsAnOutcomeThenTheItemLeavesTheOpenListAndCanBeReopened() {
        long id = stored(ActionKind.TASK, "核实外出人员", 2, -1);
        vm.reload();
        vm.select(vm.items().get(0));
        assertThat(vm.selectedOpenProperty().get()).isTrue();
        assertThat(vm.selectedDoneProperty().get()).isFalse();
        ActionCloseViewModel close = vm.startClose();
        assertThat(close.close(() -> { })).isFalse();
        assertThat(close.errorAt(ActionField.OUTCOME).get()).isEqualTo(Msg.of("enum.ActionProblem.Kind.REQUIRED"));
        assertThat(published).isEmpty();

        close.outcomeProperty().set("已核实，2人外出务工");
        assertThat(close.close(() -> { })).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.actions.closed"));
        assertThat(published).containsExactly(new DataChange.ActionItemsChanged());
        // off the open list; counted no more
        assertThat(vm.items()).isEmpty();
        assertThat(vm.openCountProperty().get()).isZero();
        assertThat(vm.overdueCountProperty().get()).isZero();

        vm.showClosedProperty().set(true);
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.status()).isEqualTo(ActionStatus.DONE);
            assertThat(i.outcome()).isEqualTo("已核实，2人外出务工");
            assertThat(i.closedOn()).isEqualTo(TODAY);
            assertThat(i.closedBy()).isEqualTo(USER);
        });
        // a closed item is not edited or closed again, only reopened
        vm.select(vm.items().get(0));
        assertThat(vm.startEdit()).isNull();
        assertThat(vm.startClose()).isNull();
        assertThat(vm.status(vm.items().get(0))).isEqualTo(Msg.of("meeting.actions.status.done", TODAY));
        assertThat(vm.reopen()).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.actions.reopened"));
        assertThat(vm.items()).singleElement().satisfies(i -> assertThat(i.open()).isTrue());
        assertThat(vm.selectedProperty().get().id()).isEqualTo(id);
        // overdue again: due yesterday
        assertThat(vm.overdueCountProperty().get()).isEqualTo(1);
        assertThat(published).hasSize(2);
    }

    @Test
    void anEditKeepsTheDayItWasEnteredAndAChangeElsewhereIsLoaded() {
        long id = stored(ActionKind.TASK, "送药", 4, 1);
        // written by another view: the published change loads it
        events.publish(new DataChange.ActionItemsChanged());
        assertThat(vm.items()).extracting(ActionItem::id).containsExactly(id);
        published.clear();
        vm.select(vm.items().get(0));
        ActionFormViewModel edit = vm.startEdit();
        assertThat(edit.textProperty().get()).isEqualTo("送药");
        // entered four days ago: a due day three days ago is allowed, five days ago is not
        edit.dueProperty().set(TODAY.minusDays(5));
        assertThat(edit.save(() -> { })).isFalse();
        assertThat(edit.errorAt(ActionField.DUE).get())
                .isEqualTo(Msg.of("enum.ActionProblem.Kind.BEFORE_CREATED", TODAY.minusDays(4)));
        edit.dueProperty().set(TODAY.minusDays(3));
        edit.textProperty().set("送药到户");
        assertThat(edit.save(() -> { })).isTrue();
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.text()).isEqualTo("送药到户");
            assertThat(i.createdOn()).isEqualTo(TODAY.minusDays(4));
        });
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.actions.edited"));
        assertThat(published).containsExactly(new DataChange.ActionItemsChanged());
    }

    @Test
    void aFailedLoadIsShownAndARetryLoads() {
        stored(ActionKind.TASK, "x", 0, 0);
        try (BrokenTable broken = BrokenTable.hide(file, "action_item")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get()).isNotNull();
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.items()).hasSize(1);
    }
}
