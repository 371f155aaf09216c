package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.OximeterRules;
import io.guankou.model.sheet.SheetText;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable minimums per holder type (defaults from the notices, DOMAIN.md §6) and the days after which a
 * device at home is overdue for return. Each field is checked on saving and says its own problem.
 */
public final class OximeterRulesViewModel {

    public static final String KEY_BAD_MINIMUM = "oximeter.rules.badMinimum";
    public static final String KEY_BAD_DAYS = "oximeter.rules.badDays";
    public static final String KEY_SAVED = "oximeter.rules.saved";

    private final OximeterRepository repo;
    private final TaskRunner runner;
    private final String user;
    private final DataEvents events;
    private final Map<HolderType, StringProperty> minimums = new EnumMap<>(HolderType.class);
    private final Map<HolderType, ObjectProperty<Msg>> errors = new EnumMap<>(HolderType.class);
    private final StringProperty returnDays = new SimpleStringProperty("");
    private final ObjectProperty<Msg> returnDaysError = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public OximeterRulesViewModel(OximeterRepository repo, TaskRunner runner, String user, DataEvents events,
                                  ReadOnlyObjectProperty<OximeterOverview> overview) {
        this.repo = repo;
        this.runner = runner;
        this.user = user;
        this.events = events;
        for (HolderType t : HolderType.values()) {
            StringProperty p = new SimpleStringProperty("");
            ObjectProperty<Msg> e = new SimpleObjectProperty<>();
            p.addListener((o, a, b) -> e.set(null));
            minimums.put(t, p);
            errors.put(t, e);
        }
        returnDays.addListener((o, a, b) -> returnDaysError.set(null));
        overview.addListener((o, a, b) -> {
            if (b != null && !saving.get()) {
                show(b.rules());
            }
        });
        if (overview.get() != null) {
            show(overview.get().rules());
        }
    }

    private void show(OximeterRules rules) {
        for (HolderType t : HolderType.values()) {
            minimums.get(t).set(Integer.toString(rules.minimum(t)));
        }
        returnDays.set(Integer.toString(rules.returnAfterDays()));
    }

    /** Puts the notices' defaults into the fields (saved only with {@link #save()}). */
    public void noticeDefaults() {
        show(OximeterRules.defaults());
    }

    public boolean save() {
        Map<HolderType, Integer> values = new EnumMap<>(HolderType.class);
        boolean ok = true;
        for (HolderType t : HolderType.values()) {
            Integer v = parse(minimums.get(t).get());
            if (v == null || !OximeterRules.minimumInRange(v)) {
                errors.get(t).set(Msg.of(KEY_BAD_MINIMUM, OximeterRules.MAX_MINIMUM));
                ok = false;
            } else {
                values.put(t, v);
            }
        }
        Integer days = parse(returnDays.get());
        if (days == null || !OximeterRules.returnDaysInRange(days)) {
            returnDaysError.set(Msg.of(KEY_BAD_DAYS, OximeterRules.MAX_RETURN_AFTER_DAYS));
            ok = false;
        }
        if (!ok || saving.get()) {
            return false;
        }
        OximeterRules rules = new OximeterRules(values, days);
        saving.set(true);
        notice.set(null);
        runner.run("oximeter-rules", () -> {
            repo.saveRules(rules, user);
            return null;
        }, done -> {
            saving.set(false);
            notice.set(Notice.ok(KEY_SAVED));
            events.publish(new DataChange.DevicesChanged());
        }, error -> {
            saving.set(false);
            notice.set(OximeterFailures.notice(error));
        });
        return true;
    }

    private static Integer parse(String text) {
        String t = SheetText.halfWidth(text).strip();
        return t.matches("\\d{1,4}") ? Integer.parseInt(t) : null;
    }

    public StringProperty minimumProperty(HolderType type) {
        return minimums.get(type);
    }

    public ObjectProperty<Msg> errorProperty(HolderType type) {
        return errors.get(type);
    }

    public StringProperty returnDaysProperty() {
        return returnDays;
    }

    public ObjectProperty<Msg> returnDaysErrorProperty() {
        return returnDaysError;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
