package io.guankou.model.sheet;

import io.guankou.model.person.Control;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Vaccination;
import java.util.Map;
import java.util.Objects;

/**
 * A column whose header asks a yes/no question about an enumerated field ("infected?", "bedridden?"): what a yes
 * and what a no answer mean for that field. {@code null} for an answer that says nothing certain (no to
 * "bedridden?" may be normal or disabled); such an answer is not given. Written as {@code COLUMN.YES.NO} with
 * {@code -} for nothing, as in {@code header-synonyms.txt} and the stored column mapping.
 */
public record YesNoQuestion(LedgerColumn column, Enum<?> yes, Enum<?> no) {

    private static final Map<LedgerColumn, Class<? extends Enum<?>>> FIELDS = Map.of(
            LedgerColumn.INFECTION, InfectionState.class,
            LedgerColumn.MOBILITY, Mobility.class,
            LedgerColumn.VACCINATION, Vaccination.class,
            LedgerColumn.COMORBIDITY_CONTROL, Control.class,
            LedgerColumn.LIVING_SITUATION, LivingSituation.class);
    private static final String NOTHING = "-";

    public YesNoQuestion {
        Objects.requireNonNull(column, "column");
        Class<? extends Enum<?>> type = FIELDS.get(column);
        if (type == null) {
            throw new IllegalArgumentException("no yes/no question for " + column);
        }
        if (yes == null && no == null) {
            throw new IllegalArgumentException("a question whose answers say nothing: " + column);
        }
        if (yes != null && !type.isInstance(yes) || no != null && !type.isInstance(no)) {
            throw new IllegalArgumentException("answers of " + column + " must be " + type.getSimpleName());
        }
    }

    /** Whether a column's header can be a question here. */
    public static boolean asks(LedgerColumn column) {
        return FIELDS.containsKey(column);
    }

    /**
     * Reads {@code COLUMN.YES.NO} ({@code INFECTION.INFECTED.NEVER}, {@code MOBILITY.BEDRIDDEN.-}).
     *
     * @throws IllegalArgumentException if the text is not of that shape or names unknown constants
     */
    public static YesNoQuestion parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not COLUMN.YES.NO: " + text);
        }
        LedgerColumn column = LedgerColumn.valueOf(parts[0].strip());
        Class<? extends Enum<?>> type = FIELDS.get(column);
        if (type == null) {
            throw new IllegalArgumentException("no yes/no question for " + column);
        }
        return new YesNoQuestion(column, state(type, parts[1]), state(type, parts[2]));
    }

    /** The text {@link #parse} reads. */
    public String code() {
        return column.name() + "." + name(yes) + "." + name(no);
    }

    /** The state an answer gives, {@code null} if it says nothing certain. */
    public Enum<?> answer(boolean yesAnswer) {
        return yesAnswer ? yes : no;
    }

    private static Enum<?> state(Class<? extends Enum<?>> type, String name) {
        String n = name.strip();
        if (n.equals(NOTHING)) {
            return null;
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(n)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " " + n);
    }

    private static String name(Enum<?> e) {
        return e == null ? NOTHING : e.name();
    }
}
