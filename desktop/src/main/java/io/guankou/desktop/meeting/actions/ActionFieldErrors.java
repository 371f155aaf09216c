package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The message at each field of an action form: the first problem of the field, or null. */
final class ActionFieldErrors {

    private final Map<ActionField, ObjectProperty<Msg>> byField = new EnumMap<>(ActionField.class);

    ActionFieldErrors(ActionField... fields) {
        for (ActionField f : fields) {
            byField.put(f, new SimpleObjectProperty<>());
        }
    }

    /**
     * Shows these problems (and clears every other field); true when there are none. A problem at a field this
     * form does not have is shown at {@code fallback}.
     */
    boolean show(List<ActionProblem> problems, ActionField fallback) {
        clear();
        for (ActionProblem p : problems) {
            ObjectProperty<Msg> at = byField.getOrDefault(p.field(), byField.get(fallback));
            if (at.get() == null) {
                at.set(new Msg(Messages.enumKey(p.kind()), p.args()));
            }
        }
        return problems.isEmpty();
    }

    void clear() {
        byField.values().forEach(p -> p.set(null));
    }

    ReadOnlyObjectProperty<Msg> at(ActionField field) {
        ObjectProperty<Msg> p = byField.get(field);
        if (p == null) {
            throw new IllegalArgumentException("not a field of this form: " + field);
        }
        return p;
    }
}
