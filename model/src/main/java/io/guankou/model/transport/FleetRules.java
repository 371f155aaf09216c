package io.guankou.model.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fleet form's rules: an owner (a unit, an organisation or a volunteer; at most {@value #MAX_OWNER}
 * characters), a phone to call (digits, a dash or spaces between them, 5 to 20 characters), seats 1 to
 * {@value #MAX_SEATS}, and the availability.
 */
public final class FleetRules {

    public static final int MAX_OWNER = 100;
    public static final int MAX_SEATS = 60;

    private FleetRules() {
    }

    public static List<TransportProblem> check(FleetVehicleEdit edit) {
        List<TransportProblem> out = new ArrayList<>();
        String owner = Numbers.normalize(edit.owner() == null ? "" : edit.owner());
        if (owner.isEmpty()) {
            out.add(TransportProblem.of(TransportField.OWNER, TransportProblem.Kind.REQUIRED));
        } else if (owner.length() > MAX_OWNER) {
            out.add(TransportProblem.of(TransportField.OWNER, TransportProblem.Kind.TOO_LONG, MAX_OWNER));
        }
        String phone = phone(edit.phone());
        if (phone.isEmpty()) {
            out.add(TransportProblem.of(TransportField.PHONE, TransportProblem.Kind.REQUIRED));
        } else if (!phone.matches("\\d[\\d -]{3,18}\\d")) {
            out.add(TransportProblem.of(TransportField.PHONE, TransportProblem.Kind.BAD_PHONE));
        }
        Numbers.whole(edit.seats(), 1, MAX_SEATS, TransportField.SEATS, out);
        if (edit.availability() == null) {
            out.add(TransportProblem.of(TransportField.AVAILABILITY, TransportProblem.Kind.REQUIRED));
        }
        return out;
    }

    /** The phone as stored: full-width digits made ASCII, no surrounding spaces. */
    public static String phone(String typed) {
        return Numbers.normalize(typed == null ? "" : typed);
    }

    /** The owner as stored. */
    public static String owner(String typed) {
        return Numbers.normalize(typed == null ? "" : typed);
    }

    /** The seats of an edit that {@link #check} accepts. */
    public static int seats(FleetVehicleEdit edit) {
        List<TransportProblem> out = new ArrayList<>();
        Optional<Integer> seats = Numbers.whole(edit.seats(), 1, MAX_SEATS, TransportField.SEATS, out);
        return seats.orElseThrow(() -> new IllegalArgumentException("check the fleet vehicle first: " + out));
    }
}
