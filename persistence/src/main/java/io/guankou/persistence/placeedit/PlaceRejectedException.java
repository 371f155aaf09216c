package io.guankou.persistence.placeedit;

import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.persistence.DatabaseException;
import java.util.List;
import java.util.stream.Collectors;

/** A place the rules of {@code model.place.rules} refused; nothing was stored. The detail names the fields. */
public final class PlaceRejectedException extends DatabaseException {

    private final transient List<PlaceProblem> problems;

    public PlaceRejectedException(List<PlaceProblem> problems) {
        super(Reason.INVALID_PLACE, fields(problems), "place refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PlaceProblem> problems() {
        return problems;
    }

    private static String fields(List<PlaceProblem> problems) {
        return problems.stream().map(p -> p.field().name()).distinct().collect(Collectors.joining(", "));
    }
}
