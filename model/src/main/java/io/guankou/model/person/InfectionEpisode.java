package io.guankou.model.person;

import io.guankou.model.sync.RecordMeta;
import java.time.LocalDate;

/**
 * One infection: onset, whether treated at home, and the end of observation (null while open).
 * The 3-day follow-up of DOMAIN.md §4 applies only inside an open episode.
 */
public record InfectionEpisode(long id, RecordMeta meta, long personId, LocalDate start, boolean homeTreatment,
                               LocalDate end) {
    public InfectionEpisode {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("episode ends before it starts");
        }
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
