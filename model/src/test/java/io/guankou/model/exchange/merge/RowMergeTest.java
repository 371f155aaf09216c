package io.guankou.model.exchange.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The row rules of ADR 0007: fields merge one by one, a removal against an edit is a conflict of kind
 * REMOVED_THERE / REMOVED_HERE, a derived column never conflicts.
 */
class RowMergeTest {

    /** One case: the two tombstones, what each side did to the one data field "phone", and the outcome. */
    record Case(String name, boolean localDeleted, boolean incomingDeleted, boolean incomingChangedDeleted,
                boolean localUnseenDeleted, Side phone, FieldMerge phoneOutcome, FieldMerge deletedOutcome,
                List<RowConflict> conflicts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What happened to "phone": values equal? changed there? changed here unseen? */
    record Side(boolean same, boolean there, boolean here) {
    }

    static final Side UNTOUCHED = new Side(true, false, false);
    static final Side EDITED_HERE = new Side(false, false, true);
    static final Side EDITED_THERE = new Side(false, true, false);
    static final Side EDITED_BOTH = new Side(false, true, true);

    static Stream<Arguments> cases() {
        RowConflict removedThere = new RowConflict(RowMerge.DELETED, ConflictKind.REMOVED_THERE);
        RowConflict removedHere = new RowConflict(RowMerge.DELETED, ConflictKind.REMOVED_HERE);
        RowConflict phone = new RowConflict("phone", ConflictKind.FIELD);
        return Stream.of(
                new Case("nothing changed", false, false, false, false, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.SAME, List.of()),
                new Case("edited there only", false, false, false, false, EDITED_THERE,
                        FieldMerge.TAKE_INCOMING, FieldMerge.SAME, List.of()),
                new Case("edited here only", false, false, false, false, EDITED_HERE,
                        FieldMerge.KEEP_LOCAL, FieldMerge.SAME, List.of()),
                new Case("edited both, different", false, false, false, false, EDITED_BOTH,
                        FieldMerge.CONFLICT, FieldMerge.SAME, List.of(phone)),
                new Case("removed there, not edited here", false, true, true, false, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.TAKE_INCOMING, List.of()),
                new Case("removed there, edited here", false, true, true, false, EDITED_HERE,
                        FieldMerge.KEEP_LOCAL, FieldMerge.CONFLICT, List.of(removedThere)),
                new Case("removed here, not edited there", true, false, false, true, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.KEEP_LOCAL, List.of()),
                new Case("removed here, edited there", true, false, false, true, EDITED_THERE,
                        FieldMerge.TAKE_INCOMING, FieldMerge.CONFLICT, List.of(removedHere)),
                // the sender saw our removal already (it holds its own conflict about it): no second conflict
                new Case("removed here and seen, edited there", true, false, false, false, EDITED_THERE,
                        FieldMerge.TAKE_INCOMING, FieldMerge.KEEP_LOCAL, List.of()),
                new Case("removed on both sides", true, true, true, true, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.SAME, List.of()),
                new Case("removed here, restored there", true, false, true, true, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.CONFLICT, List.of(removedHere)),
                new Case("restored here, removed there", false, true, true, true, UNTOUCHED,
                        FieldMerge.SAME, FieldMerge.CONFLICT, List.of(removedThere)),
                new Case("removed there, edited both", false, true, true, false, EDITED_BOTH,
                        FieldMerge.CONFLICT, FieldMerge.CONFLICT, List.of(phone, removedThere))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowRules(Case c) {
        List<FieldSides> fields = new ArrayList<>();
        fields.add(new FieldSides("phone", c.phone().same(), c.phone().there(), c.phone().here()));
        fields.add(new FieldSides(RowMerge.DELETED, c.localDeleted() == c.incomingDeleted(),
                c.incomingChangedDeleted(), c.localUnseenDeleted()));

        RowDecision d = RowMerge.decide(c.localDeleted(), c.incomingDeleted(), fields, Set.of());

        assertThat(d.field("phone")).isEqualTo(c.phoneOutcome());
        assertThat(d.field(RowMerge.DELETED)).isEqualTo(c.deletedOutcome());
        assertThat(d.conflicts()).containsExactlyElementsOf(c.conflicts());
        assertThat(d.hasConflict()).isEqualTo(!c.conflicts().isEmpty());
    }

    @Test
    void aDerivedColumnChangedOnBothSidesTakesTheIncomingValueAndIsNoConflict() {
        List<FieldSides> fields = List.of(
                new FieldSides("vaccination", false, false, true),
                new FieldSides("computed_tier", false, true, true),
                new FieldSides(RowMerge.DELETED, true, false, false));

        RowDecision d = RowMerge.decide(false, false, fields, DerivedColumns.of("person"));

        assertThat(d.field("computed_tier")).isEqualTo(FieldMerge.TAKE_INCOMING);
        assertThat(d.field("vaccination")).isEqualTo(FieldMerge.KEEP_LOCAL);
        assertThat(d.conflicts()).isEmpty();
        assertThat(d.taken()).containsExactly("computed_tier");
        assertThat(d.changesRow()).isTrue();
    }

    @Test
    void aDerivedColumnIsNoEditThatMakesARemovalAConflict() {
        // the tier was recomputed here (a rule change), the sender removed the row: the removal is taken
        List<FieldSides> fields = List.of(
                new FieldSides("computed_tier", false, false, true),
                new FieldSides(RowMerge.DELETED, false, true, false));

        RowDecision d = RowMerge.decide(false, true, fields, DerivedColumns.of("person"));

        assertThat(d.field(RowMerge.DELETED)).isEqualTo(FieldMerge.TAKE_INCOMING);
        assertThat(d.conflicts()).isEmpty();
    }

    @Test
    void theOnlyDerivedColumnIsThePersonsComputedTier() {
        assertThat(DerivedColumns.of("person")).containsExactly("computed_tier");
        assertThat(DerivedColumns.of("contact")).isEmpty();
    }

    @Test
    void aDuplicatePersonIsMergedOrKeptTheOthersAreChosenBetweenTheTwoValues() {
        assertThat(ConflictKind.DUPLICATE_PERSON.choices())
                .containsExactlyInAnyOrder(ConflictChoice.MERGE, ConflictChoice.KEEP_BOTH);
        for (ConflictKind k : new ConflictKind[] {ConflictKind.FIELD, ConflictKind.REMOVED_THERE,
                ConflictKind.REMOVED_HERE}) {
            assertThat(k.choices()).containsExactlyInAnyOrder(ConflictChoice.LOCAL, ConflictChoice.INCOMING);
        }
    }
}
