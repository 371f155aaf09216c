package io.guankou.model.sheet;

import io.guankou.model.person.Control;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The enumerated columns, whose values the parser may not recognise and the user then maps
 * ({@link ValueMapping}), and what each offers: the field's values, yes/no for the yes/no columns, the three tiers.
 * Every one of them also offers {@link ValueAnswer#LEAVE_EMPTY}: none of these fields is required, a cell taken as
 * blank is not given (the sex then comes from the resident ID, the sheet tier is not compared).
 */
public final class ValueOptions {

    private static final Map<LedgerColumn, List<Enum<?>>> OPTIONS = options();

    private ValueOptions() {
    }

    private static Map<LedgerColumn, List<Enum<?>>> options() {
        Map<LedgerColumn, List<Enum<?>>> m = new EnumMap<>(LedgerColumn.class);
        m.put(LedgerColumn.SEX, List.of(Sex.values()));
        m.put(LedgerColumn.LIVING_SITUATION, List.of(LivingSituation.values()));
        m.put(LedgerColumn.MOBILITY, List.of(Mobility.values()));
        m.put(LedgerColumn.COMORBIDITY_CONTROL, List.of(Control.values()));
        m.put(LedgerColumn.VACCINATION, List.of(Vaccination.values()));
        m.put(LedgerColumn.INFECTION, List.of(InfectionState.values()));
        m.put(LedgerColumn.PREGNANT, List.of(YesNo.values()));
        m.put(LedgerColumn.FAMILY_DOCTOR_CONTRACT, List.of(YesNo.values()));
        m.put(LedgerColumn.OXIMETER, List.of(YesNo.values()));
        m.put(LedgerColumn.HEALTH_PACK, List.of(YesNo.values()));
        m.put(LedgerColumn.TIER, List.of(Tier.values()));
        return Collections.unmodifiableMap(m);
    }

    /** Whether the column's unrecognised values are asked for. */
    public static boolean maps(LedgerColumn column) {
        return OPTIONS.containsKey(column);
    }

    /**
     * The values offered for the column, in the enum's order, without {@link ValueAnswer#LEAVE_EMPTY}.
     *
     * @throws IllegalArgumentException for a column that is not enumerated
     */
    public static List<Enum<?>> of(LedgerColumn column) {
        List<Enum<?>> o = OPTIONS.get(column);
        if (o == null) {
            throw new IllegalArgumentException("no values to map for " + column);
        }
        return o;
    }

    /** Whether the column offers the answer. */
    public static boolean offers(LedgerColumn column, ValueAnswer answer) {
        return maps(column) && (answer.isEmpty() || of(column).contains(answer.value()));
    }

    /**
     * The answer written as {@link ValueAnswer#code()} (any case).
     *
     * @throws IllegalArgumentException if the column does not offer it
     */
    public static ValueAnswer parse(LedgerColumn column, String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals(ValueAnswer.EMPTY_CODE)) {
            of(column);
            return ValueAnswer.LEAVE_EMPTY;
        }
        for (Enum<?> e : of(column)) {
            if (e.name().equals(c)) {
                return ValueAnswer.of(e);
            }
        }
        throw new IllegalArgumentException(code + " is none of " + codes(column));
    }

    /** Every answer the column offers: its values ({@link #of}), then {@link ValueAnswer#LEAVE_EMPTY}. */
    public static List<ValueAnswer> answers(LedgerColumn column) {
        List<ValueAnswer> out = new ArrayList<>();
        of(column).forEach(e -> out.add(ValueAnswer.of(e)));
        out.add(ValueAnswer.LEAVE_EMPTY);
        return List.copyOf(out);
    }

    /** The codes a mapping file may give for the column, {@link ValueAnswer#EMPTY_CODE} last. */
    public static List<String> codes(LedgerColumn column) {
        return answers(column).stream().map(ValueAnswer::code).toList();
    }
}
