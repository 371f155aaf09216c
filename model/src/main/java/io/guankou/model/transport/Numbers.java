package io.guankou.model.transport;

import io.guankou.model.sheet.SheetText;
import java.util.List;
import java.util.Optional;

/** Whole and decimal numbers as typed into the transport forms (full-width digits read as ASCII). */
final class Numbers {

    private Numbers() {
    }

    static String normalize(String text) {
        return SheetText.halfWidth(text).strip();
    }

    /** A whole number in [min, max]; a problem at {@code field} otherwise (blank is REQUIRED). */
    static Optional<Integer> whole(String text, int min, int max, TransportField field, List<TransportProblem> out) {
        String t = normalize(text);
        if (t.isEmpty()) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.REQUIRED));
            return Optional.empty();
        }
        if (!t.matches("\\d{1,6}")) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.NOT_A_NUMBER));
            return Optional.empty();
        }
        int v = Integer.parseInt(t);
        if (v < min || v > max) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.OUT_OF_RANGE, min, max));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A decimal number (at most two places) in [min, max]. */
    static Optional<Double> decimal(String text, double min, double max, TransportField field,
                                    List<TransportProblem> out) {
        String t = normalize(text);
        if (t.isEmpty()) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.REQUIRED));
            return Optional.empty();
        }
        if (!t.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.NOT_A_NUMBER));
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        if (v < min || v > max) {
            out.add(TransportProblem.of(field, TransportProblem.Kind.OUT_OF_RANGE, text(min), text(max)));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A decimal as the forms show it: no exponent, no trailing zeros. */
    static String text(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
