package io.guankou.model.transport;

/** A fleet vehicle as the form holds it; {@code id} 0 for a new one. Seats as typed. */
public record FleetVehicleEdit(long id, String owner, String phone, String seats, FleetAvailability availability) {
}
