package io.guankou.model.transport;

import io.guankou.model.codec.KeyValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the office estimates an ambulance's travel time to a village, and the time it must arrive within:
 * {@code dispatch delay + straight-line distance × detour factor ÷ average speed}. Office settings, with defaults
 * from the literature:
 * <ul>
 * <li>dispatch delay 3 min: the 120 centres' rule of leaving within three minutes of the call;</li>
 * <li>detour factor 1.3: road distance over straight-line distance on rural road networks is about 1.2–1.4 (higher
 * in mountains, where the office raises it);</li>
 * <li>average speed 35 km/h: rural ambulance speeds of about 30–40 km/h;</li>
 * <li>target 30 min for a rural village, 12 min for an urban community: the national guideline's
 * response time for cities.</li>
 * </ul>
 */
public record CoverageSettings(int dispatchDelayMinutes, double detourFactor, int speedKmh, int ruralTargetMinutes,
                               int urbanTargetMinutes) {

    public static final int DEFAULT_DISPATCH_DELAY = 3;
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    public static final int DEFAULT_SPEED_KMH = 35;
    public static final int DEFAULT_RURAL_TARGET = 30;
    public static final int DEFAULT_URBAN_TARGET = 12;

    public static final int MAX_DISPATCH_DELAY = 60;
    public static final double MIN_DETOUR_FACTOR = 1.0;
    public static final double MAX_DETOUR_FACTOR = 3.0;
    public static final int MIN_SPEED_KMH = 5;
    public static final int MAX_SPEED_KMH = 120;
    public static final int MIN_TARGET = 1;
    public static final int MAX_TARGET = 240;

    private static final String DELAY = "delay";
    private static final String DETOUR = "detour";
    private static final String SPEED = "speed";
    private static final String RURAL = "ruralTarget";
    private static final String URBAN = "urbanTarget";
    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("coverage settings");

    public CoverageSettings {
        if (dispatchDelayMinutes < 0 || dispatchDelayMinutes > MAX_DISPATCH_DELAY
                || !(detourFactor >= MIN_DETOUR_FACTOR && detourFactor <= MAX_DETOUR_FACTOR)
                || speedKmh < MIN_SPEED_KMH || speedKmh > MAX_SPEED_KMH
                || ruralTargetMinutes < MIN_TARGET || ruralTargetMinutes > MAX_TARGET
                || urbanTargetMinutes < MIN_TARGET || urbanTargetMinutes > MAX_TARGET) {
            throw new IllegalArgumentException("coverage settings out of range: delay " + dispatchDelayMinutes
                    + ", detour " + detourFactor + ", speed " + speedKmh + ", targets " + ruralTargetMinutes + "/"
                    + urbanTargetMinutes);
        }
    }

    public static CoverageSettings defaults() {
        return new CoverageSettings(DEFAULT_DISPATCH_DELAY, DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH,
                DEFAULT_RURAL_TARGET, DEFAULT_URBAN_TARGET);
    }

    /** The estimated minutes for a straight-line distance: delay + distance × detour ÷ speed. */
    public double estimateMinutes(double straightLineKm) {
        return dispatchDelayMinutes + straightLineKm * detourFactor / speedKmh * 60.0;
    }

    /**
     * The straight-line distance an ambulance covers within {@code targetMinutes} by the estimate: the inverse of
     * {@link #estimateMinutes}, (target − delay) × speed ÷ detour; 0 when the delay alone uses up the target.
     */
    public double reachKm(int targetMinutes) {
        return Math.max(0, targetMinutes - dispatchDelayMinutes) / 60.0 * speedKmh / detourFactor;
    }

    /** The time an ambulance must arrive within at a rural village or an urban community. */
    public int targetMinutes(boolean rural) {
        return rural ? ruralTargetMinutes : urbanTargetMinutes;
    }

    /** The settings as typed in the form, or the problem of each field that is refused. */
    public record Input(String dispatchDelay, String detourFactor, String speed, String ruralTarget,
                        String urbanTarget) {

        public static Input of(CoverageSettings s) {
            return new Input(Integer.toString(s.dispatchDelayMinutes()), Numbers.text(s.detourFactor()),
                    Integer.toString(s.speedKmh()), Integer.toString(s.ruralTargetMinutes()),
                    Integer.toString(s.urbanTargetMinutes()));
        }

        public List<TransportProblem> problems() {
            List<TransportProblem> out = new ArrayList<>();
            parse(out);
            return out;
        }

        /** The settings, when no field is refused. */
        public Optional<CoverageSettings> settings() {
            List<TransportProblem> out = new ArrayList<>();
            CoverageSettings s = parse(out);
            return out.isEmpty() ? Optional.of(s) : Optional.empty();
        }

        private CoverageSettings parse(List<TransportProblem> out) {
            Optional<Integer> d = Numbers.whole(dispatchDelay, 0, MAX_DISPATCH_DELAY, TransportField.DISPATCH_DELAY,
                    out);
            Optional<Double> f = Numbers.decimal(detourFactor, MIN_DETOUR_FACTOR, MAX_DETOUR_FACTOR,
                    TransportField.DETOUR_FACTOR, out);
            Optional<Integer> v = Numbers.whole(speed, MIN_SPEED_KMH, MAX_SPEED_KMH, TransportField.SPEED, out);
            Optional<Integer> r = Numbers.whole(ruralTarget, MIN_TARGET, MAX_TARGET, TransportField.RURAL_TARGET, out);
            Optional<Integer> u = Numbers.whole(urbanTarget, MIN_TARGET, MAX_TARGET, TransportField.URBAN_TARGET, out);
            if (!out.isEmpty()) {
                return null;
            }
            return new CoverageSettings(d.orElseThrow(), f.orElseThrow(), v.orElseThrow(), r.orElseThrow(),
                    u.orElseThrow());
        }
    }

    /** Text for the settings table: {@code delay=3;detour=1.3;speed=35;ruralTarget=30;urbanTarget=12}. */
    public String encode() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(DELAY, Integer.toString(dispatchDelayMinutes));
        m.put(DETOUR, Numbers.text(detourFactor));
        m.put(SPEED, Integer.toString(speedKmh));
        m.put(RURAL, Integer.toString(ruralTargetMinutes));
        m.put(URBAN, Integer.toString(urbanTargetMinutes));
        return TEXT.write(m);
    }

    /** Reads {@link #encode()} text; a missing key takes its default, unknown keys are ignored (a newer file). */
    public static CoverageSettings decode(String text) {
        Map<String, String> m = TEXT.parseMap(text);
        try {
            return new CoverageSettings(
                    m.containsKey(DELAY) ? Integer.parseInt(m.get(DELAY)) : DEFAULT_DISPATCH_DELAY,
                    m.containsKey(DETOUR) ? Double.parseDouble(m.get(DETOUR)) : DEFAULT_DETOUR_FACTOR,
                    m.containsKey(SPEED) ? Integer.parseInt(m.get(SPEED)) : DEFAULT_SPEED_KMH,
                    m.containsKey(RURAL) ? Integer.parseInt(m.get(RURAL)) : DEFAULT_RURAL_TARGET,
                    m.containsKey(URBAN) ? Integer.parseInt(m.get(URBAN)) : DEFAULT_URBAN_TARGET);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("coverage settings: not a number in " + text, e);
        }
    }
}
