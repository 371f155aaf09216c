package io.guankou.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How values are written as SQLite text. Fixed-width formats keep text order equal to time order,
 * so "newest first" and range queries work on the stored strings.
 */
public final class SqlText {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SqlText() {
    }

    public static String instant(Instant value) {
        return value == null ? null : INSTANT.format(value.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant instant(String text) {
        return text == null ? null : Instant.from(INSTANT.parse(text));
    }

    public static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    public static String dateTime(LocalDateTime value) {
        return value == null ? null : LOCAL_DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    public static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text, LOCAL_DATE_TIME);
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text);
    }

    /** A set of enum constants as comma-separated names in declaration order (stable for history). */
    public static <E extends Enum<E>> String enumSet(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        return set;
    }
}
