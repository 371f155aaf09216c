package io.guankou.model.sheet;

import java.util.Objects;

/**
 * The outcome of reading one cell: a value, blank (nothing given, or a word meaning "unknown"), or a problem.
 *
 * @param value   the value, {@code null} when blank or on a problem
 * @param problem why the cell could not be read, {@code null} if it could
 * @param input   the cell as given (for messages)
 */
public record Parsed<T>(T value, ValueProblem problem, String input) {

    public Parsed {
        if (value != null && problem != null) {
            throw new IllegalArgumentException("a value and a problem");
        }
    }

    public static <T> Parsed<T> of(T value, String input) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null, input);
    }

    public static <T> Parsed<T> blank(String input) {
        return new Parsed<>(null, null, input);
    }

    public static <T> Parsed<T> failed(ValueProblem problem, String input) {
        return new Parsed<>(null, Objects.requireNonNull(problem, "problem"), input);
    }

    /** A value or blank: nothing to report. */
    public boolean isOk() {
        return problem == null;
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean isBlank() {
        return value == null && problem == null;
    }

    /** The value, or {@code fallback} when blank or on a problem. */
    public T orElse(T fallback) {
        return value != null ? value : fallback;
    }
}
