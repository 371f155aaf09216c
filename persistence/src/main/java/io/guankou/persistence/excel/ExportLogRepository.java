package io.guankou.persistence.excel;

import static io.guankou.persistence.jooq.Tables.EXPORT_LOG;

import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.ExportLogRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export log: one row per Excel export, full resident IDs or not, so the office can answer who took
 * which list out and whether it carried whole ID numbers. The rows name no exported person.
 */
public final class ExportLogRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ExportLogRepository.class);

    private final Database db;
    private final Clock clock;

    public ExportLogRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Logs an export that has just been written; returns the stored row. */
    public ExportLogEntry record(ExportKind what, long rows, boolean fullIds, String fileName, String user) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fileName, "fileName");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an export log row needs the user's name");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        Instant now = clock.instant();
        ExportLogEntry entry = db.transaction(dsl -> {
            ExportLogRecord row = dsl.newRecord(EXPORT_LOG);
            row.setGlobalId(GlobalIds.standard().next(now).toString());
            row.setTownshipCode(TownshipCode.of(dsl));
            row.setUpdatedAt(SqlText.instant(now));
            row.setRevision(1L);
            row.setDeleted(false);
            row.setExportedAt(SqlText.instant(now));
            row.setExportedBy(user);
            row.setWhat(what.name());
            row.setRows(rows);
            row.setFullIds(fullIds);
            row.setFileName(fileName);
            row.store();
            return toEntry(row);
        });
        // counts only: the file name may carry a person's or a village's name
        LOG.info("Logged an export of {} {} rows (full IDs: {})", rows, what, fullIds);
        return entry;
    }

    /** Every logged export, newest first. */
    public List<ExportLogEntry> list() {
        return db.read(dsl -> dsl.selectFrom(EXPORT_LOG).where(EXPORT_LOG.DELETED.isFalse())
                .orderBy(EXPORT_LOG.EXPORTED_AT.desc(), EXPORT_LOG.ID.desc())
                .fetch(ExportLogRepository::toEntry));
    }

    private static ExportLogEntry toEntry(ExportLogRecord r) {
        return new ExportLogEntry(r.getId(), SqlText.instant(r.getExportedAt()), r.getExportedBy(),
                SqlText.enumValue(ExportKind.class, r.getWhat()), r.getRows(), Boolean.TRUE.equals(r.getFullIds()),
                r.getFileName());
    }
}
