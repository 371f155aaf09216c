package io.guankou.persistence.settings;

import static io.guankou.persistence.jooq.Tables.SETTING;

import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.SettingRecord;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Setting rows by key: the text format belongs to the model class each setting holds. */
public final class SettingStore {

    private final Database db;
    private final Clock clock;

    public SettingStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The decoded setting, empty when the row is absent; a row that cannot be decoded is an error. */
    public <T> Optional<T> load(String key, Function<String, T> decode) {
        Optional<String> text = db.read(dsl -> dsl.select(SETTING.VALUE).from(SETTING)
                .where(SETTING.KEY.eq(key)).and(SETTING.DELETED.isFalse())
                .fetchOptional(SETTING.VALUE));
        try {
            return text.map(decode);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException(DatabaseException.Reason.CORRUPT_RULES, key,
                    "The stored setting " + key + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Inserts or updates the row; an unchanged value leaves revision and time as they are. */
    public void save(String key, String text, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        db.transaction(dsl -> {
            SettingRecord row = dsl.selectFrom(SETTING).where(SETTING.KEY.eq(key)).fetchOne();
            if (row == null) {
                row = dsl.newRecord(SETTING);
                row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
                row.setTownshipCode(TownshipCode.of(dsl));
                row.setKey(key);
                row.setRevision(0L);
            } else if (text.equals(row.getValue()) && !Boolean.TRUE.equals(row.getDeleted())) {
                return null;
            }
            row.setValue(text);
            row.setUpdatedBy(user);
            row.setUpdatedAt(SqlText.instant(clock.instant()));
            row.setDeleted(false);
            row.setRevision(row.getRevision() + 1);
            row.store();
            return null;
        });
    }
}
