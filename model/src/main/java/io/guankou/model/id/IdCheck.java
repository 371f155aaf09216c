package io.guankou.model.id;

import io.guankou.model.person.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of checking one resident ID number.
 *
 * @param input      what was given, untouched (may be null)
 * @param normalized 18 upper-case characters when the input could be read as an 18-character ID
 *                   (trimmed, apostrophe and full-width forms undone, x upper-cased); null when it could not,
 *                   and null when Excel damage was recognised, because the real digits are unknown
 * @param problems   everything found, in the order found; empty when the number is valid
 * @param birthDate  digits 7–14 when they are a real date (also when that date is in the future), else null
 * @param sex        from digit 17 (odd = male) when it is trustworthy, else null
 */
public record IdCheck(String input, String normalized, List<IdProblem> problems, LocalDate birthDate, Sex sex) {

    public IdCheck {
        problems = List.copyOf(problems);
    }

    /**
     * True when the number may be stored: no problem other than {@link IdProblem#LOWERCASE_X},
     * which is only a warning because {@link #normalized()} already holds the upper-case X.
     */
    public boolean isValid() {
        for (IdProblem p : problems) {
            if (!p.isWarning()) {
                return false;
            }
        }
        return true;
    }

    public boolean has(IdProblem problem) {
        return problems.contains(problem);
    }

    /** True when the value came out of Excel damaged: ask for the number from the ID card, do not repair it. */
    public boolean isExcelDamage() {
        return has(IdProblem.EXCEL_SCIENTIFIC_NOTATION) || has(IdProblem.EXCEL_NUMBER);
    }
}
