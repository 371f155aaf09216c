package io.guankou.persistence.oximeter;

/** A person a device can be issued to, as the issue form lists them (views mask the resident ID). */
public record PersonPick(long id, String name, String residentId, String villageName) {
}
