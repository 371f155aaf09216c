package io.guankou.persistence.supply;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.SUPPLY_ITEM;
import static io.guankou.persistence.jooq.Tables.SUPPLY_MOVEMENT;
import static io.guankou.persistence.jooq.Tables.SUPPLY_POPULATION;
import static org.jooq.impl.DSL.case_;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import io.guankou.model.org.FacilityType;
import io.guankou.model.supply.ItemEdit;
import io.guankou.model.supply.ItemRules;
import io.guankou.model.supply.MovementEdit;
import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.MovementRules;
import io.guankou.model.supply.PopulationInput;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyKind;
import io.guankou.model.supply.SupplyMovement;
import io.guankou.model.supply.SupplyProblem;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplySettings;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.SupplyItemRecord;
import io.guankou.persistence.jooq.tables.records.SupplyMovementRecord;
import io.guankou.persistence.jooq.tables.records.SupplyPopulationRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * Medicines and test kits: the items, each facility's served population and every receipt and issue. Each write is
 * one transaction that checks the rules of model.supply against what is stored at that moment (an issue never takes
 * more than the stock the movements leave).
 */
public final class SupplyRepository {

    private final Database db;
    private final Clock clock;
    private final SupplySettingsRepository settings;

    public SupplyRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SupplySettingsRepository(db, clock);
    }

    /** Everything the list needs, read together, with the stock lines for {@code today}. */
    public SupplyOverview overview(LocalDate today) {
        SupplySettings s = settings.load();
        return db.read(dsl -> {
            List<SupplyReport.Stocker> facilities = stockers(dsl);
            List<SupplyItem> items = items(dsl);
            List<SupplyMovement> movements = movements(dsl);
            return new SupplyOverview(today, facilities, items, s,
                    SupplyReport.lines(facilities, items, movements, s, today));
        });
    }

    public List<SupplyItem> items() {
        return db.read(SupplyRepository::items);
    }

    private static List<SupplyItem> items(DSLContext dsl) {
        return dsl.selectFrom(SUPPLY_ITEM).where(SUPPLY_ITEM.DELETED.isFalse())
                .orderBy(SUPPLY_ITEM.KIND, SUPPLY_ITEM.NAME, SUPPLY_ITEM.ID)
                .fetch(r -> new SupplyItem(r.getId(), SqlText.enumValue(SupplyKind.class, r.getKind()), r.getName(),
                        r.getUnit(), r.getPerPerson().intValue()))
                .stream().sorted(Comparator.comparing(SupplyItem::kind).thenComparing(SupplyItem::name)).toList();
    }

    private static List<SupplyMovement> movements(DSLContext dsl) {
        return dsl.selectFrom(SUPPLY_MOVEMENT).where(SUPPLY_MOVEMENT.DELETED.isFalse())
                .fetch(r -> new SupplyMovement(r.getFacilityId(), r.getItemId(),
                        SqlText.enumValue(MovementKind.class, r.getKind()), r.getQuantity().intValue(),
                        SqlText.date(r.getOnDate())));
    }

    /** Every live facility with its served population (the latest live row; null when none), centres first. */
    private static List<SupplyReport.Stocker> stockers(DSLContext dsl) {
        Map<Long, Integer> population = new HashMap<>();
        dsl.selectFrom(SUPPLY_POPULATION).where(SUPPLY_POPULATION.DELETED.isFalse())
                .orderBy(SUPPLY_POPULATION.UPDATED_AT, SUPPLY_POPULATION.ID)
                .forEach(r -> population.put(r.getFacilityId(), r.getPopulation().intValue()));
        return dsl.selectFrom(FACILITY).where(FACILITY.DELETED.isFalse()).fetch().stream()
                .sorted(Comparator.comparingInt((org.jooq.Record r) -> typeOrder(r.get(FACILITY.TYPE)))
                        .thenComparingLong(r -> r.get(FACILITY.ID)))
                .map(r -> new SupplyReport.Stocker(r.get(FACILITY.ID), r.get(FACILITY.NAME),
                        population.get(r.get(FACILITY.ID))))
                .toList();
    }

    private static int typeOrder(String type) {
        try {
            return FacilityType.valueOf(type).ordinal();
        } catch (IllegalArgumentException e) {
            return FacilityType.values().length;
        }
    }

    /** The stock the movements leave for a facility and item. */
    public int stock(long facilityId, long itemId) {
        return db.read(dsl -> stock(dsl, facilityId, itemId));
    }

    private static int stock(DSLContext dsl, long facilityId, long itemId) {
        BigDecimal s = dsl.select(coalesce(sum(case_().when(SUPPLY_MOVEMENT.KIND.eq(MovementKind.RECEIPT.name()),
                                SUPPLY_MOVEMENT.QUANTITY).else_(SUPPLY_MOVEMENT.QUANTITY.neg())), inline(BigDecimal.ZERO)))
                .from(SUPPLY_MOVEMENT).where(SUPPLY_MOVEMENT.FACILITY_ID.eq(facilityId))
                .and(SUPPLY_MOVEMENT.ITEM_ID.eq(itemId)).and(SUPPLY_MOVEMENT.DELETED.isFalse())
                .fetchOne(0, BigDecimal.class);
        return s == null ? 0 : s.intValue();
    }

    /** Records a receipt or an issue on {@code today}'s terms (no later day, no issue beyond the stock); its id. */
    public long record(MovementEdit edit, String user, LocalDate today) {
        requireUser(user);
        return db.transaction(dsl -> {
            List<Long> facilities = dsl.select(FACILITY.ID).from(FACILITY).where(FACILITY.DELETED.isFalse())
                    .fetch(FACILITY.ID);
            Map<Long, SupplyItem> items = new HashMap<>();
            items(dsl).forEach(i -> items.put(i.id(), i));
            int stock = edit.facilityId() == null || edit.itemId() == null ? 0
                    : stock(dsl, edit.facilityId(), edit.itemId());
            SupplyItem item = edit.itemId() == null ? null : items.get(edit.itemId());
            List<SupplyProblem> problems = MovementRules.check(edit, facilities, items.keySet(), stock,
                    item == null ? null : item.unit(), today);
            if (!problems.isEmpty()) {
                throw new SupplyRefused(problems);
            }
            SupplyMovement m = MovementRules.movement(edit);
            SupplyMovementRecord row = dsl.newRecord(SUPPLY_MOVEMENT);
            fresh(dsl, row);
            row.setFacilityId(m.facilityId());
            row.setItemId(m.itemId());
            row.setKind(m.kind().name());
            row.setQuantity((long) m.quantity());
            row.setOnDate(SqlText.date(m.onDate()));
            row.setRecordedBy(user);
            row.setRecordedAt(SqlText.instant(clock.instant()));
            row.setNote(MovementRules.note(edit.note()));
            return stamp(row);
        });
    }

    /** Adds ({@code id} 0) or changes an item; its id. */
    public long saveItem(ItemEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            List<SupplyProblem> problems = ItemRules.check(edit, items(dsl));
            if (!problems.isEmpty()) {
                throw new SupplyRefused(problems);
            }
            SupplyItemRecord row;
            if (edit.id() == 0) {
                row = dsl.newRecord(SUPPLY_ITEM);
                fresh(dsl, row);
            } else {
                row = dsl.selectFrom(SUPPLY_ITEM).where(SUPPLY_ITEM.ID.eq(edit.id()))
                        .and(SUPPLY_ITEM.DELETED.isFalse()).fetchOne();
                if (row == null) {
                    throw new SupplyRefused(List.of(SupplyProblem.of(SupplyField.ITEM, SupplyProblem.Kind.UNKNOWN)));
                }
            }
            row.setKind(edit.kind().name());
            row.setName(ItemRules.text(edit.name()));
            row.setUnit(ItemRules.text(edit.unit()));
            row.setPerPerson((long) ItemRules.perPerson(edit));
            row.setUpdatedBy(user);
            return stamp(row);
        });
    }

    /** Sets a facility's served population as typed; blank removes it (the facility then has no target). */
    public void setPopulation(long facilityId, String typed, String user) {
        requireUser(user);
        PopulationInput p = PopulationInput.parse(typed);
        if (!p.ok()) {
            throw new SupplyRefused(List.of(p.problem()));
        }
        db.transaction(dsl -> {
            if (!dsl.fetchExists(FACILITY, FACILITY.ID.eq(facilityId).and(FACILITY.DELETED.isFalse()))) {
                throw new SupplyRefused(List.of(SupplyProblem.of(SupplyField.FACILITY, SupplyProblem.Kind.UNKNOWN)));
            }
            List<SupplyPopulationRecord> rows = dsl.selectFrom(SUPPLY_POPULATION)
                    .where(SUPPLY_POPULATION.FACILITY_ID.eq(facilityId))
                    .orderBy(SUPPLY_POPULATION.DELETED.asc(), SUPPLY_POPULATION.UPDATED_AT.desc(),
                            SUPPLY_POPULATION.ID.desc()).fetch();
            if (p.population() == null) {
                for (SupplyPopulationRecord r : rows) {
                    if (!Boolean.TRUE.equals(r.getDeleted())) {
                        r.setDeleted(true);
                        r.setUpdatedBy(user);
                        stamp(r);
                    }
                }
                return null;
            }
            SupplyPopulationRecord row;
            if (rows.isEmpty()) {
                row = dsl.newRecord(SUPPLY_POPULATION);
                fresh(dsl, row);
                row.setFacilityId(facilityId);
            } else {
                row = rows.get(0);
            }
            if (Boolean.FALSE.equals(row.getDeleted())
                    && Objects.equals(row.getPopulation(), (long) p.population())) {
                return null;
            }
            row.setPopulation((long) p.population());
            row.setDeleted(false);
            row.setUpdatedBy(user);
            stamp(row);
            return null;
        });
    }

    private void fresh(DSLContext dsl, UpdatableRecord<?> row) {
        row.set(DSL.field("global_id", String.class), GlobalIds.standard().next(clock.instant()).toString());
        row.set(DSL.field("township_code", String.class), TownshipCode.of(dsl));
        row.set(DSL.field("revision", Long.class), 0L);
        row.set(DSL.field("deleted", Boolean.class), false);
    }

    /** Stamps and stores a row that changed; returns its id. */
    private long stamp(UpdatableRecord<?> row) {
        if (!row.changed() && row.get("id") != null) {
            return ((Number) row.get("id")).longValue();
        }
        row.set(DSL.field("updated_at", String.class), SqlText.instant(clock.instant()));
        Number revision = (Number) row.get("revision");
        row.set(DSL.field("revision", Long.class), revision == null ? 1L : revision.longValue() + 1);
        row.store();
        return ((Number) row.get("id")).longValue();
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
