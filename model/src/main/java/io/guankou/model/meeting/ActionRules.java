package io.guankou.model.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The meeting's action lists (the task, problem and responsibility lists of DOMAIN.md §9): "every matter has an
 * owner, every item an outcome". An item needs a kind, a text of at most {@value #MAX_TEXT} characters, an owner of
 * at most {@value #MAX_OWNER}, and a due day not before the day it was entered; it is closed only with an outcome of
 * at most {@value #MAX_TEXT}. An open item past its due day is overdue, and the list shows the overdue first.
 */
public final class ActionRules {

    public static final int MAX_TEXT = 500;
    public static final int MAX_OWNER = 100;
    /** Closed items stay on the list this many days (the day of closing included), so the next meetings see them. */
    public static final int CLOSED_SHOWN_DAYS = 7;

    private ActionRules() {
    }

    /** The problems of an edit of an item entered on {@code createdOn} (today for a new one). */
    public static List<ActionProblem> check(ActionEdit e, LocalDate createdOn) {
        List<ActionProblem> out = new ArrayList<>();
        if (e.kind() == null) {
            out.add(ActionProblem.of(ActionField.KIND, ActionProblem.Kind.REQUIRED));
        }
        limited(e.text(), MAX_TEXT, ActionField.TEXT, out);
        limited(e.owner(), MAX_OWNER, ActionField.OWNER, out);
        if (e.due() == null) {
            out.add(ActionProblem.of(ActionField.DUE, ActionProblem.Kind.REQUIRED));
        } else if (e.due().isBefore(createdOn)) {
            out.add(ActionProblem.of(ActionField.DUE, ActionProblem.Kind.BEFORE_CREATED, createdOn));
        }
        return out;
    }

    /** The problems of closing an item with {@code outcome}. */
    public static List<ActionProblem> checkClose(String outcome) {
        List<ActionProblem> out = new ArrayList<>();
        limited(outcome, MAX_TEXT, ActionField.OUTCOME, out);
        return out;
    }

    private static void limited(String value, int max, ActionField field, List<ActionProblem> out) {
        String t = text(value);
        if (t.isEmpty()) {
            out.add(ActionProblem.of(field, ActionProblem.Kind.REQUIRED));
        } else if (t.length() > max) {
            out.add(ActionProblem.of(field, ActionProblem.Kind.TOO_LONG, max));
        }
    }

    /** A text as stored: without the blanks around it (Chinese punctuation kept as typed); null gives "". */
    public static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Open and due before {@code today}: an item due today is not overdue yet. */
    public static boolean isOverdue(ActionItem item, LocalDate today) {
        return item.open() && item.due().isBefore(today);
    }

    /**
     * The order of the list on {@code today}: the overdue first, then the other open items, then the closed ones;
     * within each, the earliest due day first, then task, problem, responsibility, then the order of entry.
     */
    public static Comparator<ActionItem> order(LocalDate today) {
        return Comparator.comparingInt((ActionItem i) -> isOverdue(i, today) ? 0 : i.open() ? 1 : 2)
                .thenComparing(ActionItem::due)
                .thenComparing(ActionItem::kind)
                .thenComparingLong(ActionItem::id);
    }

    public static List<ActionItem> sorted(Collection<ActionItem> items, LocalDate today) {
        return items.stream().sorted(order(today)).toList();
    }

    public static ActionCounts counts(Collection<ActionItem> items, LocalDate today) {
        int open = 0;
        int overdue = 0;
        for (ActionItem i : items) {
            if (i.open()) {
                open++;
                if (isOverdue(i, today)) {
                    overdue++;
                }
            }
        }
        return new ActionCounts(open, overdue);
    }
}
