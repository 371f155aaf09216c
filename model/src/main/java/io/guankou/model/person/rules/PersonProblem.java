package io.guankou.model.person.rules;

import io.guankou.model.id.IdProblem;
import java.util.Objects;

/**
 * One refused field of a person, with why. Data only: each entry point (form, import, repository) words it.
 *
 * @param field     the field at fault
 * @param kind      what is wrong
 * @param idProblem for {@link Kind#INVALID_ID} and {@link Kind#ID_MISMATCH} what the resident ID check found,
 *                  else {@code null}
 */
public record PersonProblem(PersonField field, Kind kind, IdProblem idProblem) {

    public PersonProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        boolean idKind = kind == Kind.INVALID_ID || kind == Kind.ID_MISMATCH;
        if (idKind != (idProblem != null)) {
            throw new IllegalArgumentException("an ID problem goes with INVALID_ID or ID_MISMATCH only: " + kind);
        }
    }

    public PersonProblem(PersonField field, Kind kind) {
        this(field, kind, null);
    }

    public enum Kind {
        /** Nothing given where the ledger needs something. */
        REQUIRED,
        /** The resident ID breaks GB 11643-1999 or shows Excel damage; see {@link #idProblem()}. */
        INVALID_ID,
        /** Sex or birth date disagree with the resident ID; see {@link #idProblem()}. */
        ID_MISMATCH,
        /** Not a phone number (7–20 digits, spaces, dashes, a leading plus). */
        PHONE_FORMAT,
        /** A date after today. */
        IN_FUTURE,
        /** Younger than the ledger's age lower bound, and not pregnant. */
        BELOW_AGE_BOUND
    }
}
