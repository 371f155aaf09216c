package io.guankou.model.returnee;

/** A new returnee (id 0) or a changed one, as typed. */
public record ReturneeEdit(long id, String name, String phone, Long villageId, Long householdId, String address,
                           String arrival, String from, boolean clinicNumberGiven, boolean adviceGiven) {
}
