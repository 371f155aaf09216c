package io.guankou.persistence.oximeter;

import io.guankou.model.oximeter.Candidate;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.OximeterRules;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the oximeter tab and {@code guankou oximeters} show, read in one transaction: the rules, every holder
 * with a minimum (facilities, committees, teams; in holder-type order, then by id) with what it holds, the same
 * holders as planner candidates with their persons' need, every device, the working devices in stock, and the devices
 * at home overdue for return (most overdue first).
 */
public record OximeterOverview(LocalDate today, OximeterRules rules, List<HolderStock> holders,
                               List<Candidate> candidates, List<DeviceEntry> devices, int workingInStock,
                               List<DeviceEntry> overdue) {

    public OximeterOverview {
        holders = List.copyOf(holders);
        candidates = List.copyOf(candidates);
        devices = List.copyOf(devices);
        overdue = List.copyOf(overdue);
    }

    public long daysOverdue(DeviceEntry e) {
        return rules.daysOverdue(e.heldSince(), today);
    }
}
