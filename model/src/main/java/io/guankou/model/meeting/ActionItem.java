package io.guankou.model.meeting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of the meeting's lists: what is to be done or put right, who owns it, by when, and, once closed, its
 * outcome with the day and the user who closed it. {@code link} is null when the item is about no single village,
 * facility or person; {@code outcome}, {@code closedOn} and {@code closedBy} are null while it is open.
 */
public record ActionItem(long id, ActionKind kind, String text, String owner, LocalDate due, ActionStatus status,
                         String outcome, ActionLink link, LocalDate createdOn, String createdBy, LocalDate closedOn,
                         String closedBy) {

    public ActionItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public boolean open() {
        return status == ActionStatus.OPEN;
    }
}
