package io.guankou.persistence.healthpack;

import io.guankou.model.codec.KeyValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health-pack queue's settings: whether it extends to high-risk persons under 60, and how many days back a
 * contact's "needs medicine" counts as an urgent need (14).
 */
public record HealthPackSettings(boolean extension, int needDays) {

    public static final int DEFAULT_NEED_DAYS = 14;
    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("health pack settings");

    public HealthPackSettings {
        if (needDays < 1 || needDays > 90) {
            throw new IllegalArgumentException("need days out of range: " + needDays);
        }
    }

    public static HealthPackSettings defaults() {
        return new HealthPackSettings(false, DEFAULT_NEED_DAYS);
    }

    public String encode() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("extension", Boolean.toString(extension));
        m.put("needDays", Integer.toString(needDays));
        return TEXT.write(m);
    }

    public static HealthPackSettings decode(String text) {
        Map<String, String> m = TEXT.parseMap(text);
        try {
            return new HealthPackSettings(Boolean.parseBoolean(m.getOrDefault("extension", "false")),
                    Integer.parseInt(m.getOrDefault("needDays", Integer.toString(DEFAULT_NEED_DAYS))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("health pack settings: not a number in " + text, e);
        }
    }
}
