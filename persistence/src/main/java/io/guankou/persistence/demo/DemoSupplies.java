package io.guankou.persistence.demo;

import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.SupplySettings;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.supply.SupplySettingsRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's medicines and test kits (issue 14), from {@code supplies.txt}: the items, two served populations,
 * and per facility and item a receipt 25 days before {@code today} and an issue on each of the 24 days since (not
 * today), about the listed units a day. Spring Festival is set 40 days ahead (so the raise starts in ten days).
 * Its own seeded {@link Random}, written after everything else, so the rest of the demo stays as it was.
 */
final class DemoSupplies {

    private static final String USER = "demo";
    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final int RECEIVED_DAYS_AGO = 25;
    static final int FESTIVAL_IN_DAYS = 40;

    private DemoSupplies() {
    }

    static void write(Connection connection, DemoSink sink, DemoPlaces places, DemoOptions options)
            throws SQLException {
        Random random = new Random(options.seed() ^ 0x5A991E5L);
        List<String[]> rows = DemoWords.rows("supplies.txt");
        LocalDate today = options.today();
        List<Long> items = new ArrayList<>();
        for (String[] r : rows) {
            if (r[0].equals("item")) {
                items.add(sink.insert("supply_item", "kind, name, unit, per_person, updated_by", r[1], r[2], r[3],
                        Integer.parseInt(r[4]), USER));
            }
        }
        long community = community(connection);
        List<Long> clinics = clinics(connection);
        for (String[] r : rows) {
            if (r[0].equals("population")) {
                sink.insert("supply_population", "facility_id, population, updated_by",
                        facility(r[1], places, community, clinics), Integer.parseInt(r[2]), USER);
            }
        }
        String columns = "facility_id, item_id, kind, quantity, on_date, recorded_by, recorded_at, note";
        for (String[] r : rows) {
            if (!r[0].equals("stock")) {
                continue;
            }
            long facility = facility(r[1], places, community, clinics);
            long item = items.get(Integer.parseInt(r[2]) - 1);
            LocalDate received = today.minusDays(RECEIVED_DAYS_AGO);
            sink.insert("supply_movement", columns, facility, item, MovementKind.RECEIPT.name(),
                    Integer.parseInt(r[3]), SqlText.date(received), USER, at(received), null);
            int perDay = Integer.parseInt(r[4]);
            for (LocalDate d = received.plusDays(1); d.isBefore(today); d = d.plusDays(1)) {
                int q = Math.max(1, perDay * (75 + random.nextInt(51)) / 100);
                sink.insert("supply_movement", columns, facility, item, MovementKind.ISSUE.name(), q,
                        SqlText.date(d), USER, at(d), null);
            }
        }
        SupplySettings settings = SupplySettings.defaults().withFestival(today.plusDays(FESTIVAL_IN_DAYS));
        sink.insert("setting", "key, value, updated_by", SupplySettingsRepository.KEY, settings.encode(), USER);
    }

    private static String at(LocalDate d) {
        return SqlText.instant(d.atTime(LocalTime.of(17, 0)).atZone(CST).toInstant());
    }

    private static long facility(String role, DemoPlaces places, long community, List<Long> clinics) {
        if (role.equals("centre")) {
            return places.healthCentreId();
        }
        if (role.equals("community")) {
            return community;
        }
        return clinics.get(Integer.parseInt(role.substring("clinic".length())) - 1);
    }

    private static long community(Connection connection) throws SQLException {
        List<Long> ids = ids(connection, "'COMMUNITY_HEALTH_CENTRE'");
        if (ids.isEmpty()) {
            throw new IllegalStateException("demo supplies: no community health centre");
        }
        return ids.get(0);
    }

    private static List<Long> clinics(Connection connection) throws SQLException {
        return ids(connection, "'VILLAGE_CLINIC'");
    }

    private static List<Long> ids(Connection connection, String types) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM facility WHERE type IN (" + types
                + ") ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
