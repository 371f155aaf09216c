package io.guankou.model.supply;

import io.guankou.model.codec.KeyValueCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's supplies settings, with the notices' defaults (the municipal notice, item 3, and the national one):
 * <ul>
 * <li>recent use over the last {@code windowDays} full days (7): daily use = units issued in those days ÷ days;</li>
 * <li>target stock for {@code targetPercent} of the served population (20: the notices ask for 15–20%,
 * stock for 15%–20% of the served population, the office may take 15);</li>
 * <li>alert under {@code alertDays} days of supply (14: always at least two weeks in hand);</li>
 * <li>the Spring Festival date (none until set) and, from {@code festivalLeadDays} (30) before it through the
 * Lantern Festival (the Lantern Festival, {@link #FESTIVAL_DAYS_AFTER} days after it), a target raised by
 * {@code festivalRaisePercent} (50): raised for the returnees of the Spring Festival.</li>
 * </ul>
 */
public record SupplySettings(int windowDays, int targetPercent, int alertDays, LocalDate springFestival,
                             int festivalLeadDays, int festivalRaisePercent) {

    public static final int DEFAULT_WINDOW_DAYS = 7;
    public static final int DEFAULT_TARGET_PERCENT = 20;
    public static final int DEFAULT_ALERT_DAYS = 14;
    public static final int DEFAULT_FESTIVAL_LEAD_DAYS = 30;
    public static final int DEFAULT_FESTIVAL_RAISE_PERCENT = 50;
    /** The raised target lasts through the Lantern Festival, the 15th day of the first month. */
    public static final int FESTIVAL_DAYS_AFTER = 14;

    public static final int MAX_WINDOW_DAYS = 60;
    public static final int MAX_TARGET_PERCENT = 100;
    public static final int MAX_ALERT_DAYS = 90;
    public static final int MAX_FESTIVAL_LEAD_DAYS = 90;
    public static final int MAX_FESTIVAL_RAISE_PERCENT = 300;

    private static final String WINDOW = "window";
    private static final String TARGET = "target";
    private static final String ALERT = "alert";
    private static final String FESTIVAL = "festival";
    private static final String LEAD = "festivalLead";
    private static final String RAISE = "festivalRaise";
    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("supply settings");

    public SupplySettings {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS || targetPercent < 1 || targetPercent > MAX_TARGET_PERCENT
                || alertDays < 1 || alertDays > MAX_ALERT_DAYS || festivalLeadDays < 0
                || festivalLeadDays > MAX_FESTIVAL_LEAD_DAYS || festivalRaisePercent < 0
                || festivalRaisePercent > MAX_FESTIVAL_RAISE_PERCENT) {
            throw new IllegalArgumentException("supply settings out of range: window " + windowDays + ", target "
                    + targetPercent + "%, alert " + alertDays + ", lead " + festivalLeadDays + ", raise "
                    + festivalRaisePercent + "%");
        }
    }

    public static SupplySettings defaults() {
        return new SupplySettings(DEFAULT_WINDOW_DAYS, DEFAULT_TARGET_PERCENT, DEFAULT_ALERT_DAYS, null,
                DEFAULT_FESTIVAL_LEAD_DAYS, DEFAULT_FESTIVAL_RAISE_PERCENT);
    }

    public Optional<LocalDate> festival() {
        return Optional.ofNullable(springFestival);
    }

    /** Whether the raised target holds on {@code day}: from the lead days before the festival through the Lantern Festival. */
    public boolean festivalRaised(LocalDate day) {
        return springFestival != null && !day.isBefore(springFestival.minusDays(festivalLeadDays))
                && !day.isAfter(springFestival.plusDays(FESTIVAL_DAYS_AFTER));
    }

    public SupplySettings withFestival(LocalDate day) {
        return new SupplySettings(windowDays, targetPercent, alertDays, day, festivalLeadDays, festivalRaisePercent);
    }

    /** The settings as typed in the form (the festival date may be blank: none). */
    public record Input(String windowDays, String targetPercent, String alertDays, String springFestival,
                        String festivalLeadDays, String festivalRaisePercent) {

        public static Input of(SupplySettings s) {
            return new Input(Integer.toString(s.windowDays()), Integer.toString(s.targetPercent()),
                    Integer.toString(s.alertDays()), s.springFestival() == null ? "" : s.springFestival().toString(),
                    Integer.toString(s.festivalLeadDays()), Integer.toString(s.festivalRaisePercent()));
        }

        public List<SupplyProblem> problems() {
            List<SupplyProblem> out = new ArrayList<>();
            parse(out);
            return out;
        }

        public Optional<SupplySettings> settings() {
            List<SupplyProblem> out = new ArrayList<>();
            SupplySettings s = parse(out);
            return out.isEmpty() ? Optional.of(s) : Optional.empty();
        }

        private SupplySettings parse(List<SupplyProblem> out) {
            Optional<Integer> w = SupplyInput.whole(windowDays, 1, MAX_WINDOW_DAYS, SupplyField.WINDOW_DAYS, out);
            Optional<Integer> t = SupplyInput.whole(targetPercent, 1, MAX_TARGET_PERCENT, SupplyField.TARGET_PERCENT,
                    out);
            Optional<Integer> a = SupplyInput.whole(alertDays, 1, MAX_ALERT_DAYS, SupplyField.ALERT_DAYS, out);
            Optional<LocalDate> f = SupplyInput.normalize(springFestival).isEmpty() ? Optional.empty()
                    : SupplyInput.date(springFestival, SupplyField.SPRING_FESTIVAL, out);
            Optional<Integer> l = SupplyInput.whole(festivalLeadDays, 0, MAX_FESTIVAL_LEAD_DAYS,
                    SupplyField.FESTIVAL_LEAD_DAYS, out);
            Optional<Integer> r = SupplyInput.whole(festivalRaisePercent, 0, MAX_FESTIVAL_RAISE_PERCENT,
                    SupplyField.FESTIVAL_RAISE_PERCENT, out);
            if (!out.isEmpty()) {
                return null;
            }
            return new SupplySettings(w.orElseThrow(), t.orElseThrow(), a.orElseThrow(), f.orElse(null),
                    l.orElseThrow(), r.orElseThrow());
        }
    }

    /** Text for the settings table: {@code window=7;target=20;alert=14;festival=2027-02-06;festivalLead=30;...}. */
    public String encode() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(WINDOW, Integer.toString(windowDays));
        m.put(TARGET, Integer.toString(targetPercent));
        m.put(ALERT, Integer.toString(alertDays));
        m.put(FESTIVAL, springFestival == null ? "" : springFestival.toString());
        m.put(LEAD, Integer.toString(festivalLeadDays));
        m.put(RAISE, Integer.toString(festivalRaisePercent));
        return TEXT.write(m);
    }

    /** Reads {@link #encode()} text; a missing key takes its default, unknown keys are ignored (a newer file). */
    public static SupplySettings decode(String text) {
        Map<String, String> m = TEXT.parseMap(text);
        try {
            String f = m.getOrDefault(FESTIVAL, "");
            return new SupplySettings(number(m, WINDOW, DEFAULT_WINDOW_DAYS), number(m, TARGET, DEFAULT_TARGET_PERCENT),
                    number(m, ALERT, DEFAULT_ALERT_DAYS), f.isBlank() ? null : LocalDate.parse(f.strip()),
                    number(m, LEAD, DEFAULT_FESTIVAL_LEAD_DAYS), number(m, RAISE, DEFAULT_FESTIVAL_RAISE_PERCENT));
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("supply settings: not a number or date in " + text, e);
        }
    }

    private static int number(Map<String, String> m, String key, int fallback) {
        return m.containsKey(key) ? Integer.parseInt(m.get(key).strip()) : fallback;
    }
}
