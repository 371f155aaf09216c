package io.guankou.model.meeting;

import java.util.Objects;

/**
 * What an item is about, when it is about one place or person of the ledger: the kind, the row's id and the text
 * shown for it (the village's or facility's name, the person's name; the view masks a person's name). The label is
 * read from the ledger with the item and never stored with it.
 */
public record ActionLink(Kind kind, long id, String label) {

    public enum Kind {
        VILLAGE,
        FACILITY,
        PERSON
    }

    public ActionLink {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }

    /** A link as chosen in a form, before its label is known. */
    public static ActionLink to(Kind kind, long id) {
        return new ActionLink(kind, id, "");
    }

    /**
     * The label as lists and the projector show it: a village's or facility's name as it is, a person's name masked
     * to its first and last character with a star for each one between (a two-character name keeps its first and
     * one star), so a projected list never shows a full name.
     */
    public String shownLabel() {
        if (kind != Kind.PERSON) {
            return label;
        }
        return io.guankou.model.person.NameMask.mask(label);
    }

    /** Whether this and {@code other} point at the same row, whatever their labels. */
    public boolean sameTarget(ActionLink other) {
        return other != null && kind == other.kind && id == other.id;
    }
}
