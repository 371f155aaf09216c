package io.guankou.model.supply;

/** A receipt or issue as typed into the form: facility and item chosen, quantity and day typed, a note. */
public record MovementEdit(Long facilityId, Long itemId, MovementKind kind, String quantity, String date,
                           String note) {
}
