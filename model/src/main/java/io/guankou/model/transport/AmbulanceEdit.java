package io.guankou.model.transport;

/** An ambulance as the form holds it; {@code id} 0 for a new one, {@code facilityId} null when none is chosen. */
public record AmbulanceEdit(long id, Long facilityId, String plate, boolean networked, AmbulanceStatus status) {
}
