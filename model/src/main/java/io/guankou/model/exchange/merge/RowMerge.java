package io.guankou.model.exchange.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The row rules of the three-way merge (docs/decisions/0007-package-merge.md): every field by {@link FieldMerge},
 * derived fields by {@link FieldMerge#derived}, and the tombstone ({@link #DELETED}) with two more rules: a removal
 * on one side against an edit of another field on the other side is a conflict, {@link ConflictKind#REMOVED_THERE}
 * when the sender removed the row and this ledger edited it, {@link ConflictKind#REMOVED_HERE} the other way round.
 * In either case the row stays as this ledger has it until a person chooses; the other fields merge as usual.
 */
public final class RowMerge {

    /** The tombstone column, merged like a field. */
    public static final String DELETED = "deleted";

    private RowMerge() {
    }

    /**
     * @param localDeleted whether this ledger holds the row as removed
     * @param incomingDeleted whether the package carries it as removed
     * @param fields every data field and {@link #DELETED}
     * @param derived the names of the derived fields among them (never a conflict)
     */
    public static RowDecision decide(boolean localDeleted, boolean incomingDeleted, List<FieldSides> fields,
                                     Set<String> derived) {
        Map<String, FieldMerge> decisions = new LinkedHashMap<>();
        List<RowConflict> conflicts = new ArrayList<>();
        boolean localEdits = false;
        boolean incomingEdits = false;
        FieldSides deletion = null;
        for (FieldSides f : fields) {
            if (f.field().equals(DELETED)) {
                deletion = f;
                continue;
            }
            if (derived.contains(f.field())) {
                decisions.put(f.field(), FieldMerge.derived(f.incomingChanged(), f.sameValue()));
                continue;
            }
            FieldMerge m = FieldMerge.of(f.incomingChanged(), f.localUnseen(), f.sameValue());
            decisions.put(f.field(), m);
            if (m == FieldMerge.CONFLICT) {
                conflicts.add(new RowConflict(f.field(), ConflictKind.FIELD));
            }
            localEdits |= f.localUnseen() && !f.sameValue();
            incomingEdits |= f.incomingChanged() && !f.sameValue();
        }
        if (deletion != null) {
            FieldMerge d = FieldMerge.of(deletion.incomingChanged(), deletion.localUnseen(), deletion.sameValue());
            ConflictKind kind = null;
            if (d == FieldMerge.CONFLICT) {
                kind = localDeleted ? ConflictKind.REMOVED_HERE : ConflictKind.REMOVED_THERE;
            } else if (d == FieldMerge.TAKE_INCOMING && incomingDeleted && !localDeleted && localEdits) {
                kind = ConflictKind.REMOVED_THERE;
            } else if (d == FieldMerge.KEEP_LOCAL && localDeleted && !incomingDeleted && deletion.localUnseen()
                    && incomingEdits) {
                kind = ConflictKind.REMOVED_HERE;
            }
            if (kind != null) {
                d = FieldMerge.CONFLICT;
                conflicts.add(new RowConflict(DELETED, kind));
            }
            decisions.put(DELETED, d);
        }
        return new RowDecision(decisions, conflicts);
    }
}
