package io.guankou.desktop.meeting.report;

import java.time.LocalDate;

/**
 * One open item of the meeting summary as it is printed: its list (kind), text, owner, due day, status ("open" or
 * "overdue by n days") and what it is about ("" when about nothing single; a person's name masked).
 */
public record SummaryItem(String kind, String text, String owner, LocalDate due, String status, String link,
                          boolean overdue) {
}
