package io.guankou.model.oximeter;

import io.guankou.model.sheet.SheetText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serial numbers as the office enters a delivery: a range ({@code OX-000101} to {@code OX-000150}) or serials typed
 * or scanned one after another. Full-width characters become half-width and letters upper case, so the same device
 * typed twice is the same serial.
 */
public final class SerialInput {

    public static final int MAX_LENGTH = 60;
    /** A range longer than this is a typing slip (a digit too many), not a delivery. */
    public static final int MAX_RANGE = 2000;

    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)(\\d+)$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;\u3001]+");

    /** What is wrong with the input; {@code offending} names the serial (or range end) concerned. */
    public enum Problem {
        EMPTY, TOO_LONG, BAD_CHARACTER, DUPLICATE, RANGE_NO_NUMBER, RANGE_PREFIX_DIFFERS, RANGE_BACKWARDS,
        RANGE_TOO_LARGE
    }

    /** The serials read, or the first problem and the text it concerns. */
    public record Result(List<String> serials, Problem problem, String offending) {
        public Result {
            serials = List.copyOf(serials);
        }

        static Result ok(List<String> serials) {
            return new Result(serials, null, null);
        }

        static Result problem(Problem p, String offending) {
            return new Result(List.of(), p, offending);
        }

        public boolean isOk() {
            return problem == null;
        }
    }

    private SerialInput() {
    }

    /** Half-width, without surrounding space, upper case. */
    public static String normalise(String raw) {
        return SheetText.halfWidth(Objects.requireNonNullElse(raw, "")).strip().toUpperCase(Locale.ROOT);
    }

    /** The problem with one (normalised) serial, or null. */
    public static Problem check(String serial) {
        if (serial.isEmpty()) {
            return Problem.EMPTY;
        }
        if (serial.length() > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        return ALLOWED.matcher(serial).matches() ? null : Problem.BAD_CHARACTER;
    }

    /** Serials separated by white space, commas, semicolons or the ideographic comma; a repeat is a problem. */
    public static Result typed(String text) {
        Set<String> seen = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(SheetText.halfWidth(Objects.requireNonNullElse(text, "")))) {
            String s = normalise(part);
            if (s.isEmpty()) {
                continue;
            }
            Problem p = check(s);
            if (p != null) {
                return Result.problem(p, s);
            }
            if (!seen.add(s)) {
                return Result.problem(Problem.DUPLICATE, s);
            }
        }
        if (seen.isEmpty()) {
            return Result.problem(Problem.EMPTY, "");
        }
        return Result.ok(new ArrayList<>(seen));
    }

    /**
     * Every serial from {@code from} to {@code to}: both end in a number, with the same text before it; the numbers
     * keep the width of {@code from} ({@code OX-0098} to {@code OX-0102}).
     */
    public static Result range(String fromText, String toText) {
        String from = normalise(fromText);
        String to = normalise(toText);
        for (String s : List.of(from, to)) {
            Problem p = check(s);
            if (p != null) {
                return Result.problem(p, s);
            }
        }
        Matcher a = TRAILING_DIGITS.matcher(from);
        Matcher b = TRAILING_DIGITS.matcher(to);
        if (!a.matches()) {
            return Result.problem(Problem.RANGE_NO_NUMBER, from);
        }
        if (!b.matches()) {
            return Result.problem(Problem.RANGE_NO_NUMBER, to);
        }
        if (!a.group(1).equals(b.group(1))) {
            return Result.problem(Problem.RANGE_PREFIX_DIFFERS, to);
        }
        if (a.group(2).length() > 18 || b.group(2).length() > 18) {
            return Result.problem(Problem.RANGE_TOO_LARGE, to);
        }
        long start = Long.parseLong(a.group(2));
        long end = Long.parseLong(b.group(2));
        if (end < start) {
            return Result.problem(Problem.RANGE_BACKWARDS, to);
        }
        if (end - start + 1 > MAX_RANGE) {
            return Result.problem(Problem.RANGE_TOO_LARGE, to);
        }
        int width = a.group(2).length();
        String prefix = a.group(1);
        List<String> out = new ArrayList<>();
        for (long k = start; k <= end; k++) {
            String serial = prefix + String.format(Locale.ROOT, "%0" + width + "d", k);
            if (serial.length() > MAX_LENGTH) {
                return Result.problem(Problem.TOO_LONG, serial);
            }
            out.add(serial);
        }
        return Result.ok(out);
    }
}
