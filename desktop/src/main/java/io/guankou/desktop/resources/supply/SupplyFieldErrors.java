package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The message at each field of a supplies form: the first problem of the field, or null. */
final class SupplyFieldErrors {

    private final Map<SupplyField, ObjectProperty<Msg>> byField = new EnumMap<>(SupplyField.class);

    SupplyFieldErrors(SupplyField... fields) {
        for (SupplyField f : fields) {
            byField.put(f, new SimpleObjectProperty<>());
        }
    }

    /** Shows these problems (and clears every other field); true when there are none. */
    boolean show(List<SupplyProblem> problems) {
        clear();
        for (SupplyProblem p : problems) {
            ObjectProperty<Msg> at = byField.get(p.field());
            if (at != null && at.get() == null) {
                at.set(new Msg(Messages.enumKey(p.kind()), p.args()));
            }
        }
        return problems.isEmpty();
    }

    void clear() {
        byField.values().forEach(p -> p.set(null));
    }

    ReadOnlyObjectProperty<Msg> at(SupplyField field) {
        ObjectProperty<Msg> p = byField.get(field);
        if (p == null) {
            throw new IllegalArgumentException("not a field of this form: " + field);
        }
        return p;
    }
}
