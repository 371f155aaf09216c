package io.guankou.model.supply;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The stock rules of DOMAIN.md §7 as pure functions:
 * <ul>
 * <li>stock = receipts − issues, over every movement recorded (a number is never typed over);</li>
 * <li>recent daily use = units issued on the {@code windowDays} full days before today ÷ {@code windowDays}
 * (today is left out: its issues are still being recorded);</li>
 * <li>days of supply = stock ÷ recent daily use; none when nothing was issued in the window;</li>
 * <li>target = ⌈served population × target% ⌉ persons × units per person; from the lead days before Spring
 * Festival through the Lantern Festival it is raised by the festival %, rounded up;</li>
 * <li>status: under the alert days (14) first, then below the target, else OK.</li>
 * </ul>
 */
public final class SupplyRules {

    private SupplyRules() {
    }

    /** The stock the movements leave: receipts added, issues taken away. */
    public static int stock(Collection<SupplyMovement> movements) {
        return movements.stream().mapToInt(SupplyMovement::signedQuantity).sum();
    }

    /** Units issued on the {@code windowDays} days before {@code today} (today itself not counted). */
    public static int issuedInWindow(Collection<SupplyMovement> movements, LocalDate today, int windowDays) {
        LocalDate first = today.minusDays(windowDays);
        return movements.stream().filter(m -> m.kind() == MovementKind.ISSUE)
                .filter(m -> !m.onDate().isBefore(first) && m.onDate().isBefore(today))
                .mapToInt(SupplyMovement::quantity).sum();
    }

    /** Average units issued a day over the window. */
    public static double dailyUse(int issuedInWindow, int windowDays) {
        return (double) issuedInWindow / windowDays;
    }

    /** Days the stock lasts at this daily use; empty when there is no recent use. Never negative. */
    public static OptionalDouble daysOfSupply(int stock, double dailyUse) {
        if (dailyUse <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, stock) / dailyUse);
    }

    /** The ordinary target: the persons to cover (population × percent, rounded up) times the units per person. */
    public static int baseTarget(int population, int perPerson, SupplySettings settings) {
        long persons = ceilDiv((long) population * settings.targetPercent(), 100);
        return (int) (persons * perPerson);
    }

    /** The target on {@code today}: the base target, raised by the festival percent (rounded up) around Spring Festival. */
    public static int target(int population, int perPerson, SupplySettings settings, LocalDate today) {
        int base = baseTarget(population, perPerson, settings);
        if (!settings.festivalRaised(today)) {
            return base;
        }
        return (int) ceilDiv((long) base * (100 + settings.festivalRaisePercent()), 100);
    }

    /** Under the alert days when the recent use empties the stock sooner; else below target; else OK. */
    public static SupplyStatus status(int stock, OptionalDouble daysOfSupply, Integer target, SupplySettings settings) {
        if (daysOfSupply.isPresent() && daysOfSupply.getAsDouble() < settings.alertDays()) {
            return SupplyStatus.UNDER_ALERT_DAYS;
        }
        if (target != null && stock < target) {
            return SupplyStatus.BELOW_TARGET;
        }
        return SupplyStatus.OK;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
