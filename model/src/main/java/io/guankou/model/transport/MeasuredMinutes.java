package io.guankou.model.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A travel time measured for a village (from a real call or a test drive), as typed: whole minutes 1 to
 * {@value #MAX}; blank removes it, so the estimate counts again.
 */
public record MeasuredMinutes(Integer minutes, TransportProblem problem) {

    public static final int MAX = 600;

    public static MeasuredMinutes parse(String text) {
        if (Numbers.normalize(text == null ? "" : text).isEmpty()) {
            return new MeasuredMinutes(null, null);
        }
        List<TransportProblem> out = new ArrayList<>();
        Optional<Integer> v = Numbers.whole(text, 1, MAX, TransportField.MEASURED_MINUTES, out);
        return v.map(m -> new MeasuredMinutes(m, null)).orElseGet(() -> new MeasuredMinutes(null, out.get(0)));
    }

    public boolean ok() {
        return problem == null;
    }
}
