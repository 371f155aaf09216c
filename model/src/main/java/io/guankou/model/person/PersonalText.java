package io.guankou.model.person;

import java.util.regex.Pattern;

/**
 * Free text shown to a room (an action item typed at the meeting, a referral's note): resident ID numbers and phone
 * numbers in it are starred, whoever typed them. Names cannot be recognised in free text; views for a room show
 * persons only through {@link NameMask}.
 */
public final class PersonalText {

    /** An 18-character resident ID (or a 15-digit old one) standing alone. */
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    /** A phone number: 7 or more digits, perhaps with an area code, blanks or dashes between groups. */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+?\\d[\\d -]{5,}\\d)(?!\\d)");

    /** A date written with dashes is no phone number. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private PersonalText() {
    }

    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String s = RESIDENT_ID.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
        return PHONE.matcher(s).replaceAll(m -> digits(m.group()) >= 7 && !DATE.matcher(m.group()).matches()
                ? "*".repeat(m.group().length()) : m.group());
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
