package io.guankou.persistence.oximeter;

import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderRef;
import java.time.LocalDate;

/**
 * One device as the lists show it: serial, condition, where it is (with the holder's name; for a person at home
 * also the resident ID, which views mask), since when, when delivered and when last returned from a home.
 */
public record DeviceEntry(long id, String serial, DeviceCondition condition, HolderRef holder, String holderName,
                          String residentId, String villageName, LocalDate heldSince, LocalDate deliveredOn,
                          LocalDate returnedOn, String note) {

    public boolean atHome() {
        return holder.isPerson();
    }
}
