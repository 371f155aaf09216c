package io.guankou.model.id;

import io.guankou.model.person.Sex;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks resident ID numbers against GB 11643-1999 (DOMAIN.md §2): 17 digits and a check character,
 * digits 7–14 the birth date, digit 17 odd for men.
 *
 * <p>Numbers pasted from Excel are the usual source of bad IDs. Damage is recognised and reported as such,
 * never repaired: once Excel has made a number of an ID the last digits are gone, and a guessed ID
 * would put a wrong person in the ledger. Harmless paste artefacts are undone: surrounding whitespace,
 * Excel's leading apostrophe (its "this is text" marker), full-width characters, and a lower-case x
 * (reported as the warning {@link IdProblem#LOWERCASE_X}).
 */
public final class ResidentIdValidator {

    /** Earliest birth year accepted: older "birth dates" are typing errors. */
    static final int EARLIEST_BIRTH_YEAR = 1880;

    private static final int LENGTH = 18;

    /** 5.00235E+17, 5.00235194501011E17, 5,00235E+17 (comma locales), 5E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](?:[.,][0-9]+)?[eE][+]?[0-9]{1,3}");
    /** 500235194501011000.0, 500235194501011234.00: a decimal point only a number has. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+\\.[0-9]+");
    /** 500,235,194,501,011,000: Excel's thousands separators. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
    /**
     * Excel keeps 15 significant digits, so an 18-digit ID stored as a number ends in 000.
     * A real ID can end in 000 too, so this only counts together with a wrong check character.
     */
    private static final String EXCEL_ZEROED_TAIL = "000";

    private ResidentIdValidator() {
    }

    /** Checks one ID number as of today in the clock's zone (a birth date after it is in the future). */
    public static IdCheck check(String raw, Clock clock) {
        return checkAsOf(raw, null, null, LocalDate.now(clock));
    }

    /**
     * Checks one ID number as of today in the clock's zone, and that the form's birth date and sex agree with
     * it. A null {@code birthDate} or {@code sex} is not compared.
     */
    public static IdCheck check(String raw, LocalDate birthDate, Sex sex, Clock clock) {
        return checkAsOf(raw, birthDate, sex, LocalDate.now(clock));
    }



    /**
     * As {@link #check(String, LocalDate, Sex, Clock)}, with "today" given, for tests and imports dated in the
     * past.
     */
    public static IdCheck checkAsOf(String raw, LocalDate birthDate, Sex sex, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<IdProblem> problems = new ArrayList<>(2);
        if (raw == null) {
            return new IdCheck(null, null, List.of(IdProblem.WRONG_LENGTH), null, null);
        }
        String s = clean(raw);

        if (hasNumberMark(s)) {
            if (SCIENTIFIC.matcher(s).matches()) {
                return new IdCheck(raw, null, List.of(IdProblem.EXCEL_SCIENTIFIC_NOTATION), null, null);
            }
            if (DECIMAL.matcher(s).matches() || GROUPED.matcher(s).matches()) {
                return new IdCheck(raw, null, List.of(IdProblem.EXCEL_NUMBER), null, null);
            }
        }

        if (s.length() != LENGTH) {
            problems.add(IdProblem.WRONG_LENGTH);
            if (!onlyIdCharacters(s)) {
                problems.add(IdProblem.BAD_CHARACTERS);
            }
            return new IdCheck(raw, null, problems, null, null);
        }
        if (!wellFormed(s)) {
            return new IdCheck(raw, null, List.of(IdProblem.BAD_CHARACTERS), null, null);
        }

        char last = s.charAt(LENGTH - 1);
        if (last == 'x') {
            problems.add(IdProblem.LOWERCASE_X);
        }
        String normalized = last == 'x' ? s.substring(0, LENGTH - 1) + 'X' : s;

        LocalDate born = birthDateOf(normalized);
        if (born == null) {
            problems.add(IdProblem.IMPOSSIBLE_BIRTH_DATE);
        } else if (born.isAfter(today)) {
            problems.add(IdProblem.FUTURE_BIRTH_DATE);
        }
        Sex idSex = (normalized.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;

        boolean checkOk = ResidentIds.checkCharacter(normalized.substring(0, 17)) == normalized.charAt(17);
        if (!checkOk && normalized.endsWith(EXCEL_ZEROED_TAIL)) {
            // Digits 16–18 were zeroed by Excel: digit 17 (sex) is lost, digits 7–14 (birth date) survive.
            problems.add(IdProblem.EXCEL_NUMBER);
            normalized = null;
            idSex = null;
        } else if (!checkOk) {
            problems.add(IdProblem.CHECK_CHARACTER);
        }

        if (birthDate != null && born != null && !birthDate.equals(born)) {
            problems.add(IdProblem.BIRTH_DATE_MISMATCH);
        }
        if (sex != null && idSex != null && sex != idSex) {
            problems.add(IdProblem.SEX_MISMATCH);
        }
        return new IdCheck(raw, normalized, problems, born, idSex);
    }

    /**
     * Whether the text has a character only a number Excel made of an ID has (an exponent, a decimal point or a
     * thousands separator): the damage patterns need one, so a plain ID skips them (an import checks 100,000).
     */
    private static boolean hasNumberMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == '.' || c == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * Undoes paste artefacts that cannot change the digits: full-width forms, surrounding whitespace
     * (including ideographic and no-break spaces and zero-width marks), and Excel's leading apostrophe.
     */
    static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        String s = strip(b.toString());
        if (!s.isEmpty() && isApostrophe(s.charAt(0))) {
            s = strip(s.substring(1));
        }
        return s;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\uFEFF' || c == '\u200E' || c == '\u200F';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '`';
    }

    private static boolean onlyIdCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && c != 'X' && c != 'x') {
                return false;
            }
        }
        return true;
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        char last = s.charAt(LENGTH - 1);
        return isDigit(last) || last == 'X' || last == 'x';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits 7–14 as a date, or null when they are not a real date or fall before 1880. */
    private static LocalDate birthDateOf(String id) {
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < EARLIEST_BIRTH_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
