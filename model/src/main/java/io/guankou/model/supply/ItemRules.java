package io.guankou.model.supply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an item must be: a kind, a name of at most {@value #MAX_NAME} characters that no other item of its kind has
 * (blanks and full-width letters aside), a unit of at most {@value #MAX_UNIT}, and 1 to {@value #MAX_PER_PERSON}
 * units per person.
 */
public final class ItemRules {

    public static final int MAX_NAME = 60;
    public static final int MAX_UNIT = 10;
    public static final int MAX_PER_PERSON = 50;

    private ItemRules() {
    }

    public static List<SupplyProblem> check(ItemEdit e, Collection<SupplyItem> others) {
        List<SupplyProblem> out = new ArrayList<>();
        if (e.kind() == null) {
            out.add(SupplyProblem.of(SupplyField.KIND, SupplyProblem.Kind.REQUIRED));
        }
        String name = text(e.name());
        if (name.isEmpty()) {
            out.add(SupplyProblem.of(SupplyField.NAME, SupplyProblem.Kind.REQUIRED));
        } else if (name.length() > MAX_NAME) {
            out.add(SupplyProblem.of(SupplyField.NAME, SupplyProblem.Kind.TOO_LONG, MAX_NAME));
        } else if (others.stream().anyMatch(o -> o.id() != e.id() && o.kind() == e.kind()
                && key(o.name()).equals(key(name)))) {
            out.add(SupplyProblem.of(SupplyField.NAME, SupplyProblem.Kind.DUPLICATE_NAME));
        }
        String unit = text(e.unit());
        if (unit.isEmpty()) {
            out.add(SupplyProblem.of(SupplyField.UNIT, SupplyProblem.Kind.REQUIRED));
        } else if (unit.length() > MAX_UNIT) {
            out.add(SupplyProblem.of(SupplyField.UNIT, SupplyProblem.Kind.TOO_LONG, MAX_UNIT));
        }
        SupplyInput.whole(e.perPerson(), 1, MAX_PER_PERSON, SupplyField.PER_PERSON, out);
        return out;
    }

    /** The name or unit as stored: stripped, full-width letters and digits as ASCII. */
    public static String text(String s) {
        return SupplyInput.normalize(s);
    }

    public static int perPerson(ItemEdit e) {
        return SupplyInput.whole(e.perPerson(), 1, MAX_PER_PERSON, SupplyField.PER_PERSON, new ArrayList<>())
                .orElseThrow();
    }

    private static String key(String name) {
        return text(name).replaceAll("\\s+", "");
    }
}
