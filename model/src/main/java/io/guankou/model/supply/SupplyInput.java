package io.guankou.model.supply;

import io.guankou.model.sheet.SheetText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole numbers and dates as typed into the supplies forms (full-width digits read as ASCII). */
public final class SupplyInput {

    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private SupplyInput() {
    }

    static String normalize(String text) {
        return text == null ? "" : SheetText.halfWidth(text).strip();
    }

    /** A whole number in [min, max]; a problem at {@code field} otherwise (blank is REQUIRED). */
    public static Optional<Integer> whole(String text, int min, int max, SupplyField field, List<SupplyProblem> out) {
        String t = normalize(text);
        if (t.isEmpty()) {
            out.add(SupplyProblem.of(field, SupplyProblem.Kind.REQUIRED));
            return Optional.empty();
        }
        if (!t.matches("\\d{1,9}")) {
            out.add(SupplyProblem.of(field, SupplyProblem.Kind.NOT_A_NUMBER));
            return Optional.empty();
        }
        long v = Long.parseLong(t);
        if (v < min || v > max) {
            out.add(SupplyProblem.of(field, SupplyProblem.Kind.OUT_OF_RANGE, min, max));
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    /** A day (2026-11-20, 2026/11/20, 20261120); blank is REQUIRED. */
    public static Optional<LocalDate> date(String text, SupplyField field, List<SupplyProblem> out) {
        String t = normalize(text);
        if (t.isEmpty()) {
            out.add(SupplyProblem.of(field, SupplyProblem.Kind.REQUIRED));
            return Optional.empty();
        }
        try {
            Matcher m = DAY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (t.matches("\\d{8}")) {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern("uuuuMMdd")
                        .withResolverStyle(ResolverStyle.STRICT)));
            }
        } catch (java.time.DateTimeException e) {
            // refused below
        }
        out.add(SupplyProblem.of(field, SupplyProblem.Kind.BAD_DATE));
        return Optional.empty();
    }
}
