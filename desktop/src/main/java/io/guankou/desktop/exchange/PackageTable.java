package io.guankou.desktop.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tables a package carries (docs/package-format.md), for their labels; a package names them in lower case. */
public enum PackageTable {
    TOWNSHIP, VILLAGE, FACILITY, FAMILY_DOCTOR_TEAM, RESPONSIBILITY_TEAM, GRID, TEAM_MEMBER, HOUSEHOLD, PERSON,
    COMORBIDITY, INFECTION_EPISODE, CONTACT, REFERRAL, PERSON_CHANGE, PLACE_CHANGE, SETTING,
    AMBULANCE, FLEET_VEHICLE, VILLAGE_TRAVEL_TIME;

    /** The table a package's entry name stands for, if this version knows it. */
    public static Optional<PackageTable> named(String entryName) {
        String upper = entryName == null ? "" : entryName.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(upper)).findFirst();
    }
}
