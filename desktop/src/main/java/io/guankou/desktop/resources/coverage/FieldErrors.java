package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.transport.TransportField;
import io.guankou.model.transport.TransportProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The message at each field of a transport form: the first problem of the field, or null. */
final class FieldErrors {

    private final Map<TransportField, ObjectProperty<Msg>> byField = new EnumMap<>(TransportField.class);

    FieldErrors(TransportField... fields) {
        for (TransportField f : fields) {
            byField.put(f, new SimpleObjectProperty<>());
        }
    }

    /** Shows these problems (and clears every other field); true when there are none. */
    boolean show(List<TransportProblem> problems) {
        clear();
        for (TransportProblem p : problems) {
            ObjectProperty<Msg> at = byField.get(p.field());
            if (at != null && at.get() == null) {
                at.set(msg(p));
            }
        }
        return problems.isEmpty();
    }

    void clear() {
        byField.values().forEach(p -> p.set(null));
    }

    ReadOnlyObjectProperty<Msg> at(TransportField field) {
        ObjectProperty<Msg> p = byField.get(field);
        if (p == null) {
            throw new IllegalArgumentException("not a field of this form: " + field);
        }
        return p;
    }

    static Msg msg(TransportProblem p) {
        return new Msg(Messages.enumKey(p.kind()), p.args());
    }
}
