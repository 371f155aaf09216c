package io.guankou.model.meeting;

import java.util.ArrayList;
import java.util.List;

/** What a daily entry must satisfy before it is stored; each problem names its field. */
public final class FacilityDayRules {

    /** A township health centre has a few hundred staff at most; more is a typing error. */
    public static final int MAX_STAFF = 5_000;
    public static final int MAX_FEVER_VISITS = 10_000;

    public enum Field { STAFF_TOTAL, STAFF_ON_DUTY, STAFF_INFECTED, FEVER_VISITS }

    public enum Kind { NEGATIVE, TOO_LARGE, MORE_THAN_STAFF, MORE_THAN_OFF_DUTY }

    public record Problem(Field field, Kind kind) {
    }

    private FacilityDayRules() {
    }

    public static List<Problem> check(FacilityDay d) {
        List<Problem> out = new ArrayList<>();
        range(out, Field.STAFF_TOTAL, d.staffTotal(), MAX_STAFF);
        range(out, Field.STAFF_ON_DUTY, d.staffOnDuty(), MAX_STAFF);
        range(out, Field.STAFF_INFECTED, d.staffInfected(), MAX_STAFF);
        range(out, Field.FEVER_VISITS, d.feverVisits(), MAX_FEVER_VISITS);
        if (d.staffOnDuty() > d.staffTotal()) {
            out.add(new Problem(Field.STAFF_ON_DUTY, Kind.MORE_THAN_STAFF));
        }
        // an infected colleague is off post: on duty and infected together cannot exceed the staff
        if (d.staffInfected() > d.staffTotal()) {
            out.add(new Problem(Field.STAFF_INFECTED, Kind.MORE_THAN_STAFF));
        } else if (d.staffOnDuty() <= d.staffTotal() && d.staffInfected() > d.staffTotal() - d.staffOnDuty()) {
            out.add(new Problem(Field.STAFF_INFECTED, Kind.MORE_THAN_OFF_DUTY));
        }
        return out;
    }

    private static void range(List<Problem> out, Field f, int v, int max) {
        if (v < 0) {
            out.add(new Problem(f, Kind.NEGATIVE));
        } else if (v > max) {
            out.add(new Problem(f, Kind.TOO_LARGE));
        }
    }
}
