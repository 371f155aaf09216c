package io.guankou.persistence.meeting;

import static io.guankou.persistence.jooq.Tables.ACTION_ITEM;
import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionProblem;
import io.guankou.model.meeting.ActionRules;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.Facility;
import io.guankou.persistence.jooq.tables.Person;
import io.guankou.persistence.jooq.tables.Village;
import io.guankou.persistence.jooq.tables.records.ActionItemRecord;
import io.guankou.persistence.ledger.LedgerQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The dispatch meeting's action lists (model.meeting): the items still open and those closed lately, each with the
 * name of the village, facility or person it is about; adding, changing, closing with an outcome and reopening, each
 * one transaction that checks the rules against what is stored at that moment.
 */
public final class ActionItemRepository {

    private static final Village LINKED_VILLAGE = VILLAGE.as("linked_village");
    private static final Facility LINKED_FACILITY = FACILITY.as("linked_facility");
    private static final Person LINKED_PERSON = PERSON.as("linked_person");

    private final Database db;
    private final Clock clock;

    public ActionItemRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Every open item, and the items closed on {@code today} or one of the {@code closedDays - 1} days before (none
     * when 0), in the list's order ({@link ActionRules#order}); a linked person's label is the full name.
     */
    public List<ActionItem> list(LocalDate today, int closedDays) {
        if (closedDays < 0) {
            throw new IllegalArgumentException("closedDays < 0: " + closedDays);
        }
        Condition shown = ACTION_ITEM.STATUS.eq(ActionStatus.OPEN.name());
        if (closedDays > 0) {
            shown = shown.or(ACTION_ITEM.STATUS.eq(ActionStatus.DONE.name())
                    .and(ACTION_ITEM.CLOSED_ON.ge(SqlText.date(today.minusDays(closedDays - 1L)))));
        }
        Condition where = ACTION_ITEM.DELETED.isFalse().and(shown);
        return ActionRules.sorted(db.read(dsl -> dsl.select(ACTION_ITEM.asterisk(), LINKED_VILLAGE.NAME,
                        LINKED_FACILITY.NAME, LINKED_PERSON.NAME)
                .from(ACTION_ITEM)
                .leftJoin(LINKED_VILLAGE).on(LINKED_VILLAGE.ID.eq(ACTION_ITEM.VILLAGE_ID))
                .leftJoin(LINKED_FACILITY).on(LINKED_FACILITY.ID.eq(ACTION_ITEM.FACILITY_ID))
                .leftJoin(LINKED_PERSON).on(LINKED_PERSON.ID.eq(ACTION_ITEM.PERSON_ID))
                .where(where)
                .fetch(ActionItemRepository::item)), today);
    }

    private static ActionItem item(Record r) {
        return new ActionItem(r.get(ACTION_ITEM.ID), SqlText.enumValue(ActionKind.class, r.get(ACTION_ITEM.KIND)),
                r.get(ACTION_ITEM.TEXT), r.get(ACTION_ITEM.OWNER), SqlText.date(r.get(ACTION_ITEM.DUE_DATE)),
                SqlText.enumValue(ActionStatus.class, r.get(ACTION_ITEM.STATUS)), r.get(ACTION_ITEM.OUTCOME), link(r),
                SqlText.date(r.get(ACTION_ITEM.CREATED_ON)), r.get(ACTION_ITEM.CREATED_BY),
                SqlText.date(r.get(ACTION_ITEM.CLOSED_ON)), r.get(ACTION_ITEM.CLOSED_BY));
    }

    /** The first reference set, in the order village, facility, person (a merge may have left two). */
    private static ActionLink link(Record r) {
        if (r.get(ACTION_ITEM.VILLAGE_ID) != null) {
            return new ActionLink(ActionLink.Kind.VILLAGE, r.get(ACTION_ITEM.VILLAGE_ID), r.get(LINKED_VILLAGE.NAME));
        }
        if (r.get(ACTION_ITEM.FACILITY_ID) != null) {
            return new ActionLink(ActionLink.Kind.FACILITY, r.get(ACTION_ITEM.FACILITY_ID),
                    r.get(LINKED_FACILITY.NAME));
        }
        if (r.get(ACTION_ITEM.PERSON_ID) != null) {
            return new ActionLink(ActionLink.Kind.PERSON, r.get(ACTION_ITEM.PERSON_ID), r.get(LINKED_PERSON.NAME));
        }
        return null;
    }

