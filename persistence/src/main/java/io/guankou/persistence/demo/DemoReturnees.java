package io.guankou.persistence.demo;

import io.guankou.persistence.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's returnees (issue 14), from {@code returnees.txt}: each joins a household of the ledger, the first one a
 * household with a red-tier person, the others households without one. Its own seeded {@link Random}, written after
 * everything else, so the rest of the demo stays as it was.
 */
final class DemoReturnees {

    private static final String USER = "demo";

    private DemoReturnees() {
    }

    static void write(Connection connection, DemoSink sink, DemoOptions options) throws SQLException {
        Random random = new Random(options.seed() ^ 0x2E7A2EL);
        List<long[]> red = households(connection, true);
        List<long[]> other = households(connection, false);
        if (red.isEmpty() || other.isEmpty()) {
            return;
        }
        int i = 0;
        for (String[] r : DemoWords.rows("returnees.txt")) {
            long[] h = i == 0 ? red.get(random.nextInt(red.size())) : other.get(random.nextInt(other.size()));
            sink.insert("returnee", "name, phone, village_id, household_id, address, arrival_date, from_place,"
                    + " clinic_number_given, advice_given, updated_by", r[0], DemoPeople.phone(random), h[1], h[0],
                    null, SqlText.date(options.today().minusDays(Integer.parseInt(r[2]))), r[1],
                    Boolean.parseBoolean(r[3]), Boolean.parseBoolean(r[4]), USER);
            i++;
        }
    }

    /** Households (id, village id) with or without a red-tier person living there, by id. */
    private static List<long[]> households(Connection connection, boolean red) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT h.id, h.village_id FROM household h WHERE "
                + (red ? "" : "NOT ") + "EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.deleted = 0"
                + " AND p.departure_reason IS NULL"
                + " AND coalesce(p.override_tier, p.computed_tier) = 'RED') ORDER BY h.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }
}
