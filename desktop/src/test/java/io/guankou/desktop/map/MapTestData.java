package io.guankou.desktop.map;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.Database;
import io.guankou.persistence.boundary.BoundaryRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The map's services over a test ledger, and plain SQL counts to check its figures against. */
final class MapTestData {

    private MapTestData() {
    }

    static MapServices services(Database db, TaskRunner runner, DataEvents events) {
        return new MapServices(new BoundaryRepository(db, TestClocks.FIXED), new PlaceRepository(db),
                new LedgerRepository(db, TestClocks.FIXED), new FollowUpRepository(db),
                new FollowUpSettingsRepository(db, TestClocks.FIXED), new OximeterRepository(db, TestClocks.FIXED),
                new TransportRepository(db, TestClocks.FIXED), new CoverageSettingsRepository(db, TestClocks.FIXED),
                runner, events, TestClocks.FIXED);
    }

    /** The persons still in the ledger in the named village, of {@code tier} (null: any), by plain SQL. */
    static int persons(Path file, String village, String tier) {
        return count(file, "SELECT count(*) FROM person p JOIN village v ON v.id = p.village_id WHERE v.name = '"
                + village + "' AND p.deleted = 0 AND p.departure_reason IS NULL"
                + (tier == null ? "" : " AND coalesce(p.override_tier, p.computed_tier) = '" + tier + "'"));
    }

    static int count(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
