package io.guankou.model.meeting;

import java.time.LocalDate;

/**
 * A new item (id 0) or a changed one as the form holds it: kind, text, owner, due day and the optional link (only its
 * kind and id count). Nulls are what the form left empty.
 */
public record ActionEdit(long id, ActionKind kind, String text, String owner, LocalDate due, ActionLink link) {
}
