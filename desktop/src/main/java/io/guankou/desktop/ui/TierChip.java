package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.person.Tier;
import java.util.Locale;
import javafx.scene.control.Label;

/** A tier as a coloured chip (red / yellow / green), with a marker when a clinician overrode it. */
public final class TierChip {

    private TierChip() {
    }

    public static Label create(Messages messages, Tier tier, boolean overridden) {
        Label chip = new Label();
        update(chip, messages, tier, overridden);
        return chip;
    }

    public static void update(Label chip, Messages messages, Tier tier, boolean overridden) {
        chip.getStyleClass().removeIf(c -> c.startsWith("tier-"));
        chip.getStyleClass().addAll("tier-chip", "tier-" + tier.name().toLowerCase(Locale.ROOT));
        String text = messages.label(tier);
        chip.setText(overridden ? text + " " + messages.get("ledger.overrideMarker") : text);
    }
}
