package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.oximeter.AllocationCheck;
import io.guankou.model.oximeter.AllocationLine;
import io.guankou.model.oximeter.AllocationPlan;
import io.guankou.model.oximeter.AllocationPlanner;
import io.guankou.model.oximeter.AllocationReason;
import io.guankou.persistence.oximeter.HolderCount;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The allocation planner (issue 13): given N devices (by default the working ones in stock) it proposes who gets how
 * many by {@link AllocationPlanner} (minimums first, then need), with the reason on each line; the user adjusts the
 * counts, then records it: the devices move out of stock, each with a history row.
 */
public final class AllocationViewModel {

    public static final String KEY_BAD_NUMBER = "oximeter.plan.badNumber";
    public static final String KEY_LEFT_OVER = "oximeter.plan.leftOver";
    public static final String KEY_ACCEPTED = "oximeter.plan.accepted";
    public static final String KEY_NEGATIVE = "oximeter.plan.negative";
    public static final String KEY_MORE_THAN_STOCK = "oximeter.plan.moreThanStock";
    public static final String KEY_NOTHING = "oximeter.plan.nothing";
    /** More than this is a typing slip. */
    public static final int MAX_SUPPLIED = 100_000;

    /** One holder's line: the plan's line and the count the user may change. */
    public static final class Line {
        private final AllocationLine planned;
        private final IntegerProperty count;

        Line(AllocationLine planned) {
            this.planned = planned;
            this.count = new SimpleIntegerProperty(planned.total());
        }

        public AllocationLine planned() {
            return planned;
        }

        public IntegerProperty countProperty() {
            return count;
        }

        public int count() {
            return count.get();
        }

        /** The reasons of the plan, each a message with its numbers. */
        public List<Msg> reasons() {
            List<Msg> out = new ArrayList<>();
            for (AllocationReason r : planned.reasons()) {
                out.add(new Msg(Messages.enumKey(r.kind()), new ArrayList<>(r.numbers())));
            }
            return out;
        }
    }

    private final OximeterRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final DataEvents events;
    private final ReadOnlyObjectProperty<OximeterOverview> overview;

    private final StringProperty supplied = new SimpleStringProperty("");
    private final ObjectProperty<Msg> suppliedError = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<Msg> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty proposed = new SimpleBooleanProperty();

    public AllocationViewModel(OximeterRepository repo, TaskRunner runner, Clock clock, String user,
                               DataEvents events, ReadOnlyObjectProperty<OximeterOverview> overview) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.events = events;
        this.overview = overview;
        overview.addListener((o, a, b) -> {
            if (b != null && (supplied.get().isBlank() || a != null
                    && supplied.get().equals(Integer.toString(a.workingInStock())))) {
                supplied.set(Integer.toString(b.workingInStock())); // follows the stock unless the user typed
            }
        });
        supplied.addListener((o, a, b) -> suppliedError.set(null));
    }

    /** Proposes a plan for the number typed; false (with the field's reason) when it is not a number 0..100,000. */
    public boolean propose() {
        OximeterOverview o = overview.get();
        if (o == null) {
            return false;
        }
        Integer n = parse(supplied.get());
        if (n == null) {
            suppliedError.set(Msg.of(KEY_BAD_NUMBER, MAX_SUPPLIED));
            return false;
        }
        AllocationPlan plan = AllocationPlanner.plan(n, o.candidates());
        List<AllocationLine> sorted = new ArrayList<>(plan.lines());
        // who gets something first, most first; the rest in the planner's order (stable)
        sorted.sort(Comparator.comparingInt(AllocationLine::total).reversed());
        List<Line> made = sorted.stream().map(Line::new).toList();
        made.forEach(l -> l.countProperty().addListener((x, a, b) -> recount()));
        lines.setAll(made);
        summary.set(Msg.of(KEY_LEFT_OVER, n, plan.allocated(), plan.leftOver(), o.workingInStock()));
        proposed.set(true);
        notice.set(null);
        recount();
        return true;
    }

    private void recount() {
        total.set(lines.stream().mapToInt(Line::count).sum());
        problem.set(check().orElse(null));
    }

    private java.util.Optional<Msg> check() {
        OximeterOverview o = overview.get();
        int stock = o == null ? 0 : o.workingInStock();
        return AllocationCheck.check(lines.stream().map(Line::count).toList(), stock).map(p -> {
            switch (p.kind()) {
                case NEGATIVE:
                    return Msg.of(KEY_NEGATIVE, lines.get(p.first() - 1).planned().candidate().name());
                case MORE_THAN_STOCK:
                    return Msg.of(KEY_MORE_THAN_STOCK, p.first(), p.second());
                default:
                    return Msg.of(KEY_NOTHING);
            }
        });
    }

    /** Records the lines as they stand now; refused (with the reason) when they break {@link AllocationCheck}. */
    public boolean accept() {
        if (!proposed.get() || saving.get()) {
            return false;
        }
        java.util.Optional<Msg> wrong = check();
        if (wrong.isPresent()) {
            problem.set(wrong.get());
            return false;
        }
        List<HolderCount> counts = lines.stream().filter(l -> l.count() > 0)
                .map(l -> new HolderCount(l.planned().candidate().holder(), l.count())).toList();
        int devices = total.get();
        LocalDate today = LocalDate.now(clock);
        saving.set(true);
        runner.run("oximeter-allocate", () -> repo.allocate(counts, today, user), moved -> {
            saving.set(false);
            lines.clear();
            proposed.set(false);
            summary.set(null);
            problem.set(null);
            total.set(0);
            notice.set(Notice.ok(KEY_ACCEPTED, devices, counts.size()));
            events.publish(new DataChange.DevicesChanged());
        }, error -> {
            saving.set(false);
            notice.set(OximeterFailures.notice(error));
        });
        return true;
    }

    private static Integer parse(String text) {
        String t = text == null ? "" : io.guankou.model.sheet.SheetText.halfWidth(text).strip();
        if (!t.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n > MAX_SUPPLIED ? null : n;
    }

    public StringProperty suppliedProperty() {
        return supplied;
    }

    public ObjectProperty<Msg> suppliedErrorProperty() {
        return suppliedError;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObjectProperty<Msg> summaryProperty() {
        return summary;
    }

    public ObjectProperty<Msg> problemProperty() {
        return problem;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty proposedProperty() {
        return proposed;
    }
}
