package io.guankou.persistence.demo;

import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.MoveEvent;
import io.guankou.persistence.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's oximeters (issue 13), so that every gap shows out of the box: the health centre below its 20 (one
 * device broken), village clinics with 0, 1 or 2, half the committees and most teams without, the devices the
 * ledger says persons have at home (issued from their village clinic 0-20 days ago, about a third of them overdue
 * for return, one lost), and a county delivery of yesterday still in stock for the allocation planner.
 */
final class DemoOximeters {

    /** Devices of yesterday's delivery, still in stock. */
    static final int IN_STOCK = 30;
    static final int CENTRE_WORKING = 12;
    private static final String COLUMNS = "serial, condition, holder_kind, facility_id, village_id,"
            + " family_doctor_team_id, responsibility_team_id, person_id, held_since, delivered_on, returned_on, note";
    private static final String MOVE_COLUMNS = "oximeter_id, event, holder_kind, facility_id, village_id,"
            + " family_doctor_team_id, responsibility_team_id, person_id, condition, on_date, moved_by, moved_at, note";

    private final DemoSink sink;
    private final Random random;
    private final LocalDate today;
    private final String user;
    private int serial;

    private DemoOximeters(DemoSink sink, Random random, LocalDate today, String user) {
        this.sink = sink;
        this.random = random;
        this.today = today;
        this.user = user;
    }

    /** Call once the places and persons are stored ({@link DemoSink#flush()}). */
    static void write(Connection connection, DemoSink sink, DemoPlaces places, DemoWords words, DemoOptions options)
            throws SQLException {
        DemoOximeters d = new DemoOximeters(sink, new Random(options.seed() ^ 0x0C5L), options.today(),
                words.clinicians.get(0));
        d.writeAll(connection, places);
    }

    private void writeAll(Connection connection, DemoPlaces places) throws SQLException {
        LocalDate firstBatch = today.minusDays(40);
        // the health centre: 12 working and one broken, of 20
        for (int i = 0; i < CENTRE_WORKING; i++) {
            device(HolderKind.FACILITY, places.healthCentreId(), firstBatch, DeviceCondition.WORKING, null);
        }
        device(HolderKind.FACILITY, places.healthCentreId(), firstBatch, DeviceCondition.BROKEN, null);
        List<long[]> clinics = clinics(connection);
        for (int i = 0; i < clinics.size(); i++) {
            for (int k = 0; k < i % 3; k++) {
                device(HolderKind.FACILITY, clinics.get(i)[0], firstBatch, DeviceCondition.WORKING, null);
            }
        }
        List<DemoPlaces.VillagePlan> villages = places.villages();
        for (int i = 0; i < villages.size(); i += 2) {
            device(HolderKind.VILLAGE, villages.get(i).id(), firstBatch, DeviceCondition.WORKING, null);
        }
        device(HolderKind.FAMILY_DOCTOR_TEAM, places.familyDoctorTeams().get(0), firstBatch, DeviceCondition.WORKING,
                null);
        for (int i = 0; i < villages.size(); i += 3) {
            device(HolderKind.RESPONSIBILITY_TEAM, villages.get(i).grids().get(0).teamId(), firstBatch,
                    DeviceCondition.WORKING, null);
        }
        atHome(connection, clinics, firstBatch);
        LocalDate yesterday = today.minusDays(1);
        for (int i = 0; i < IN_STOCK; i++) {
            device(HolderKind.STOCK, 0, yesterday, DeviceCondition.WORKING, null);
        }
    }

    /** Village clinics and community stations: id and village id, by id. */
    private static List<long[]> clinics(Connection connection) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, village_id FROM facility WHERE type IN"
                + " ('VILLAGE_CLINIC', 'COMMUNITY_HEALTH_STATION') ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }

    /** A device for every serial the ledger gives a person, issued from the village clinic. */
    private void atHome(Connection connection, List<long[]> clinics, LocalDate delivered) throws SQLException {
        Set<String> seen = new HashSet<>();
        boolean lost = false;
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, village_id, oximeter_serial FROM person"
                + " WHERE oximeter_serial IS NOT NULL AND departure_reason IS NULL ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String s = rs.getString(3);
                if (!seen.add(s)) {
                    continue;
                }
                long village = rs.getLong(2);
                long clinic = clinics.stream().filter(c -> c[1] == village).mapToLong(c -> c[0]).findFirst()
                        .orElse(clinics.get(0)[0]);
                // 0-20 days ago: with the default 14 days, about a third are overdue for return
                LocalDate issued = today.minusDays(random.nextInt(21));
                DeviceCondition condition = !lost && today.toEpochDay() - issued.toEpochDay() > 17
                        ? DeviceCondition.LOST : DeviceCondition.WORKING;
                lost |= condition == DeviceCondition.LOST;
                long id = insert(s, condition, HolderKind.PERSON, rs.getLong(1), issued, delivered);
                move(id, MoveEvent.DELIVERED, HolderKind.STOCK, 0, DeviceCondition.WORKING, delivered);
                move(id, MoveEvent.ALLOCATED, HolderKind.FACILITY, clinic, DeviceCondition.WORKING,
                        delivered.plusDays(2));
                move(id, MoveEvent.ISSUED, HolderKind.PERSON, rs.getLong(1), DeviceCondition.WORKING, issued);
                if (condition == DeviceCondition.LOST) {
                    move(id, MoveEvent.CONDITION, HolderKind.PERSON, rs.getLong(1), condition, today.minusDays(2));
                }
            }
        }
    }

    private void device(HolderKind kind, long holder, LocalDate delivered, DeviceCondition condition, String note)
            throws SQLException {
        String s = String.format("PA-%05d", ++serial);
        LocalDate since = kind == HolderKind.STOCK ? delivered : delivered.plusDays(2);
        long id = insert(s, condition, kind, holder, since, delivered);
        move(id, MoveEvent.DELIVERED, HolderKind.STOCK, 0, DeviceCondition.WORKING, delivered);
        if (kind != HolderKind.STOCK) {
            move(id, MoveEvent.ALLOCATED, kind, holder, DeviceCondition.WORKING, since);
        }
        if (condition != DeviceCondition.WORKING) {
            move(id, MoveEvent.CONDITION, kind, holder, condition, today.minusDays(3 + random.nextInt(5)));
        }
    }

    private long insert(String s, DeviceCondition condition, HolderKind kind, long holder, LocalDate since,
                        LocalDate delivered) throws SQLException {
        Long[] refs = refs(kind, holder);
        return sink.insert("oximeter", COLUMNS, s, condition.name(), kind.name(), refs[0], refs[1], refs[2], refs[3],
                refs[4], SqlText.date(since), SqlText.date(delivered), null, null);
    }

    private void move(long device, MoveEvent event, HolderKind kind, long holder, DeviceCondition condition,
                      LocalDate on) throws SQLException {
        Long[] refs = refs(kind, holder);
        String at = SqlText.instant(on.atTime(LocalTime.of(9, random.nextInt(60))).toInstant(DemoTownshipWriter.CST));
        sink.insert("oximeter_move", MOVE_COLUMNS, device, event.name(), kind.name(), refs[0], refs[1], refs[2],
                refs[3], refs[4], condition.name(), SqlText.date(on), user, at, null);
    }

    /** facility, village, family-doctor team, responsibility team, person: the one the kind names. */
    private static Long[] refs(HolderKind kind, long holder) {
        Long[] refs = new Long[5];
        int slot = kind.ordinal() - HolderKind.FACILITY.ordinal();
        if (kind != HolderKind.STOCK) {
            refs[slot] = holder;
        }
        return refs;
    }
}
