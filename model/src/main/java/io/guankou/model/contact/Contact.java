package io.guankou.model.contact;

import io.guankou.model.sync.RecordMeta;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One contact attempt with a person. An unreached attempt is kept but does not count toward the
 * weekly target. Vital signs are null when not measured.
 */
public record Contact(long id, RecordMeta meta, long personId, LocalDateTime at, String madeBy, ContactMode mode,
                      boolean reached, BigDecimal temperature, Integer spo2, String note) {
}
