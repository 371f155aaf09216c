package io.guankou.model.sheet;

import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the ledger's village for a sheet's village cell: by the 12-digit division code, by the last three
 * digits of it, by the exact name, or by the name without its usual ending ({@link ValueParsers#villageKey}).
 * A name that matches nothing, or two villages alike, gets a placeholder id (negative, one per distinct name)
 * so the rows can still be planned; {@link #unknown()} lists those names for the user to create or map.
 * Not thread-safe: one instance reads one sheet.
 */
public final class SheetVillages implements VillageLookup {

    private static final long AMBIGUOUS = Long.MIN_VALUE;

    private final ValueParsers parsers;
    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final Map<String, Unknown> unknown = new LinkedHashMap<>();

    public SheetVillages(List<Village> villages, ValueParsers parsers) {
        this.parsers = parsers;
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

    public static boolean isPlaceholder(long villageId) {
        return villageId < 0;
    }

    @Override
    public Optional<Long> find(String villageText) {
        String n = SheetText.normalise(villageText);
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
