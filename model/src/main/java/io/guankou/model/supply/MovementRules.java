package io.guankou.model.supply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a receipt or issue must be: a facility and an item still in the ledger, a whole quantity of 1 to
 * {@value #MAX_QUANTITY}, a day not after today, a note of at most {@value #MAX_NOTE} characters; and an issue may not
 * take more than is in stock (the stock never goes below zero).
 */
public final class MovementRules {

    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_NOTE = 200;

    private MovementRules() {
    }

    /**
     * The problems of the edit; {@code stock} is the facility's stock of the item now, {@code unit} the item's unit.
     */
    public static List<SupplyProblem> check(MovementEdit e, Collection<Long> facilities, Collection<Long> items,
                                            int stock, String unit, LocalDate today) {
        List<SupplyProblem> out = new ArrayList<>();
        if (e.facilityId() == null) {
            out.add(SupplyProblem.of(SupplyField.FACILITY, SupplyProblem.Kind.REQUIRED));
        } else if (!facilities.contains(e.facilityId())) {
            out.add(SupplyProblem.of(SupplyField.FACILITY, SupplyProblem.Kind.UNKNOWN));
        }
        if (e.itemId() == null) {
            out.add(SupplyProblem.of(SupplyField.ITEM, SupplyProblem.Kind.REQUIRED));
        } else if (!items.contains(e.itemId())) {
            out.add(SupplyProblem.of(SupplyField.ITEM, SupplyProblem.Kind.UNKNOWN));
        }
        if (e.kind() == null) {
            out.add(SupplyProblem.of(SupplyField.KIND, SupplyProblem.Kind.REQUIRED));
        }
        Optional<Integer> q = SupplyInput.whole(e.quantity(), 1, MAX_QUANTITY, SupplyField.QUANTITY, out);
        if (q.isPresent() && e.kind() == MovementKind.ISSUE && q.get() > stock) {
            out.add(SupplyProblem.of(SupplyField.QUANTITY, SupplyProblem.Kind.MORE_THAN_STOCK, Math.max(0, stock),
                    unit == null ? "" : unit));
        }
        SupplyInput.date(e.date(), SupplyField.DATE, out).ifPresent(d -> {
            if (d.isAfter(today)) {
                out.add(SupplyProblem.of(SupplyField.DATE, SupplyProblem.Kind.FUTURE_DATE));
            }
        });
        if (e.note() != null && e.note().strip().length() > MAX_NOTE) {
            out.add(SupplyProblem.of(SupplyField.NOTE, SupplyProblem.Kind.TOO_LONG, MAX_NOTE));
        }
        return out;
    }

    /** The movement of an edit that {@link #check} passed. */
    public static SupplyMovement movement(MovementEdit e) {
        List<SupplyProblem> ignored = new ArrayList<>();
        int q = SupplyInput.whole(e.quantity(), 1, MAX_QUANTITY, SupplyField.QUANTITY, ignored).orElseThrow();
        LocalDate d = SupplyInput.date(e.date(), SupplyField.DATE, ignored).orElseThrow();
        return new SupplyMovement(e.facilityId(), e.itemId(), e.kind(), q, d);
    }

    /** The note as stored: stripped, null when blank. */
    public static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
