package io.guankou.model.sheet;

import java.util.Objects;

/**
 * A responsibility team a sheet names that the row's village does not have: a team name in the
 * {@link LedgerColumn#RESPONSIBILITY_TEAM} column, or a person in the {@link LedgerColumn#RESPONSIBLE_PERSON}
 * column who leads no team there. Rows naming it carry {@link #placeholderId()} (negative) as their team id until
 * the import creates it. Names are data: a team created for a person is named as the person's name is typed, and
 * that person becomes its member in the leader's role ({@link io.guankou.model.org.TeamRole#leader()}). One per
 * village and name: the same name in two villages is two teams (two people of one name).
 *
 * @param placeholderId negative, unique among the teams of one sheet
 * @param villageId     the team's village: a stored village, or a placeholder village the import may create; in a
 *                      plan, the village its rows are written to
 * @param name          the team's name: the cell as first typed (stripped)
 * @param leader        the person who leads it (the name as typed), or {@code null} when only the team column names
 *                      it
 * @param rows          how many rows name it
 */
public record UnknownTeam(long placeholderId, long villageId, String name, String leader, int rows) {
    public UnknownTeam {
        if (placeholderId >= 0) {
            throw new IllegalArgumentException("a placeholder team id is negative");
        }
        if (villageId == 0) {
            throw new IllegalArgumentException("a team belongs to a village");
        }
        Objects.requireNonNull(name, "name");
    }
}
