package io.guankou.persistence.oximeter;

import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderRef;
import io.guankou.model.oximeter.MoveEvent;
import java.time.Instant;
import java.time.LocalDate;

/** One row of a device's history: what happened, where it was then, its condition, on which day, by whom. */
public record DeviceMoveEntry(MoveEvent event, HolderRef holder, String holderName, DeviceCondition condition,
                              LocalDate onDate, String movedBy, Instant movedAt, String note) {
}
