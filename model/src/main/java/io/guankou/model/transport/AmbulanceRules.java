package io.guankou.model.transport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The ambulance form's rules: a base facility in the ledger, a plate (at most {@value #MAX_PLATE} characters, no
 * other ambulance with the same one) and a status.
 */
public final class AmbulanceRules {

    public static final int MAX_PLATE = 20;

    private AmbulanceRules() {
    }

    /** The plate as stored: full-width letters and digits made ASCII, letters upper-case, no surrounding spaces. */
    public static String plate(String typed) {
        return Numbers.normalize(typed == null ? "" : typed).toUpperCase(Locale.ROOT);
    }

    /** Two plates are the same whatever spaces, dots or dashes were typed between their characters. */
    static String plateKey(String plate) {
        return plate(plate).replaceAll("[\\s\u00B7.\\-]", "");
    }

    public static List<TransportProblem> check(AmbulanceEdit edit, Collection<Long> facilityIds,
                                               Collection<Ambulance> ambulances) {
        List<TransportProblem> out = new ArrayList<>();
        if (edit.facilityId() == null) {
            out.add(TransportProblem.of(TransportField.FACILITY, TransportProblem.Kind.REQUIRED));
        } else if (!facilityIds.contains(edit.facilityId())) {
            out.add(TransportProblem.of(TransportField.FACILITY, TransportProblem.Kind.UNKNOWN_FACILITY));
        }
        String plate = plate(edit.plate());
        if (plate.isEmpty()) {
            out.add(TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.REQUIRED));
        } else if (plate.length() > MAX_PLATE) {
            out.add(TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.TOO_LONG, MAX_PLATE));
        } else if (ambulances.stream().anyMatch(a -> a.id() != edit.id()
                && plateKey(a.plate()).equals(plateKey(plate)))) {
            out.add(TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.DUPLICATE_PLATE));
        }
        if (edit.status() == null) {
            out.add(TransportProblem.of(TransportField.STATUS, TransportProblem.Kind.REQUIRED));
        }
        return out;
    }
}
