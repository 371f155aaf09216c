package io.guankou.model.supply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The stock list: a line for every item at every facility with a served population entered, and for every other
 * facility and item that has movements; alerts first (under the alert days, fewest days first; then below the
 * target, largest shortfall first), then the rest by facility and item.
 */
public final class SupplyReport {

    /** A facility that stocks supplies: its id, name and served population (null: not entered). */
    public record Stocker(long id, String name, Integer population) {
        public Stocker {
            Objects.requireNonNull(name, "name");
        }
    }

    static final Comparator<StockLine> ALERTS_FIRST = Comparator
            .comparing(StockLine::status)
            .thenComparingDouble(l -> l.daysOfSupply().isPresent() ? l.daysOfSupply().getAsDouble() : Double.MAX_VALUE)
            .thenComparing(Comparator.comparingInt(StockLine::shortfall).reversed())
            .thenComparing(StockLine::facilityName)
            .thenComparing(l -> l.item().kind())
            .thenComparing(l -> l.item().name());

    private SupplyReport() {
    }

    public static List<StockLine> lines(List<Stocker> facilities, List<SupplyItem> items,
                                        List<SupplyMovement> movements, SupplySettings settings, LocalDate today) {
        Map<Long, SupplyItem> itemById = new LinkedHashMap<>();
        items.forEach(i -> itemById.put(i.id(), i));
        Map<List<Long>, List<SupplyMovement>> byPair = new HashMap<>();
        for (SupplyMovement m : movements) {
            byPair.computeIfAbsent(List.of(m.facilityId(), m.itemId()), k -> new ArrayList<>()).add(m);
        }
        List<StockLine> out = new ArrayList<>();
        for (Stocker f : facilities) {
            for (SupplyItem item : itemById.values()) {
                List<SupplyMovement> ms = byPair.getOrDefault(List.of(f.id(), item.id()), List.of());
                if (f.population() == null && ms.isEmpty()) {
                    continue;
                }
                out.add(line(f, item, ms, settings, today));
            }
        }
        out.sort(ALERTS_FIRST);
        return List.copyOf(out);
    }

    static StockLine line(Stocker f, SupplyItem item, List<SupplyMovement> ms, SupplySettings settings,
                          LocalDate today) {
        int stock = SupplyRules.stock(ms);
        int issued = SupplyRules.issuedInWindow(ms, today, settings.windowDays());
        double daily = SupplyRules.dailyUse(issued, settings.windowDays());
        OptionalDouble days = SupplyRules.daysOfSupply(stock, daily);
        Integer target = f.population() == null ? null
                : SupplyRules.target(f.population(), item.perPerson(), settings, today);
        boolean raised = target != null && settings.festivalRaised(today);
        return new StockLine(f.id(), f.name(), item, stock, issued, daily, days, target, raised,
                SupplyRules.status(stock, days, target, settings));
    }

    /** How many lines are in each status. */
    public static Map<SupplyStatus, Integer> counts(List<StockLine> lines) {
        Map<SupplyStatus, Integer> m = new java.util.EnumMap<>(SupplyStatus.class);
        for (SupplyStatus s : SupplyStatus.values()) {
            m.put(s, 0);
        }
        lines.forEach(l -> m.merge(l.status(), 1, Integer::sum));
        return m;
    }
}
