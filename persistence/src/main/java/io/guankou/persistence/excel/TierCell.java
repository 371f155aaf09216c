package io.guankou.persistence.excel;

import io.guankou.model.person.Tier;
import java.util.Objects;

/** A cell of a {@link XlsxColumn.Kind#TIER} column: {@code text} (the translated tier label) on the tier's colour. */
public record TierCell(Tier tier, String text) {

    public TierCell {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(text, "text");
    }
}
