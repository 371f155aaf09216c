package io.guankou.desktop.exchange;

import java.util.List;

/** What kind of disagreement a conflict is (ADR 0007), and the choices a person has for it. */
public enum ConflictKind {
    /** The same field changed on both sides to different values. */
    FIELD(List.of(ConflictChoice.LOCAL, ConflictChoice.INCOMING)),
    /** Removed here, edited there. */
    REMOVED_HERE(List.of(ConflictChoice.LOCAL, ConflictChoice.INCOMING)),
    /** Removed there, edited here. */
    REMOVED_THERE(List.of(ConflictChoice.LOCAL, ConflictChoice.INCOMING)),
    /** The same person (same resident ID) created on both sides under two global ids. */
    DUPLICATE_PERSON(List.of(ConflictChoice.MERGE, ConflictChoice.KEEP_BOTH));

    private final List<ConflictChoice> choices;

    ConflictKind(List<ConflictChoice> choices) {
        this.choices = choices;
    }

    public List<ConflictChoice> choices() {
        return choices;
    }
}
