package io.guankou.persistence.stats;

import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;

import io.guankou.model.place.Township;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerQueries;
import io.guankou.persistence.place.PlaceRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Counts for {@code guankou stats} and the dispatch meeting: active persons per village and tier. */
public final class StatsRepository {

    private final Database db;

    public StatsRepository(Database db) {
        this.db = db;
    }

    public TownshipStats stats() {
        Township township = new PlaceRepository(db).township();
        return db.read(dsl -> {
            Map<Long, Counts> byVillage = new LinkedHashMap<>();
            dsl.select(VILLAGE.ID, VILLAGE.CODE, VILLAGE.NAME).from(VILLAGE).where(VILLAGE.DELETED.isFalse())
                    .orderBy(VILLAGE.CODE)
                    .forEach(r -> byVillage.put(r.value1(), new Counts(r.value1(), r.value2(), r.value3())));
            Field<String> effective = coalesce(PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER);
            Field<Boolean> overridden = DSL.field(PERSON.OVERRIDE_TIER.isNotNull()
                    .and(PERSON.OVERRIDE_TIER.ne(PERSON.COMPUTED_TIER)));
            dsl.select(PERSON.VILLAGE_ID, PERSON.COMPUTED_TIER, effective, overridden, count())
                    .from(PERSON).where(LedgerQueries.active())
                    .groupBy(PERSON.VILLAGE_ID, PERSON.COMPUTED_TIER, effective, overridden)
                    .forEach(r -> {
                        Counts c = byVillage.get(r.value1());
                        if (c == null) {
                            return; // a person in a tombstoned village: the ledger does not show it either
                        }
                        int n = r.value5();
                        c.computed.merge(Tier.valueOf(r.value2()), n, Integer::sum);
                        c.effective.merge(Tier.valueOf(r.value3()), n, Integer::sum);
                        if (Boolean.TRUE.equals(r.value4())) {
                            c.overridden += n;
                        }
                    });
            List<VillageTierCounts> villages = new ArrayList<>();
            byVillage.values().forEach(c -> villages.add(new VillageTierCounts(c.id, c.code, c.name, c.computed,
                    c.effective, c.overridden)));
            return new TownshipStats(township.code(), township.name(), villages);
        });
    }

    private static final class Counts {
        final long id;
        final String code;
        final String name;
        final Map<Tier, Integer> computed = new EnumMap<>(Tier.class);
        final Map<Tier, Integer> effective = new EnumMap<>(Tier.class);
        int overridden;

        Counts(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }
}
