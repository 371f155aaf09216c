package io.guankou.persistence.oximeter;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.OXIMETER;
import static io.guankou.persistence.jooq.Tables.OXIMETER_MOVE;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderRef;
import io.guankou.model.oximeter.MoveEvent;
import io.guankou.model.oximeter.OximeterRules;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.OximeterMoveRecord;
import io.guankou.persistence.jooq.tables.records.OximeterRecord;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.ledger.PersonChangeRows;
import io.guankou.persistence.settings.SettingStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Oximeters (issue 13): the overview, a device's history, and every change, each in one transaction that writes the
 * device row and one history row per device (refused whole, with an {@link OximeterRejectedException}, when any
 * part cannot be done). Issuing to and returning from a person also keeps the ledger's {@code oximeter_serial} of
 * that person, with a row in the person's history.
 */
public final class OximeterRepository {

    /** The setting row of the minimums and the return days. */
    public static final String KEY_RULES = "oximeter.rules";
    /** The person field written to the person's history (the form's name for it). */
    static final String PERSON_FIELD = "oximeterSerial";

    private final Database db;
    private final Clock clock;
    private final SettingStore settings;

    public OximeterRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingStore(db, clock);
    }

    public OximeterRules loadRules() {
        return settings.load(KEY_RULES, OximeterRules::decode).orElseGet(OximeterRules::defaults);
    }

    public void saveRules(OximeterRules rules, String user) {
        settings.save(KEY_RULES, Objects.requireNonNull(rules, "rules").encode(), user);
    }

    /** Holders, devices, stock, need and overdue returns as of {@code today}, with the stored rules. */
    public OximeterOverview overview(LocalDate today) {
        OximeterRules rules = loadRules();
        return db.read(dsl -> OximeterQueries.overview(dsl, rules, today));
    }

    /** A device's history, oldest first. */
    public List<DeviceMoveEntry> history(long deviceId) {
        return db.read(dsl -> {
            HolderNames names = HolderNames.read(dsl);
            List<DeviceMoveEntry> out = new ArrayList<>();
            for (OximeterMoveRecord r : dsl.selectFrom(OXIMETER_MOVE).where(OXIMETER_MOVE.OXIMETER_ID.eq(deviceId))
                    .and(OXIMETER_MOVE.DELETED.isFalse()).orderBy(OXIMETER_MOVE.MOVED_AT, OXIMETER_MOVE.ID).fetch()) {
                HolderRef h = HolderColumns.of(r);
                out.add(new DeviceMoveEntry(MoveEvent.valueOf(r.getEvent()), h, names.name(h),
                        DeviceCondition.valueOf(r.getCondition()), SqlText.date(r.getOnDate()), r.getMovedBy(),
                        SqlText.instant(r.getMovedAt()), r.getNote()));
            }
            return out;
        });
    }

    /**
     * Records a delivery into stock: one working device per serial (already normalised, without repeats). Refused
     * whole when any serial is in the ledger already.
     */
    public int deliver(List<String> serials, LocalDate on, String note, String user) {
        requireUser(user);
        if (serials.isEmpty()) {
            throw new IllegalArgumentException("no serials");
        }
        return db.transaction(dsl -> {
            String township = TownshipCode.of(dsl);
            List<String> existing = new ArrayList<>();
            for (int from = 0; from < serials.size(); from += 500) {
                existing.addAll(dsl.select(OXIMETER.SERIAL).from(OXIMETER)
                        .where(OXIMETER.TOWNSHIP_CODE.eq(township))
                        .and(OXIMETER.SERIAL.in(serials.subList(from, Math.min(serials.size(), from + 500))))
                        .orderBy(OXIMETER.SERIAL).fetch(OXIMETER.SERIAL));
            }
            if (!existing.isEmpty()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.SERIAL_EXISTS,
                        String.join(", ", existing.subList(0, Math.min(5, existing.size())))
                                + (existing.size() > 5 ? " …" : ""));
            }
            Instant now = clock.instant();
            for (String serial : serials) {
                OximeterRecord r = dsl.newRecord(OXIMETER);
                r.setGlobalId(GlobalIds.standard().next(now).toString());
                r.setTownshipCode(township);
                r.setUpdatedAt(SqlText.instant(now));
                r.setRevision(1L);
                r.setDeleted(false);
                r.setSerial(serial);
                r.setCondition(DeviceCondition.WORKING.name());
                HolderColumns.set(r, HolderRef.stock());
                r.setHeldSince(SqlText.date(on));
                r.setDeliveredOn(SqlText.date(on));
                r.setNote(blankToNull(note));
                r.store();
                history(dsl, r, MoveEvent.DELIVERED, on, user, blankToNull(note), now);
            }
            return serials.size();
        });
    }

    /**
     * Records an accepted allocation: for each holder, that many working devices move out of stock (lowest serials
     * first), each with a history row. Refused whole when the stock has fewer or a holder is not in the ledger.
     */
    public int allocate(List<HolderCount> counts, LocalDate on, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            int total = 0;
            for (HolderCount c : counts) {
                if (c.count() < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                if (c.count() > 0) {
                    requireHolder(dsl, c.holder());
                    total += c.count();
                }
            }
            List<OximeterRecord> stock = dsl.selectFrom(OXIMETER).where(OXIMETER.DELETED.isFalse())
                    .and(OXIMETER.HOLDER_KIND.eq(HolderKind.STOCK.name()))
                    .and(OXIMETER.CONDITION.eq(DeviceCondition.WORKING.name()))
                    .orderBy(OXIMETER.SERIAL, OXIMETER.ID).fetch();
            if (total > stock.size()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.NOT_ENOUGH_STOCK,
                        Integer.toString(stock.size()));
            }
            Instant now = clock.instant();
            int next = 0;
            for (HolderCount c : counts) {
                for (int k = 0; k < c.count(); k++) {
                    move(dsl, stock.get(next++), c.holder(), MoveEvent.ALLOCATED, on, user, null, now);
                }
            }
            return total;
        });
    }

    /** Moves one device (working or not, not at a home) to another holder that is not a person. */
    public void move(long deviceId, HolderRef to, LocalDate on, String user) {
        requireUser(user);
        if (to.isPerson()) {
            throw new IllegalArgumentException("issue to a person with issue()");
        }
        db.transaction(dsl -> {
            OximeterRecord r = device(dsl, deviceId);
            if (HolderColumns.of(r).isPerson()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.AT_HOME, r.getSerial());
            }
            requireHolder(dsl, to);
            move(dsl, r, to, MoveEvent.MOVED, on, user, null, clock.instant());
            return null;
        });
    }

    /**
     * Active persons whose name contains {@code text} or whose resident ID ends with it (the last digits are what
     * people read out), at most {@code limit}, by name.
     */
    public List<PersonPick> findPersons(String text, int limit) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        String like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return db.read(dsl -> dsl.select(PERSON.ID, PERSON.NAME, PERSON.RESIDENT_ID, VILLAGE.NAME).from(PERSON)
                .join(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                .where(PERSON.DELETED.isFalse()).and(PERSON.DEPARTURE_REASON.isNull())
                .and(PERSON.NAME.like(like + "%", '\\').or(PERSON.RESIDENT_ID.upper().like(like.toUpperCase(
                        java.util.Locale.ROOT), '\\')))
                .orderBy(PERSON.NAME, PERSON.ID).limit(limit)
                .fetch(r -> new PersonPick(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.RESIDENT_ID),
                        r.get(VILLAGE.NAME))));
    }

    /** Issues a working device, wherever it is, to a person at home who holds none yet. */
    public void issue(long deviceId, long personId, LocalDate on, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            OximeterRecord r = device(dsl, deviceId);
            if (HolderColumns.of(r).isPerson()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.AT_HOME, r.getSerial());
            }
            if (!DeviceCondition.WORKING.name().equals(r.getCondition())) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.NOT_WORKING, r.getSerial());
            }
            PersonRecord person = activePerson(dsl, personId);
            Optional<String> held = dsl.select(OXIMETER.SERIAL).from(OXIMETER).where(OXIMETER.DELETED.isFalse())
                    .and(OXIMETER.HOLDER_KIND.eq(HolderKind.PERSON.name())).and(OXIMETER.PERSON_ID.eq(personId))
                    .and(OXIMETER.CONDITION.eq(DeviceCondition.WORKING.name()))
                    .fetchOptional(OXIMETER.SERIAL);
            if (held.isPresent()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.PERSON_HAS_ONE, held.get());
            }
            Instant now = clock.instant();
            move(dsl, r, HolderRef.of(HolderKind.PERSON, personId), MoveEvent.ISSUED, on, user, null, now);
            setPersonSerial(dsl, person, r.getSerial(), user, now);
            return null;
        });
    }

    /**
     * A device comes back from a person at home, in the condition given, to {@code to}, or (null) to the holder it
     * was issued from. The person's ledger serial is cleared when it names this device.
     */
    public void returnFromHome(long deviceId, HolderRef to, DeviceCondition condition, LocalDate on, String user) {
        requireUser(user);
        Objects.requireNonNull(condition, "condition");
        db.transaction(dsl -> {
            OximeterRecord r = device(dsl, deviceId);
            HolderRef at = HolderColumns.of(r);
            if (!at.isPerson()) {
                throw new OximeterRejectedException(OximeterRejectedException.Reason.NOT_AT_HOME, r.getSerial());
            }
            HolderRef target = to != null ? to : issuedFrom(dsl, deviceId);
            if (target.isPerson()) {
                throw new IllegalArgumentException("a return goes to a holder, not a person");
            }
            if (!holderExists(dsl, target)) {
                target = HolderRef.stock(); // the holder it came from was removed since
            }
            Instant now = clock.instant();
            r.setCondition(condition.name());
            r.setReturnedOn(SqlText.date(on));
            move(dsl, r, target, MoveEvent.RETURNED, on, user, null, now);
            PersonRecord person = dsl.selectFrom(PERSON).where(PERSON.ID.eq(at.id())).fetchOne();
            if (person != null && r.getSerial().equals(person.getOximeterSerial())) {
                setPersonSerial(dsl, person, null, user, now);
            }
            return null;
        });
    }

    /** Records a device found broken or lost, or working again; it stays where it is. */
    public void setCondition(long deviceId, DeviceCondition condition, String note, LocalDate on, String user) {
        requireUser(user);
        Objects.requireNonNull(condition, "condition");
        db.transaction(dsl -> {
            OximeterRecord r = device(dsl, deviceId);
            if (condition.name().equals(r.getCondition())) {
                return null;
            }
            Instant now = clock.instant();
            r.setCondition(condition.name());
            r.setNote(blankToNull(note) != null ? blankToNull(note) : r.getNote());
            touch(r, now);
            r.update();
            history(dsl, r, MoveEvent.CONDITION, on, user, blankToNull(note), now);
            return null;
        });
    }

    /** The holder in the history row before the latest issue to a person; the stock when there is none. */
    private static HolderRef issuedFrom(DSLContext dsl, long deviceId) {
        List<OximeterMoveRecord> rows = dsl.selectFrom(OXIMETER_MOVE).where(OXIMETER_MOVE.OXIMETER_ID.eq(deviceId))
                .and(OXIMETER_MOVE.DELETED.isFalse()).orderBy(OXIMETER_MOVE.MOVED_AT, OXIMETER_MOVE.ID).fetch();
        for (int i = rows.size() - 1; i > 0; i--) {
            if (MoveEvent.ISSUED.name().equals(rows.get(i).getEvent())) {
                HolderRef before = HolderColumns.of(rows.get(i - 1));
                return before.isPerson() ? HolderRef.stock() : before;
            }
        }
        return HolderRef.stock();
    }

    private void move(DSLContext dsl, OximeterRecord r, HolderRef to, MoveEvent event, LocalDate on, String user,
                      String note, Instant now) {
        HolderColumns.set(r, to);
        r.setHeldSince(SqlText.date(on));
        touch(r, now);
        r.update();
        history(dsl, r, event, on, user, note, now);
    }

    private static void touch(OximeterRecord r, Instant now) {
        r.setRevision(r.getRevision() + 1);
        r.setUpdatedAt(SqlText.instant(now));
    }

    private static void history(DSLContext dsl, OximeterRecord device, MoveEvent event, LocalDate on, String user,
                                String note, Instant now) {
        OximeterMoveRecord m = dsl.newRecord(OXIMETER_MOVE);
        m.setGlobalId(GlobalIds.standard().next(now).toString());
        m.setTownshipCode(device.getTownshipCode());
        m.setUpdatedAt(SqlText.instant(now));
        m.setRevision(1L);
        m.setDeleted(false);
        m.setOximeterId(device.getId());
        m.setEvent(event.name());
        HolderColumns.set(m, HolderColumns.of(device));
        m.setCondition(device.getCondition());
        m.setOnDate(SqlText.date(on));
        m.setMovedBy(user);
        m.setMovedAt(SqlText.instant(now));
        m.setNote(note);
        m.store();
    }

    private static void setPersonSerial(DSLContext dsl, PersonRecord person, String serial, String user, Instant now) {
        String old = person.getOximeterSerial();
        if (Objects.equals(old, serial)) {
            return;
        }
        String at = SqlText.instant(now);
        person.setOximeterSerial(serial);
        person.setRevision(person.getRevision() + 1);
        person.setUpdatedAt(at);
        person.update();
        PersonChangeRows.write(dsl, person, PERSON_FIELD, old, serial, user, at);
    }

    private static OximeterRecord device(DSLContext dsl, long id) {
        OximeterRecord r = dsl.selectFrom(OXIMETER).where(OXIMETER.ID.eq(id)).and(OXIMETER.DELETED.isFalse())
                .fetchOne();
        if (r == null) {
            throw new OximeterRejectedException(OximeterRejectedException.Reason.NO_DEVICE, Long.toString(id));
        }
        return r;
    }

    private static PersonRecord activePerson(DSLContext dsl, long id) {
        PersonRecord p = dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).and(PERSON.DELETED.isFalse())
                .and(PERSON.DEPARTURE_REASON.isNull()).fetchOne();
        if (p == null) {
            throw new OximeterRejectedException(OximeterRejectedException.Reason.NO_HOLDER, Long.toString(id));
        }
        return p;
    }

    private static void requireHolder(DSLContext dsl, HolderRef h) {
        if (h.isPerson() || !holderExists(dsl, h)) {
            throw new OximeterRejectedException(OximeterRejectedException.Reason.NO_HOLDER,
                    h.kind() + (h.id() == null ? "" : " " + h.id()));
        }
    }

    private static boolean holderExists(DSLContext dsl, HolderRef h) {
        switch (h.kind()) {
            case STOCK:
                return true;
            case FACILITY:
                return dsl.fetchExists(FACILITY, FACILITY.ID.eq(h.id()).and(FACILITY.DELETED.isFalse()));
            case VILLAGE:
                return dsl.fetchExists(VILLAGE, VILLAGE.ID.eq(h.id()).and(VILLAGE.DELETED.isFalse()));
            case FAMILY_DOCTOR_TEAM:
                return dsl.fetchExists(FAMILY_DOCTOR_TEAM, FAMILY_DOCTOR_TEAM.ID.eq(h.id())
                        .and(FAMILY_DOCTOR_TEAM.DELETED.isFalse()));
            case RESPONSIBILITY_TEAM:
                return dsl.fetchExists(RESPONSIBILITY_TEAM, RESPONSIBILITY_TEAM.ID.eq(h.id())
                        .and(RESPONSIBILITY_TEAM.DELETED.isFalse()));
            default:
                return dsl.fetchExists(PERSON, PERSON.ID.eq(h.id()).and(PERSON.DELETED.isFalse()));
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
