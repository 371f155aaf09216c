package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.ImportPlanner;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.tier.TierClassifier;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.place.PlaceChangeRows;
import io.guankou.persistence.jooq.tables.records.VillageRecord;
import io.guankou.persistence.settings.TierRulesRepository;
import io.guankou.persistence.sheet.SheetReading;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.jooq.DSLContext;

/**
 * Brings a sheet into the ledger: {@link #prepare} matches the read rows with the stored persons,
 * {@link #apply} writes a plan in one transaction. Cancelling, a failure or a ledger changed since the preview
 * rolls everything back: nothing is half-written.
 */
public final class LedgerImporter {

    private static final int PROGRESS_EVERY = 200;

    private final Database db;
    private final Clock clock;

    public LedgerImporter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Loads the active persons and the tier rules the plan is made with. */
    public PreparedImport prepare(SheetReading reading) {
        Map<String, Person> stored = db.read(LedgerImporter::activeByResidentId);
        TierClassifier classifier = new TierClassifier(new TierRulesRepository(db, clock).load());
        return new PreparedImport(reading, stored, new ImportPlanner(classifier, LocalDate.now(clock)));
    }

    /**
     * Writes the plan's adds and updates and creates the villages, responsibility teams and grids it needs
     * ({@link SheetPlacesWriter}), in one transaction: the places first, so that the rows' placeholder ids are
     * replaced before any person is written. Each added person gets one history row naming {@code fileName} and its
     * sheet row; an update gets one per changed field.
     *
     * @param fileName the sheet's file name (without its folder), as the history shows it
     * @throws DatabaseException     {@code LEDGER_CHANGED} when a person was added or changed since the plan
     * @throws CancellationException when {@code cancelled} said so (nothing written)
     * @throws IllegalArgumentException when a value the parser did not recognise has no answer
     *                                  ({@link ImportPlan#hasUnanswered()}): nothing written
     */
    public ImportResult apply(ImportPlan plan, String fileName, DoubleConsumer progress,
                              BooleanSupplier cancelled) {
        Objects.requireNonNull(fileName, "fileName");
        if (plan.hasUnanswered()) {
            throw new IllegalArgumentException(plan.unanswered().size() + " unrecognised values have no answer");
        }
        List<PlannedRow> rows = plan.toWrite();
        return db.transaction(dsl -> {
            Map<Long, Long> villages = createVillages(dsl, plan.villagesToCreate());
            String township = TownshipCode.of(dsl);
            PlaceChangeRows placeHistory = new PlaceChangeRows(dsl, township, plan.choices().user(),
                    SqlText.instant(clock.instant()));
            SheetPlacesWriter.Written places = new SheetPlacesWriter(dsl, township, clock.instant(), villages,
                    placeHistory).write(plan.teamsToCreate(), plan.gridsToCreate());
            Set<String> active = activeResidentIds(dsl);
            Map<Long, String> storedTiers = storedTiers(dsl, rows);
            int added = 0;
            int updated = 0;
            try (PersonBatchWriter writer = dsl.connectionResult(c -> new PersonBatchWriter(dsl, c,
                    TownshipCode.of(dsl), plan.choices().user(), plan.choices().at()))) {
                for (int i = 0; i < rows.size(); i++) {
                    if (i % PROGRESS_EVERY == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("import cancelled");
                        }
                        progress.accept((double) i / rows.size());
                    }
                    PlannedRow row = rows.get(i);
                    Person p = row.person();
                    p = resolvePlaces(p, villages, places);
                    if (row.action() == RowAction.ADD) {
                        if (!active.add(p.residentId())) {
                            throw changed(row);
                        }
                        writer.insert(p, row.computedTier(), fileName, row.rowNumber());
                        added++;
                    } else {
                        if (!writer.update(row.before(), storedTiers.get(row.before().id()), p, row.computedTier())) {
                            throw changed(row);
                        }
                        updated++;
                    }
                }
            } catch (SQLException e) {
                throw new DatabaseException(DatabaseException.Reason.SQL_ERROR, db.file(),
                        "Import failed: " + e.getMessage(), e);
            }
            progress.accept(1.0);
            return new ImportResult(added, updated, villages.size(), places.gridsCreated(), places.teamsCreated());
        });
    }

    /** The person with the placeholder ids of places this import created replaced by the stored ones. */
    private static Person resolvePlaces(Person p, Map<Long, Long> villages, SheetPlacesWriter.Written places) {
        boolean village = SheetVillages.isPlaceholder(p.villageId());
        boolean grid = p.gridId() != null && SheetVillages.isPlaceholder(p.gridId());
        boolean team = p.responsibilityTeamId() != null && SheetVillages.isPlaceholder(p.responsibilityTeamId());
        if (!village && !grid && !team) {
            return p;
        }
        return p.toBuilder()
                .villageId(village ? villages.get(p.villageId()) : p.villageId())
                .gridId(SheetPlacesWriter.Written.resolve(p.gridId(), places.grids()))
                .responsibilityTeamId(SheetPlacesWriter.Written.resolve(p.responsibilityTeamId(), places.teams()))
                .build();
    }

    private static Map<Long, String> storedTiers(DSLContext dsl, List<PlannedRow> rows) {
        Map<Long, String> tiers = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.action() == RowAction.UPDATE)) {
            dsl.select(PERSON.ID, PERSON.COMPUTED_TIER).from(PERSON).where(LedgerQueries.active())
                    .fetchLazy().forEach(r -> tiers.put(r.value1(), r.value2()));
        }
        return tiers;
    }

    private static DatabaseException changed(PlannedRow row) {
        return new DatabaseException(DatabaseException.Reason.LEDGER_CHANGED, row.rowNumber(),
                "The ledger changed since the import was planned (sheet row " + row.rowNumber() + ")");
    }

    /**
     * New villages get the township's code and the next free three-digit number from 201 (the rural village
     * committee range); the office can correct code and class in the places editor.
     */
    private Map<Long, Long> createVillages(DSLContext dsl, List<UnknownVillage> create) {
        Map<Long, Long> ids = new HashMap<>();
        if (create.isEmpty()) {
            return ids;
        }
        String township = TownshipCode.of(dsl);
        Set<String> codes = new HashSet<>(dsl.select(VILLAGE.CODE).from(VILLAGE).fetch(VILLAGE.CODE));
        String at = SqlText.instant(clock.instant());
        int next = 201;
        for (UnknownVillage v : create) {
            while (codes.contains(code(township, next))) {
                next++;
            }
            if (next > 999) {
                throw new DatabaseException(DatabaseException.Reason.OTHER, v.name(),
                        "No free village code left under township " + township);
            }
            String code = code(township, next);
            codes.add(code);
            VillageRecord r = dsl.newRecord(VILLAGE);
            r.setGlobalId(GlobalIds.standard().next(SqlText.instant(at)).toString());
            r.setTownshipCode(township);
            r.setUpdatedAt(at);
            r.setRevision(1L);
            r.setDeleted(false);
            r.setCode(code);
            r.setName(v.name());
            r.setUrbanRural(UrbanRuralClass.C220.code());
            r.store();
            ids.put(v.placeholderId(), r.getId());
        }
        return ids;
    }

    private static String code(String township, int n) {
        return township + String.format("%03d", n);
    }

    private static Set<String> activeResidentIds(DSLContext dsl) {
        return new HashSet<>(dsl.select(PERSON.RESIDENT_ID).from(PERSON).where(LedgerQueries.active())
                .fetch(PERSON.RESIDENT_ID));
    }

    /** Every active person with comorbidities, in two streamed queries. */
    static Map<String, Person> activeByResidentId(DSLContext dsl) {
        Map<Long, List<Comorbidity>> comorbidities = new HashMap<>();
        dsl.select(COMORBIDITY.PERSON_ID, COMORBIDITY.DISEASE, COMORBIDITY.CONTROL).from(COMORBIDITY)
                .where(COMORBIDITY.DELETED.isFalse()).orderBy(COMORBIDITY.ID)
                .fetchLazy().forEach(r -> comorbidities.computeIfAbsent(r.value1(), k -> new ArrayList<>(2))
                        .add(new Comorbidity(Disease.valueOf(r.value2()), Control.valueOf(r.value3()))));
        Map<String, Person> out = new HashMap<>();
        try (var cursor = dsl.selectFrom(PERSON).where(LedgerQueries.active()).fetchLazy()) {
            for (PersonRecord r : cursor) {
                out.put(r.getResidentId(), PersonRows.toPerson(r, comorbidities.getOrDefault(r.getId(), List.of())));
            }
        }
        return out;
    }
}
