package io.guankou.model.sheet;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people type in ledger sheets. Every method takes the cell text as given (may be
 * {@code null}) and never throws on it: the outcome is a {@link Parsed} value, blank or problem, or for list
 * cells {@link Items} with the unknown parts. The words are in the UTF-8 resource {@code value-words.txt}.
 */
public final class ValueParsers {

    private static final String RESOURCE = "value-words.txt";
    /** Earliest accepted year, as for resident IDs. */
    private static final int MIN_YEAR = 1880;
    private static final Pattern TIME_SUFFIX =
            Pattern.compile("^(.*\\d)(?:\\s*T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Map<String, Boolean> yesNo;
    private final Map<LedgerColumn, Map<String, Boolean>> columnYesNo;
    private final List<String> unknownWords;
    private final Map<String, Sex> sex;
    private final Map<String, Vaccination> vaccination;
    private final List<String> vaccinationCountWords;
    private final Map<String, Integer> vaccinationCountNumerals;
    private final Map<String, Tier> tier;
    private final Map<String, LivingSituation> living;
    private final List<String> livingNone;
    private final Map<String, Mobility> mobility;
    private final Map<String, InfectionState> infection;
    private final Map<String, Control> control;
    private final List<String> controlWordsLongestFirst;
    private final List<String> conjunctions;
    private final Map<String, Disease> disease;
    private final List<String> diseaseNone;
    private final List<String> villageSuffixes;

    private ValueParsers(WordList w) {
        yesNo = new HashMap<>();
        w.words("yesno.YES").forEach(x -> yesNo.put(x, Boolean.TRUE));
        w.words("yesno.NO").forEach(x -> yesNo.put(x, Boolean.FALSE));
        unknownWords = w.words("yesno.UNKNOWN");
        columnYesNo = columnYesNo(w, yesNo);
        sex = section(w, "sex.", Sex.class);
        vaccination = section(w, "vaccination.", Vaccination.class);
        vaccinationCountWords = longestFirst(w.words("vaccination.countWords"));
        vaccinationCountNumerals = new HashMap<>();
        for (int i = 0; i <= 9; i++) {
            int count = i;
            w.words("vaccination.count." + i).forEach(x -> vaccinationCountNumerals.put(x, count));
        }
        tier = section(w, "tier.", Tier.class);
        living = section(w, "living.", LivingSituation.class);
        livingNone = w.words("living.none");
        mobility = section(w, "mobility.", Mobility.class);
        infection = section(w, "infection.", InfectionState.class);
        control = section(w, "control.", Control.class);
        controlWordsLongestFirst = longestFirst(new ArrayList<>(control.keySet()));
        conjunctions = longestFirst(w.words("list.conjunctions"));
        disease = section(w, "disease.", Disease.class);
        diseaseNone = w.words("disease.none");
        villageSuffixes = longestFirst(w.words("village.suffixes"));
    }

    /**
     * The form in which village names are compared: normalised, one usual ending (village committee,
     * community) taken off, so a sheet's short or long name finds the ledger's village. A name that is
     * only an ending is kept whole.
     */
    public String villageKey(String name) {
        String n = SheetText.normalise(name);
        for (String suffix : villageSuffixes) {
            if (n.length() > suffix.length() && n.endsWith(suffix)) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** The parsers with the words shipped with Guankou. */
    public static ValueParsers standard() {
        return Holder.STANDARD;
    }

    /** Parsers with words in the format of the shipped {@code value-words.txt}. */
    public static ValueParsers read(Reader reader) {
        try {
            return new ValueParsers(WordList.read(reader, "value words"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- single words ---------------------------------------------------------------------------------

    /**
     * Yes or no (shi/fou, check/cross, you/wu, Y/N, yes/no, 1/0 …); blank, and the words for unknown
     * (kong, buxiang …), are blank.
     */
    public Parsed<Boolean> yesNo(String cell) {
        String n = SheetText.normalise(cell);
        if (n.isEmpty() || unknownWords.contains(n)) {
            return Parsed.blank(cell);
        }
        Boolean b = yesNo.get(n);
        return b == null ? Parsed.failed(ValueProblem.UNRECOGNISED, cell) : Parsed.of(b, cell);
    }

    /**
     * Yes or no in the cell of a yes/no {@code column}: the words of {@link #yesNo(String)}, the column's own words
     * ({@code yesno.<COLUMN>.YES/NO}: pregnant, signed, issued …) and a column yes word after a negation
     * (wei-, bu-, fei-, wu-, mei- …), which is no. Negations apply to the column's own words only.
     */
    public Parsed<Boolean> yesNo(LedgerColumn column, String cell) {
        Parsed<Boolean> general = yesNo(cell);
        if (!general.isOk()) {
            Boolean b = columnYesNo.getOrDefault(column, Map.of()).get(SheetText.normalise(cell));
            if (b != null) {
                return Parsed.of(b, cell);
            }
        }
        return general;
    }

    /** Nan/nv, M/F, male/female, 1/2 (GB/T 2261.1). */
    public Parsed<Sex> sex(String cell) {
        return word(cell, sex);
    }

    /** Red/yellow/green by colour word, high/medium/low risk, service level 3/2/1, in both languages. */
    public Parsed<Tier> tier(String cell) {
        return word(cell, tier);
    }

    /** Normal (self-caring), limited (partly disabled), disabled, bedridden. */
    public Parsed<Mobility> mobility(String cell) {
        return word(cell, mobility);
    }

    /** Never infected (negative), infected (positive, in the course of illness), recovered. */
    public Parsed<InfectionState> infection(String cell) {
        return word(cell, infection);
    }

    /** A control column or marker: stable (well controlled) or unstable (poorly controlled). */
    public Parsed<Control> control(String cell) {
        return word(cell, control);
    }

    /**
     * COVID vaccination (DOMAIN.md §2). Complete means the primary series (quancheng, two doses of the inactivated
     * vaccines most people had); a booster (jiaqiangzhen, a third dose) counts as complete for the tier rules too.
     * Dose counts: 0 → none, 1 → incomplete, 2 → complete, 3 or more → booster (a number with
     * the dose words of the resource around it).
     * "Vaccinated" without a count is not a word here: whether the series is complete cannot be told.
     */
    public Parsed<Vaccination> vaccination(String cell) {
        String n = SheetText.normalise(cell);
        if (n.isEmpty()) {
            return Parsed.blank(cell);
        }
        Vaccination v = vaccination.get(n);
        if (v != null) {
            return Parsed.of(v, cell);
        }
        String rest = n;
        for (String word : vaccinationCountWords) {
            rest = rest.replace(word, "");
        }
        Integer numeral = vaccinationCountNumerals.get(rest);
        if (numeral != null || !rest.isEmpty() && rest.length() <= 2 && DIGITS.matcher(rest).matches()) {
            int doses = numeral != null ? numeral : Integer.parseInt(rest);
            Vaccination byCount = doses == 0 ? Vaccination.NONE
                    : doses == 1 ? Vaccination.INCOMPLETE
                    : doses == 2 ? Vaccination.COMPLETE
                    : Vaccination.BOOSTER;
            return Parsed.of(byCount, cell);
        }
        return Parsed.failed(ValueProblem.UNRECOGNISED, cell);
    }

    /** Age in whole years, 0–150, optionally followed by one Han unit character (sui). */
    public Parsed<Integer> age(String cell) {
        String n = SheetText.normalise(cell);
        if (n.isEmpty()) {
            return Parsed.blank(cell);
        }
        int end = n.length();
        while (end > 0 && !Character.isDigit(n.charAt(end - 1))) {
            end--;
        }
        boolean unitOk = end == n.length()
                || (n.length() - end == 1 && Character.UnicodeScript.of(n.charAt(end)) == Character.UnicodeScript.HAN);
        String digits = n.substring(0, end);
        if (unitOk && !digits.isEmpty() && digits.length() <= 3 && DIGITS.matcher(digits).matches()) {
            int age = Integer.parseInt(digits);
            if (age <= 150) {
                return Parsed.of(age, cell);
            }
        }
        return Parsed.failed(ValueProblem.UNRECOGNISED, cell);
    }

    // ---- dates ----------------------------------------------------------------------------------------

    /**
     * A calendar date: 2023-01-05, 2023/1/5, 2023.1.5, 20230105, the year-month-day characters form, and
     * what the readers give for Excel date cells ("2023-01-05 00:00", time ignored). Year-last forms
     * (5/1/2023, 1/13/2023) are read only when the order is clear: one number above 12, or both equal;
     * otherwise {@link ValueProblem#AMBIGUOUS_DAY_MONTH}. Two-digit years and year-month only are refused.
     */
    public static Parsed<LocalDate> date(String cell) {
        String s = cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return Parsed.blank(cell);
        }
        Matcher time = s.indexOf(':') < 0 ? null : TIME_SUFFIX.matcher(s); // a time of day has a colon
        if (time != null && time.matches()) {
            s = time.group(1);
        }
        s = WHITE_SPACE.matcher(s).replaceAll("");
        if (DIGITS.matcher(s).matches()) {
            if (s.length() == 8) {
                return ymd(cell, Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            return Parsed.failed(s.length() <= 5 ? ValueProblem.EXCEL_DATE_NUMBER : ValueProblem.NOT_A_DATE, cell);
        }
        List<String> groups = dateGroups(s);
        if (groups == null || groups.size() != 3) {
            return Parsed.failed(ValueProblem.NOT_A_DATE, cell);
        }
        String g0 = groups.get(0);
        String g1 = groups.get(1);
        String g2 = groups.get(2);
        if (g0.length() == 4 && g1.length() <= 2 && g2.length() <= 2) {
            return ymd(cell, Integer.parseInt(g0), Integer.parseInt(g1), Integer.parseInt(g2));
        }
        if (g2.length() == 4 && g0.length() <= 2 && g1.length() <= 2) {
            int a = Integer.parseInt(g0);
            int b = Integer.parseInt(g1);
            int year = Integer.parseInt(g2);
            if (a == b || (a > 12 && b <= 12)) {
                return ymd(cell, year, b, a);
            }
            if (b > 12 && a <= 12) {
                return ymd(cell, year, a, b);
            }
            if (a > 12) {
                return Parsed.failed(ValueProblem.IMPOSSIBLE_DATE, cell);
            }
            return Parsed.failed(ValueProblem.AMBIGUOUS_DAY_MONTH, cell);
        }
        return Parsed.failed(ValueProblem.NOT_A_DATE, cell);
    }

    /**
     * Digit groups of a date text whose separators are single characters from {@code - / .} or the Han
     * script (year, month, day characters), with at most one Han character after the last group;
     * {@code null} if the text has any other shape.
     */
    private static List<String> dateGroups(String s) {
        List<String> groups = new ArrayList<>(3);
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return null;
            }
            groups.add(s.substring(start, i));
            if (i == s.length()) {
                break;
            }
            char sep = s.charAt(i);
            boolean han = Character.UnicodeScript.of(sep) == Character.UnicodeScript.HAN;
            if (!(han || sep == '-' || sep == '/' || sep == '.')) {
                return null;
            }
            i++;
            if (i == s.length() && !han) {
                return null;
            }
        }
        return groups;
    }

    private static Parsed<LocalDate> ymd(String cell, int year, int month, int day) {
        if (year < MIN_YEAR) {
            return Parsed.failed(ValueProblem.IMPOSSIBLE_DATE, cell);
        }
        try {
            return Parsed.of(LocalDate.of(year, month, day), cell);
        } catch (DateTimeException e) {
            return Parsed.failed(ValueProblem.IMPOSSIBLE_DATE, cell);
        }
    }

    // ---- lists ----------------------------------------------------------------------------------------

    /**
     * Comorbidities typed in one cell (several diseases separated by punctuation, or a word for none) as
     * model diseases.
     * Parts are split at punctuation, spaces and joining words; each part may carry a control marker in
     * brackets or after it (hypertension (unstable), diabetes poorly controlled) making it
     * {@link Control#UNSTABLE}; a marker
     * standing alone as a part applies to every disease of the cell. Without a marker a disease is
     * {@link Control#STABLE}. Other bracketed notes are ignored when the disease before them is known.
     * Unknown parts are returned as typed, never dropped.
     */
    public Items<Comorbidity> comorbidities(String cell) {
        String whole = SheetText.normalise(cell);
        if (whole.isEmpty() || diseaseNone.contains(whole)) {
            return new Items<>(List.of(), List.of());
        }
        Map<Disease, Control> found = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Control all = null;
        for (String part : split(cell)) {
            String n = SheetText.normalise(part);
            if (n.isEmpty() || diseaseNone.contains(n)) {
                continue;
            }
            Control standalone = control.get(n);
            if (standalone != null) {
                all = standalone == Control.UNSTABLE || all == null ? standalone : all;
                continue;
            }
            Optional<Comorbidity> c = comorbidity(n);
            if (c.isPresent()) {
                found.merge(c.get().disease(), c.get().control(),
                        (x, y) -> x == Control.UNSTABLE || y == Control.UNSTABLE ? Control.UNSTABLE : Control.STABLE);
            } else {
                unknown.add(part.strip());
            }
        }
        List<Comorbidity> list = new ArrayList<>(found.size());
        Control forAll = all;
        found.forEach((d, c) -> list.add(new Comorbidity(d, forAll == Control.UNSTABLE ? Control.UNSTABLE : c)));
        return new Items<>(list, unknown);
    }

    /** The comorbidities with every control set to {@code control} (a separate control column). */
    public static List<Comorbidity> withControl(List<Comorbidity> comorbidities, Control control) {
        List<Comorbidity> out = new ArrayList<>(comorbidities.size());
        for (Comorbidity c : comorbidities) {
            out.add(new Comorbidity(c.disease(), control));
        }
        return out;
    }

    /** Living situations in one cell (alone, left behind …); the words for none give none; unknown parts reported. */
    public Items<LivingSituation> livingSituations(String cell) {
        String whole = SheetText.normalise(cell);
        if (whole.isEmpty() || livingNone.contains(whole)) {
            return new Items<>(List.of(), List.of());
        }
        List<LivingSituation> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : split(cell)) {
            String n = SheetText.normalise(part);
            if (n.isEmpty() || livingNone.contains(n)) {
                continue;
            }
            LivingSituation l = living.get(n);
            if (l == null) {
                unknown.add(part.strip());
            } else if (!found.contains(l)) {
                found.add(l);
            }
        }
        return new Items<>(found, unknown);
    }

    private Optional<Comorbidity> comorbidity(String n) {
        Disease d = disease.get(n);
        if (d != null) {
            return Optional.of(new Comorbidity(d, Control.STABLE));
        }
        // bracketed notes: disease (poorly controlled)
        int open = n.indexOf('(');
        if (open > 0) {
            String base = n.substring(0, open);
            String notes = n.substring(open).replaceAll("[()]", " ");
            Control c = Control.STABLE;
            for (String note : notes.strip().split(" +")) {
                if (markerOf(note) == Control.UNSTABLE) {
                    c = Control.UNSTABLE;
                }
            }
            Optional<Comorbidity> inner = comorbidity(base);
            if (inner.isPresent()) {
                Control merged = c == Control.UNSTABLE ? Control.UNSTABLE : inner.get().control();
                return Optional.of(new Comorbidity(inner.get().disease(), merged));
            }
            return Optional.empty();
        }
        // trailing marker: disease + marker word
        for (String marker : controlWordsLongestFirst) {
            if (n.length() > marker.length() && n.endsWith(marker)) {
                Disease base = disease.get(n.substring(0, n.length() - marker.length()));
                if (base != null) {
                    return Optional.of(new Comorbidity(base, control.get(marker)));
                }
            }
        }
        return Optional.empty();
    }

    /** The control a note states, exactly or at its end; null if none. */
    private Control markerOf(String note) {
        for (String marker : controlWordsLongestFirst) {
            if (note.endsWith(marker)) {
                return control.get(marker);
            }
        }
        return null;
    }

    /**
     * Splits a list cell at white space, punctuation outside brackets (commas, the enumeration comma,
     * semicolons, slashes, full stops …), '+' and the joining words. Parts keep their typed form.
     */
    private List<String> split(String cell) {
        String s = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        for (String c : conjunctions) {
            s = s.replace(c, ",");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.START_PUNCTUATION) {
                depth++;
            } else if (type == Character.END_PUNCTUATION) {
                depth = Math.max(0, depth - 1);
            }
            boolean separator = depth == 0 && (Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                    || type == Character.OTHER_PUNCTUATION || ch == '+');
            if (separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        parts.removeIf(p -> p.isBlank());
        return parts;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static <E> Parsed<E> word(String cell, Map<String, E> words) {
        String n = SheetText.normalise(cell);
        if (n.isEmpty()) {
            return Parsed.blank(cell);
        }
        E e = words.get(n);
        return e == null ? Parsed.failed(ValueProblem.UNRECOGNISED, cell) : Parsed.of(e, cell);
    }

    /** Per yes/no column: its own words and its yes words after each negation (general words win). */
    private static Map<LedgerColumn, Map<String, Boolean>> columnYesNo(WordList w, Map<String, Boolean> general) {
        List<String> negations = w.words("yesno.negations");
        Map<LedgerColumn, Map<String, Boolean>> m = new EnumMap<>(LedgerColumn.class);
        for (LedgerColumn column : LedgerColumn.values()) {
            Map<String, Boolean> words = new HashMap<>();
            List<String> yes = w.words("yesno." + column.name() + ".YES");
            for (String word : yes) {
                for (String negation : negations) {
                    words.putIfAbsent(negation + word, Boolean.FALSE);
                }
            }
            yes.forEach(x -> words.put(x, Boolean.TRUE));
            w.words("yesno." + column.name() + ".NO").forEach(x -> words.put(x, Boolean.FALSE));
            words.keySet().removeAll(general.keySet());
            if (!words.isEmpty()) {
                m.put(column, Map.copyOf(words));
            }
        }
        return m;
    }

    private static <E extends Enum<E>> Map<String, E> section(WordList w, String prefix, Class<E> type) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            for (String word : w.words(prefix + e.name())) {
                E before = m.putIfAbsent(word, e);
                if (before != null && before != e) {
                    throw new IllegalStateException("value word '" + word + "' means both " + before + " and " + e);
                }
            }
        }
        return m;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(l);
    }

    private static final class Holder {
        static final ValueParsers STANDARD = new ValueParsers(WordList.resource(RESOURCE));
    }
}
