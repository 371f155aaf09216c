package io.guankou.model.supply;

/** A new item (id 0) or a changed one as typed: kind, name, unit and units per person. */
public record ItemEdit(long id, SupplyKind kind, String name, String unit, String perPerson) {
}
