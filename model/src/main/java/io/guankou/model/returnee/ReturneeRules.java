package io.guankou.model.returnee;

import io.guankou.model.sheet.SheetText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The returnee register's rules: a name (at most {@value #MAX_NAME}), a phone when given (7–20 digits, spaces or
 * dashes), a village of the ledger, a household of that village or an address when the household is not in the
 * ledger, an arrival day not after today, where from (at most {@value #MAX_FROM}). And the list's order: "households
 * with a returnee and a red person first", then those still without the clinic's number or the advice, then the
 * latest arrivals.
 */
public final class ReturneeRules {

    public static final int MAX_NAME = 50;
    public static final int MAX_FROM = 100;
    public static final int MAX_ADDRESS = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{6,19}");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private ReturneeRules() {
    }

    /** The problems of an edit; {@code households} maps each live household id to its village id. */
    public static List<ReturneeProblem> check(ReturneeEdit e, Collection<Long> villages, Map<Long, Long> households,
                                              LocalDate today) {
        List<ReturneeProblem> out = new ArrayList<>();
        String name = text(e.name());
        if (name.isEmpty()) {
            out.add(ReturneeProblem.of(ReturneeField.NAME, ReturneeProblem.Kind.REQUIRED));
        } else if (name.length() > MAX_NAME) {
            out.add(ReturneeProblem.of(ReturneeField.NAME, ReturneeProblem.Kind.TOO_LONG, MAX_NAME));
        }
        String phone = text(e.phone());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            out.add(ReturneeProblem.of(ReturneeField.PHONE, ReturneeProblem.Kind.BAD_PHONE));
        }
        if (e.villageId() == null) {
            out.add(ReturneeProblem.of(ReturneeField.VILLAGE, ReturneeProblem.Kind.REQUIRED));
        } else if (!villages.contains(e.villageId())) {
            out.add(ReturneeProblem.of(ReturneeField.VILLAGE, ReturneeProblem.Kind.UNKNOWN));
        }
        if (e.householdId() != null) {
            Long v = households.get(e.householdId());
            if (v == null || !v.equals(e.villageId())) {
                out.add(ReturneeProblem.of(ReturneeField.HOUSEHOLD, ReturneeProblem.Kind.UNKNOWN));
            }
        } else if (text(e.address()).isEmpty()) {
            out.add(ReturneeProblem.of(ReturneeField.ADDRESS, ReturneeProblem.Kind.REQUIRED));
        }
        if (text(e.address()).length() > MAX_ADDRESS) {
            out.add(ReturneeProblem.of(ReturneeField.ADDRESS, ReturneeProblem.Kind.TOO_LONG, MAX_ADDRESS));
        }
        date(e.arrival(), out).ifPresent(d -> {
            if (d.isAfter(today)) {
                out.add(ReturneeProblem.of(ReturneeField.ARRIVAL, ReturneeProblem.Kind.FUTURE_DATE));
            }
        });
        String from = text(e.from());
        if (from.isEmpty()) {
            out.add(ReturneeProblem.of(ReturneeField.FROM, ReturneeProblem.Kind.REQUIRED));
        } else if (from.length() > MAX_FROM) {
            out.add(ReturneeProblem.of(ReturneeField.FROM, ReturneeProblem.Kind.TOO_LONG, MAX_FROM));
        }
        return out;
    }

    /** The arrival day of an edit that {@link #check} passed. */
    public static LocalDate arrival(ReturneeEdit e) {
        return date(e.arrival(), new ArrayList<>()).orElseThrow();
    }

    /** Text as stored: full-width letters and digits as ASCII, stripped. */
    public static String text(String s) {
        return s == null ? "" : SheetText.halfWidth(s).strip();
    }

    private static Optional<LocalDate> date(String typed, List<ReturneeProblem> out) {
        String t = text(typed);
        if (t.isEmpty()) {
            out.add(ReturneeProblem.of(ReturneeField.ARRIVAL, ReturneeProblem.Kind.REQUIRED));
            return Optional.empty();
        }
        try {
            Matcher m = DAY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (t.matches("\\d{8}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(t.substring(0, 4)),
                        Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6))));
            }
        } catch (DateTimeException e) {
            // refused below
        }
        out.add(ReturneeProblem.of(ReturneeField.ARRIVAL, ReturneeProblem.Kind.BAD_DATE));
        return Optional.empty();
    }

    /** A returnee with the household joined (null: not in the ledger). */
    public record Line(Returnee returnee, HouseholdRef household) {

        public boolean redInHousehold() {
            return household != null && household.hasRed();
        }

        public boolean followUpDue() {
            return !returnee.clinicNumberGiven() || !returnee.adviceGiven();
        }
    }

    static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> !l.redInHousehold())
            .thenComparing(l -> !l.followUpDue())
            .thenComparing(l -> l.returnee().arrival(), Comparator.reverseOrder())
            .thenComparingLong(l -> l.returnee().id());

    /** The list: households with a red person first, then those without the number or advice, latest arrivals first. */
    public static List<Line> list(List<Returnee> returnees, Map<Long, HouseholdRef> households) {
        return returnees.stream().map(r -> new Line(r, r.householdId() == null ? null
                : households.get(r.householdId()))).sorted(ORDER).toList();
    }
}
