package io.guankou.persistence.meeting;

import io.guankou.model.meeting.ActionLink;

/**
 * A village, facility or person an item may be linked to, as the form offers it: the link with its label, and what
 * tells two of the same name apart (the village of a facility or person, the birth year of a person; null when
 * there is none).
 */
public record ActionLinkChoice(ActionLink link, String villageName, Integer birthYear) {
}
