package io.guankou.model.sheet;

import io.guankou.model.org.ResponsibilityTeam;
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
 * Grids are found by name within the row's village, teams by name (the village's own first). Not thread-safe:
 * one instance reads one sheet.
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
    private final Map<Long, Long> gridTeams;

    public SheetVillages(List<Village> villages, ValueParsers parsers) {
        this(villages, List.of(), List.of(), Map.of(), parsers);
    }

    /**
     * @param grids     the grids, matched by name within the person's village
     * @param teams     the responsibility teams, matched by name
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
        return Optional.ofNullable(known(gridByName.get(villageId + "|" + SheetText.normalise(gridText))));
    }

    @Override
    public Optional<Long> findTeam(long villageId, String teamText) {
        String n = SheetText.normalise(teamText);
        Long id = known(teamByName.get(villageId + "|" + n));
        return Optional.ofNullable(id != null ? id : known(teamByName.get(n)));
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
        Unknown u = unknown.computeIfAbsent(key, k -> new Unknown(-(unknown.size() + 1L), villageText.strip()));
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
        final String name;
        int rows;

        Unknown(long placeholderId, String name) {
            this.placeholderId = placeholderId;
            this.name = name;
        }
    }
}
