package io.guankou.model.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A facility's served population as typed: blank (not entered) or a whole number of 1 to {@value #MAX}. */
public record PopulationInput(Integer population, SupplyProblem problem) {

    public static final int MAX = 5_000_000;

    public static PopulationInput parse(String typed) {
        if (SupplyInput.normalize(typed).isEmpty()) {
            return new PopulationInput(null, null);
        }
        List<SupplyProblem> out = new ArrayList<>();
        Optional<Integer> v = SupplyInput.whole(typed, 1, MAX, SupplyField.POPULATION, out);
        return new PopulationInput(v.orElse(null), out.isEmpty() ? null : out.get(0));
    }

    public boolean ok() {
        return problem == null;
    }
}
