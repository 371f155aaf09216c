package io.guankou.model.map;

/**
 * What the map shows of one village (or township): its key persons per tier, those overdue for a contact, the
 * oximeters short of the minimums of its holders, and whether an ambulance reaches it within its target
 * (null: not known — no ambulance coverage computed for it).
 */
public record PlaceFigures(int red, int yellow, int green, int overdue, int oximeterShortfall, Boolean covered) {

    public static final PlaceFigures NONE = new PlaceFigures(0, 0, 0, 0, 0, null);

    public int keyPersons() {
        return red + yellow + green;
    }

    /** This and {@code other} together (a township of its villages); covered only when both are. */
    public PlaceFigures plus(PlaceFigures other) {
        Boolean bothCovered = covered == null ? other.covered : other.covered == null ? covered
                : Boolean.valueOf(covered && other.covered);
        return new PlaceFigures(red + other.red, yellow + other.yellow, green + other.green, overdue + other.overdue,
                oximeterShortfall + other.oximeterShortfall, bothCovered);
    }
}
