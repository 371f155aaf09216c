package io.guankou.model.place.rules;

/**
 * What is attached to one place, counted in the ledger: what decides whether it may be removed or only merged.
 *
 * @param persons          persons in the ledger pointing at it
 * @param departedPersons  persons who left the ledger (moved away, deceased) and still point at it: their rows and
 *                         history stay, so they hold the place too
 * @param grids            grids of a village; grids a team serves
 * @param teams            responsibility teams of a village
 * @param facilities       facilities standing in a village
 * @param households       households of a village or grid
 * @param members          members of a team (removed with it)
 * @param doctorTeams      family-doctor teams based at a facility
 */
public record PlaceUse(long persons, long departedPersons, long grids, long teams, long facilities,
                       long households, long members, long doctorTeams) {

    public static final PlaceUse NONE = new PlaceUse(0, 0, 0, 0, 0, 0, 0, 0);

    public PlaceUse {
        if (persons < 0 || departedPersons < 0 || grids < 0 || teams < 0 || facilities < 0 || households < 0
                || members < 0 || doctorTeams < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
