package io.guankou.persistence.placeedit;

import static io.guankou.persistence.jooq.Tables.PLACE_CHANGE;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.persistence.Database;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The places' history ({@code place_change}), and what the editor needs beside it: the villages whose code was set
 * or confirmed in the editor, and the removed villages (whose codes stay taken).
 */
public final class PlaceHistoryRepository {

    private final Database db;

    public PlaceHistoryRepository(Database db) {
        this.db = db;
    }

    /**
     * The changes to one place, newest first. A team's include its members' (joined, changed, moved, removed).
     */
    public List<PlaceChange> history(PlaceKind kind, long id) {
        return db.read(dsl -> {
            Condition which = PLACE_CHANGE.ENTITY.eq(kind.name()).and(PLACE_CHANGE.PLACE_ID.eq(id));
            if (kind == PlaceKind.TEAM) {
                which = which.or(PLACE_CHANGE.ENTITY.eq(PlaceKind.MEMBER.name()).and(PLACE_CHANGE.PLACE_ID.in(
                        dsl.select(TEAM_MEMBER.ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(id)))));
            }
            return dsl.selectFrom(PLACE_CHANGE).where(which).and(PLACE_CHANGE.DELETED.isFalse())
                    .orderBy(PLACE_CHANGE.CHANGED_AT.desc(), PLACE_CHANGE.ID.desc())
                    .fetch(r -> new PlaceChange(PlaceKind.valueOf(r.getEntity()), r.getPlaceId(), r.getField(),
                            r.getOldValue(), r.getNewValue(), r.getChangedBy(), SqlText.instant(r.getChangedAt())));
        });
    }

    /**
     * The villages whose code the office set or confirmed in the editor (created there, code changed, code
     * confirmed): their codes are no import placeholders, whatever they look like.
     */
    public Set<Long> settledVillageCodes() {
        return db.read(PlaceHistoryRepository::settledVillageCodes);
    }

    static Set<Long> settledVillageCodes(DSLContext dsl) {
        return new HashSet<>(dsl.selectDistinct(PLACE_CHANGE.PLACE_ID).from(PLACE_CHANGE)
                .where(PLACE_CHANGE.ENTITY.eq(PlaceKind.VILLAGE.name()))
                .and(PLACE_CHANGE.FIELD.in(PlaceEvent.CREATED.name(), PlaceField.CODE.name(),
                        PlaceEvent.CODE_CONFIRMED.name()))
                .and(PLACE_CHANGE.DELETED.isFalse())
                .fetch(PLACE_CHANGE.PLACE_ID));
    }

    /** Removed and merged villages: their rows stay for the county's merge, and so do their codes. */
    public List<Village> removedVillages() {
        return db.read(dsl -> villages(dsl, VILLAGE.DELETED.isTrue()));
    }

    /** Every village, removed ones included. */
    static List<Village> villages(DSLContext dsl, Condition which) {
        return dsl.selectFrom(VILLAGE).where(which).orderBy(VILLAGE.CODE)
                .fetch(r -> new Village(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getCode(), r.getName(),
                        UrbanRuralClass.fromCode(r.getUrbanRural()),
                        r.getLongitude() == null || r.getLatitude() == null ? null
                                : new GeoPoint(r.getLongitude(), r.getLatitude())));
    }
}
