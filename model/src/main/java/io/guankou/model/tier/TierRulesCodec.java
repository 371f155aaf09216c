package io.guankou.model.tier;

import io.guankou.model.codec.KeyValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link TierRules} into stable {@code key=value} lines and back, so persistence can store the table
 * as one text or as settings rows. Keys come out in a fixed order, so equal rules give equal text.
 *
 * <pre>
 * format=1
 * age.bands=0:0,65:1,80:2
 * comorbidity.none=0
 * ...
 * </pre>
 *
 * The text layer is {@link KeyValueCodec#lines}. Reading is lenient where that is safe and strict where it is
 * not: blank lines, {@code #} comments and
 * unknown keys (written by a newer version) are ignored, a missing key takes its default, but a value that
 * cannot be read, or rules that fail validation, throw {@link IllegalArgumentException}.
 */
public final class TierRulesCodec {

    public static final String FORMAT = "format";
    public static final String AGE_BANDS = "age.bands";
    public static final String COMORBIDITY_NONE = "comorbidity.none";
    public static final String COMORBIDITY_STABLE = "comorbidity.stable";
    public static final String COMORBIDITY_UNSTABLE = "comorbidity.unstable";
    public static final String VACCINATION_COMPLETE = "vaccination.complete";
    public static final String VACCINATION_INCOMPLETE = "vaccination.incomplete";
    public static final String VACCINATION_NONE = "vaccination.none";
    public static final String GREEN_MAX = "tier.greenMax";
    public static final String YELLOW_MAX = "tier.yellowMax";
    public static final String AGE_LOWER_BOUND = "ledger.ageLowerBound";
    public static final String PREGNANT_IS_RED = "pregnant.isRed";

    private static final String CURRENT_FORMAT = "1";
    private static final KeyValueCodec TEXT = KeyValueCodec.lines("tier rules", "key=value");

    private TierRulesCodec() {
    }

    /** The rules as ordered key/value pairs. */
    public static Map<String, String> toMap(TierRules rules) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FORMAT, CURRENT_FORMAT);
        m.put(AGE_BANDS, encodeBands(rules.ageBands()));
        m.put(COMORBIDITY_NONE, Integer.toString(rules.comorbidityNonePoints()));
        m.put(COMORBIDITY_STABLE, Integer.toString(rules.comorbidityStablePoints()));
        m.put(COMORBIDITY_UNSTABLE, Integer.toString(rules.comorbidityUnstablePoints()));
        m.put(VACCINATION_COMPLETE, Integer.toString(rules.vaccinationCompletePoints()));
        m.put(VACCINATION_INCOMPLETE, Integer.toString(rules.vaccinationIncompletePoints()));
        m.put(VACCINATION_NONE, Integer.toString(rules.vaccinationNonePoints()));
        m.put(GREEN_MAX, Integer.toString(rules.greenMax()));
        m.put(YELLOW_MAX, Integer.toString(rules.yellowMax()));
        m.put(AGE_LOWER_BOUND, Integer.toString(rules.ageLowerBound()));
        m.put(PREGNANT_IS_RED, Boolean.toString(rules.pregnantIsRed()));
        return m;
    }

    /** Rules from key/value pairs; missing keys take {@link TierRules#defaults()}. */
    public static TierRules fromMap(Map<String, String> m) {
        String format = m.get(FORMAT);
        if (format != null && !CURRENT_FORMAT.equals(format.strip())) {
            throw new IllegalArgumentException("unsupported tier rules format: " + format.strip());
        }
        TierRules d = TierRules.defaults();
        return new TierRules(
                m.containsKey(AGE_BANDS) ? decodeBands(m.get(AGE_BANDS)) : d.ageBands(),
                integer(m, COMORBIDITY_NONE, d.comorbidityNonePoints()),
                integer(m, COMORBIDITY_STABLE, d.comorbidityStablePoints()),
                integer(m, COMORBIDITY_UNSTABLE, d.comorbidityUnstablePoints()),
                integer(m, VACCINATION_COMPLETE, d.vaccinationCompletePoints()),
                integer(m, VACCINATION_INCOMPLETE, d.vaccinationIncompletePoints()),
                integer(m, VACCINATION_NONE, d.vaccinationNonePoints()),
                integer(m, GREEN_MAX, d.greenMax()),
                integer(m, YELLOW_MAX, d.yellowMax()),
                integer(m, AGE_LOWER_BOUND, d.ageLowerBound()),
                bool(m, PREGNANT_IS_RED, d.pregnantIsRed()));
    }

    /** One {@code key=value} line per entry, each ending in '\n'. */
    public static String encode(TierRules rules) {
        return TEXT.write(toMap(rules));
    }

    public static TierRules decode(String text) {
        return fromMap(TEXT.parseMap(text));
    }

    private static String encodeBands(List<AgeBand> bands) {
        StringBuilder b = new StringBuilder();
        for (AgeBand band : bands) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(band.fromAge()).append(':').append(band.points());
        }
        return b.toString();
    }

    private static List<AgeBand> decodeBands(String value) {
        List<AgeBand> bands = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return bands; // TierRules rejects the empty table with its own message
        }
        for (String part : value.split(",")) {
            String[] fromAndPoints = part.split(":");
            if (fromAndPoints.length != 2) {
                throw new IllegalArgumentException(AGE_BANDS + " entry is not age:points: " + part.strip());
            }
            bands.add(new AgeBand(parseInt(AGE_BANDS, fromAndPoints[0]), parseInt(AGE_BANDS, fromAndPoints[1])));
        }
        return bands;
    }

    private static int integer(Map<String, String> m, String key, int fallback) {
        String v = m.get(key);
        return v == null ? fallback : parseInt(key, v);
    }

    private static int parseInt(String key, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + v.strip(), e);
        }
    }

    private static boolean bool(Map<String, String> m, String key, boolean fallback) {
        String v = m.get(key);
        if (v == null) {
            return fallback;
        }
        String s = v.strip();
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(key + " must be true or false: " + s);
    }
}