    /**
     * What an item may be linked to: the live villages or facilities, or the persons in the ledger, whose name
     * contains {@code query} (all when blank), by name, at most {@code limit}.
     */
    public List<ActionLinkChoice> linkChoices(ActionLink.Kind kind, String query, int limit) {
        String q = query == null ? "" : query.strip();
        return db.read(dsl -> {
            switch (kind) {
                case VILLAGE:
                    return dsl.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE).where(VILLAGE.DELETED.isFalse())
                            .and(VILLAGE.NAME.contains(q)).orderBy(VILLAGE.CODE, VILLAGE.ID).limit(limit)
                            .fetch(r -> new ActionLinkChoice(new ActionLink(kind, r.value1(), r.value2()), null,
                                    null));
                case FACILITY:
                    return dsl.select(FACILITY.ID, FACILITY.NAME, VILLAGE.NAME).from(FACILITY)
                            .leftJoin(VILLAGE).on(VILLAGE.ID.eq(FACILITY.VILLAGE_ID))
                            .where(FACILITY.DELETED.isFalse()).and(FACILITY.NAME.contains(q))
                            .orderBy(FACILITY.ID).limit(limit)
                            .fetch(r -> new ActionLinkChoice(new ActionLink(kind, r.value1(), r.value2()), r.value3(),
                                    null));
                default:
                    return dsl.select(PERSON.ID, PERSON.NAME, VILLAGE.NAME, PERSON.BIRTH_DATE).from(PERSON)
                            .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                            .where(LedgerQueries.active()).and(PERSON.NAME.contains(q))
                            .orderBy(PERSON.NAME, PERSON.ID).limit(limit)
                            .fetch(r -> new ActionLinkChoice(new ActionLink(kind, r.value1(), r.value2()), r.value3(),
                                    r.value4() == null ? null : SqlText.date(r.value4()).getYear()));
            }
        });
    }

    /** Adds an item entered on {@code today} by {@code user}, open; its id. */
    public long add(ActionEdit edit, String user, LocalDate today) {
        requireUser(user);
        if (edit.id() != 0) {
            throw new IllegalArgumentException("a new item has id 0: " + edit.id());
        }
        return db.transaction(dsl -> {
            check(dsl, edit, today);
            ActionItemRecord row = dsl.newRecord(ACTION_ITEM);
            row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
            row.setTownshipCode(TownshipCode.of(dsl));
            row.setRevision(0L);
            row.setDeleted(false);
            row.setStatus(ActionStatus.OPEN.name());
            row.setCreatedOn(SqlText.date(today));
            row.setCreatedBy(user);
            fill(row, edit);
            store(row, user);
            return row.getId();
        });
    }

    /** Changes the kind, text, owner, due day and link of an open item; a closed one is reopened first. */
    public void edit(ActionEdit edit, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            ActionItemRecord row = live(dsl, edit.id(), ActionField.TEXT);
            if (!ActionStatus.OPEN.name().equals(row.getStatus())) {
                throw refused(ActionField.TEXT, ActionProblem.Kind.ALREADY_DONE);
            }
            check(dsl, edit, SqlText.date(row.getCreatedOn()));
            fill(row, edit);
            if (differs(row)) {
                store(row, user);
            }
            return null;
        });
    }

    /** Closes (banjie) an open item with its outcome, on {@code today}, by {@code user}. */
    public void close(long id, String outcome, String user, LocalDate today) {
        requireUser(user);
        db.transaction(dsl -> {
            ActionItemRecord row = live(dsl, id, ActionField.OUTCOME);
            if (!ActionStatus.OPEN.name().equals(row.getStatus())) {
                throw refused(ActionField.OUTCOME, ActionProblem.Kind.ALREADY_DONE);
            }
            List<ActionProblem> problems = ActionRules.checkClose(outcome);
            if (!problems.isEmpty()) {
                throw new ActionRefused(problems);
            }
            row.setStatus(ActionStatus.DONE.name());
            row.setOutcome(ActionRules.text(outcome));
            row.setClosedOn(SqlText.date(today));
            row.setClosedBy(user);
            store(row, user);
            return null;
        });
    }

    /** Opens a closed item again: its outcome and closing are cleared, to be given anew when it is closed again. */
    public void reopen(long id, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            ActionItemRecord row = live(dsl, id, ActionField.OUTCOME);
            if (!ActionStatus.DONE.name().equals(row.getStatus())) {
                throw refused(ActionField.OUTCOME, ActionProblem.Kind.NOT_DONE);
            }
            row.setStatus(ActionStatus.OPEN.name());
            row.setOutcome(null);
            row.setClosedOn(null);
            row.setClosedBy(null);
            store(row, user);
            return null;
        });
    }

    private static void check(DSLContext dsl, ActionEdit edit, LocalDate createdOn) {
        List<ActionProblem> problems = new ArrayList<>(ActionRules.check(edit, createdOn));
        if (edit.link() != null && !linkable(dsl, edit.link())) {
            problems.add(ActionProblem.of(ActionField.LINK, ActionProblem.Kind.UNKNOWN));
        }
        if (!problems.isEmpty()) {
            throw new ActionRefused(problems);
        }
    }

    /** A link may point at a live village or facility, or a person still in the ledger. */
    private static boolean linkable(DSLContext dsl, ActionLink link) {
        Condition c;
        switch (link.kind()) {
            case VILLAGE:
                c = DSL.exists(DSL.selectOne().from(VILLAGE).where(VILLAGE.ID.eq(link.id()))
                        .and(VILLAGE.DELETED.isFalse()));
                break;
            case FACILITY:
                c = DSL.exists(DSL.selectOne().from(FACILITY).where(FACILITY.ID.eq(link.id()))
                        .and(FACILITY.DELETED.isFalse()));
                break;
            default:
                c = DSL.exists(DSL.selectOne().from(PERSON).where(PERSON.ID.eq(link.id()))
                        .and(LedgerQueries.active()));
                break;
        }
        return dsl.fetchValue(DSL.select(DSL.field(c)));
    }

    private static void fill(ActionItemRecord row, ActionEdit edit) {
        row.setKind(edit.kind().name());
        row.setText(ActionRules.text(edit.text()));
        row.setOwner(ActionRules.text(edit.owner()));
        row.setDueDate(SqlText.date(edit.due()));
        ActionLink link = edit.link();
        row.setVillageId(link != null && link.kind() == ActionLink.Kind.VILLAGE ? link.id() : null);
        row.setFacilityId(link != null && link.kind() == ActionLink.Kind.FACILITY ? link.id() : null);
        row.setPersonId(link != null && link.kind() == ActionLink.Kind.PERSON ? link.id() : null);
    }

    /** jOOQ marks a field changed when set, even to the value it had: compare with what was read. */
    private static boolean differs(ActionItemRecord row) {
        return Arrays.stream(row.fields()).anyMatch(f -> !Objects.equals(row.get(f), row.original(f)));
    }

    private void store(ActionItemRecord row, String user) {
        row.setUpdatedBy(user);
        row.setUpdatedAt(SqlText.instant(clock.instant()));
        row.setRevision(row.getRevision() == null ? 1L : row.getRevision() + 1);
        row.store();
    }

    private static ActionItemRecord live(DSLContext dsl, long id, ActionField field) {
        ActionItemRecord row = dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id))
                .and(ACTION_ITEM.DELETED.isFalse()).fetchOne();
        if (row == null) {
            throw refused(field, ActionProblem.Kind.UNKNOWN);
        }
        return row;
    }

    private static ActionRefused refused(ActionField field, ActionProblem.Kind kind) {
        return new ActionRefused(List.of(ActionProblem.of(field, kind)));
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
