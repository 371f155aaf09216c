package io.guankou.persistence.supply;

import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplySettings;
import java.time.LocalDate;
import java.util.List;

/**
 * The supplies as read in one transaction: every live facility (health centres first) with its served population,
 * the items, the settings, and the stock lines of {@link SupplyReport} for {@code today}, alerts first.
 */
public record SupplyOverview(LocalDate today, List<SupplyReport.Stocker> facilities, List<SupplyItem> items,
                             SupplySettings settings, List<StockLine> lines) {

    public SupplyOverview {
        facilities = List.copyOf(facilities);
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }
}
