package io.guankou.model.contact;

/** One refused field of a contact, with why. */
public record ContactProblem(ContactField field, Kind kind) {

    public enum Kind {
        /** Nothing given where something is needed. */
        REQUIRED,
        /** The time lies in the future. */
        IN_FUTURE,
        /** The time lies before the oldest contact the office may still enter ({@link ContactValidator#MAX_AGE}). */
        TOO_OLD,
        /** Temperature outside what a living person can have. */
        TEMPERATURE_RANGE,
        /** SpO2 outside what a pulse oximeter can show for a living person. */
        SPO2_RANGE,
        /** Vital signs on an attempt that did not reach the person. */
        NOT_REACHED
    }
}
