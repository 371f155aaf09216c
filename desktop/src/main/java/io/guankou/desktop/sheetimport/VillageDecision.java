package io.guankou.desktop.sheetimport;

import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sheet.VillageChoice;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What the user decides for one village the sheet names and the ledger does not have. */
public final class VillageDecision {

    /** The three answers the preview offers. */
    public enum Kind {
        /** Create the village with the sheet's name. */
        CREATE,
        /** The sheet means an existing village: {@link #mapToProperty()}. */
        MAP,
        /** Do not import its rows (they stay rejected). */
        SKIP
    }

    private final UnknownVillage village;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> mapTo = new SimpleObjectProperty<>();

    VillageDecision(UnknownVillage village, Kind initial) {
        this.village = village;
        this.kind.set(initial);
    }

    public UnknownVillage village() {
        return village;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The existing village's id when {@link Kind#MAP}; until one is picked the rows stay rejected. */
    public ObjectProperty<Long> mapToProperty() {
        return mapTo;
    }

    /** The choice for {@link io.guankou.model.sheet.ImportChoices}, empty when the rows stay rejected. */
    public Optional<VillageChoice> choice() {
        Kind k = kind.get();
        if (k == Kind.CREATE) {
            return Optional.of(VillageChoice.create());
        }
        if (k == Kind.MAP && mapTo.get() != null && mapTo.get() > 0) {
            return Optional.of(VillageChoice.mapTo(mapTo.get()));
        }
        return Optional.empty();
    }
}
