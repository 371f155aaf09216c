package io.guankou.desktop.meeting;

/** One figure of the day as the meeting reads it: its id (for JSON and tests), label and value, both as text. */
public record FigureLine(String id, String label, String value, boolean alert) {
}
