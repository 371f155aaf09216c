package io.guankou.model.sheet;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the ledger's village for a sheet's village cell: by the 12-digit division code, by the last three
 * digits of it, by the exact name, or by the name without its usual ending ({@link ValueParsers#villageKey}).
 * A name that matches nothing, or two villages alike, gets a placeholder id (negative, one per distinct name)
 * so the rows can still be planned; {@link #unknown()} lists those names for the user to create or map.
 *
 * <p>Grids are found by name within the row's village. A name the village does not have gets a placeholder grid
 * (negative, one per village and name, also within a placeholder village), listed by {@link #unknownGrids()}:
 * Village group 3 in two villages is two grids. A name two grids of the village share is not guessed (none, no placeholder).
 *
 * <p>Teams: a {@link LedgerColumn#RESPONSIBILITY_TEAM} cell is a team's name, looked for in the row's village
 * (as a team's name, then as its leader's), then among all teams (from a stored village only); a
 * {@link LedgerColumn#RESPONSIBLE_PERSON} cell is a person: the team the person leads in the village, else a team
 * of that name there. Leaders are the members in {@link io.guankou.model.org.TeamRole#isLeader() the leader's role}.
 * A row without a village looks among all teams. One the village does not have gets a placeholder team (one per
 * village and name; from the person column with that person as its leader), listed by {@link #unknownTeams()};
 * without a village, or when two teams answer alike, there is none. Not thread-safe: one instance reads one sheet.
 */
public final class SheetVillages implements VillageLookup {

    private static final long AMBIGUOUS = Long.MIN_VALUE;
    private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d(\\.\\d+)?e\\+\\d+");

    private final ValueParsers parsers;
    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final Map<String, Unknown> unknown = new LinkedHashMap<>();
    private final Map<String, Long> gridByName = new HashMap<>();
    private final Map<String, Long> teamByName = new HashMap<>();
    private final Map<String, Long> teamByLeader = new HashMap<>();
    private final Map<String, Unknown> unknownGrids = new LinkedHashMap<>();
    private final Map<String, Unknown> unknownTeams = new LinkedHashMap<>();
    private final Map<Long, Long> gridTeams;

    public SheetVillages(List<Village> villages, ValueParsers parsers) {
        this(villages, List.of(), List.of(), Map.of(), parsers);
    }

    /**
     * @param grids     the grids, matched by name within the person's village
     * @param teams     the responsibility teams, matched by name and by their leaders' names
     * @param gridTeams the team serving each grid: a row naming a grid but no team gets that grid's team
     */
    public SheetVillages(List<Village> villages, List<Grid> grids, List<ResponsibilityTeam> teams,
                         Map<Long, Long> gridTeams, ValueParsers parsers) {
        this.parsers = parsers;
        for (Grid g : grids) {
            add(gridByName, g.villageId() + "|" + SheetText.normalise(g.name()), g.id());
        }
        for (ResponsibilityTeam t : teams) {
            add(teamByName, SheetText.normalise(t.name()), t.id());
            add(teamByName, t.villageId() + "|" + SheetText.normalise(t.name()), t.id());
            for (TeamMember leader : t.leaders()) {
                add(teamByLeader, SheetText.normalise(leader.name()), t.id());
                add(teamByLeader, t.villageId() + "|" + SheetText.normalise(leader.name()), t.id());
            }
        }
        this.gridTeams = Map.copyOf(gridTeams);
        for (Village v : villages) {
            byCode.put(v.code(), v.id());
            add(byCode, v.code().substring(9), v.id());
            add(byName, SheetText.normalise(v.name()), v.id());
            add(byKey, parsers.villageKey(v.name()), v.id());
        }
    }

    public SheetVillages(List<Village> villages) {
        this(villages, ValueParsers.standard());
    }

    public SheetVillages(List<Village> villages, List<Grid> grids, List<ResponsibilityTeam> teams,
                         Map<Long, Long> gridTeams) {
        this(villages, grids, teams, gridTeams, ValueParsers.standard());
    }

    @Override
    public Optional<Long> findGrid(long villageId, String gridText) {
        String n = SheetText.normalise(gridText);
        if (villageId == 0 || n.isEmpty()) {
            return Optional.empty();
        }
        String key = villageId + "|" + n;
        Long id = gridByName.get(key);
        if (id != null) {
            return Optional.ofNullable(known(id));
        }
        Unknown u = unknownGrids.computeIfAbsent(key,
                k -> new Unknown(-(unknownGrids.size() + 1L), villageId, gridText.strip(), null));
        u.rows++;
        return Optional.of(u.placeholderId);
    }

    @Override
    public Optional<Long> findTeam(long villageId, String teamText) {
        String n = SheetText.normalise(teamText);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (villageId != 0) {
            Long named = teamByName.get(villageId + "|" + n);
            if (named == null) {
                named = teamByLeader.get(villageId + "|" + n);
            }
            if (named != null) {
                return Optional.ofNullable(known(named));
            }
        }
        if (!isPlaceholder(villageId)) {
            // a village new to the ledger has no team; one of that name elsewhere is another village's
            Long anywhere = known(teamByName.get(n));
            if (anywhere != null) {
                return Optional.of(anywhere);
            }
        }
        if (villageId == 0) {
            return Optional.ofNullable(known(teamByLeader.get(n)));
        }
        return Optional.of(unknownTeam(villageId, n, teamText.strip(), null));
    }

    @Override
    public Optional<Long> findTeamLedBy(long villageId, String personName) {
        String n = SheetText.normalise(personName);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (villageId == 0) {
            // no village to look in: a leader or team of that name anywhere, if there is only one
            Long led = known(teamByLeader.get(n));
            return Optional.ofNullable(led != null ? led : known(teamByName.get(n)));
        }
        // people share names across villages: only the row's village is looked in
        Long led = teamByLeader.get(villageId + "|" + n);
        if (led != null) {
            return Optional.ofNullable(known(led));
        }
        Long named = teamByName.get(villageId + "|" + n);
        if (named != null) {
            return Optional.ofNullable(known(named));
        }
        return Optional.of(unknownTeam(villageId, n, personName.strip(), personName.strip()));
    }

    private long unknownTeam(long villageId, String normalised, String typed, String leader) {
        Unknown u = unknownTeams.computeIfAbsent(villageId + "|" + normalised,
                k -> new Unknown(-(unknownTeams.size() + 1L), villageId, typed, leader));
        if (u.leader == null) {
            u.leader = leader;
        }
        u.rows++;
        return u.placeholderId;
    }

    @Override
    public Optional<Long> teamOfGrid(long gridId) {
        return Optional.ofNullable(gridTeams.get(gridId));
    }

    public static boolean isPlaceholder(long villageId) {
        return villageId < 0;
    }

    @Override
    public Optional<Long> find(String villageText) {
        String n = SheetText.normalise(villageText);
        if (EXCEL_NUMBER.matcher(n).matches()) {
            // a code Excel turned into 5.00235e+11: every such code looks alike, so none is matched or created
            return Optional.empty();
        }
        Long id = known(byCode.get(n));
        if (id == null) {
            id = known(byName.get(n));
        }
        String key = parsers.villageKey(villageText);
        if (id == null) {
            id = known(byKey.get(key));
        }
        if (id != null) {
            return Optional.of(id);
        }
        Unknown u = unknown.computeIfAbsent(key, k -> new Unknown(-(unknown.size() + 1L), 0, villageText.strip(), null));
        u.rows++;
        return Optional.of(u.placeholderId);
    }

    /** The names found so far that the ledger does not have, in the order the sheet first names them. */
    public List<UnknownVillage> unknown() {
        List<UnknownVillage> out = new ArrayList<>(unknown.size());
        for (Unknown u : unknown.values()) {
            out.add(new UnknownVillage(u.placeholderId, u.name, u.rows));
        }
        return List.copyOf(out);
    }

    /** Grids the sheet names that their villages do not have, in the order the sheet first names them. */
    public List<UnknownGrid> unknownGrids() {
        List<UnknownGrid> out = new ArrayList<>(unknownGrids.size());
        for (Unknown u : unknownGrids.values()) {
            out.add(new UnknownGrid(u.placeholderId, u.villageId, u.name, u.rows));
        }
        return List.copyOf(out);
    }

    /** Teams the sheet names (or persons leading none) that the rows' villages do not have, in sheet order. */
    public List<UnknownTeam> unknownTeams() {
        List<UnknownTeam> out = new ArrayList<>(unknownTeams.size());
        for (Unknown u : unknownTeams.values()) {
            out.add(new UnknownTeam(u.placeholderId, u.villageId, u.name, u.leader, u.rows));
        }
        return List.copyOf(out);
    }

    private static Long known(Long id) {
        return id == null || id == AMBIGUOUS ? null : id;
    }

    private static void add(Map<String, Long> map, String key, long id) {
        if (key.isEmpty()) {
            return;
        }
        Long before = map.putIfAbsent(key, id);
        if (before != null && before != id) {
            map.put(key, AMBIGUOUS);
        }
    }

    private static final class Unknown {
        final long placeholderId;
        final long villageId;
        final String name;
        String leader;
        int rows;

        Unknown(long placeholderId, long villageId, String name, String leader) {
            this.placeholderId = placeholderId;
            this.villageId = villageId;
            this.name = name;
            this.leader = leader;
        }
    }
}
