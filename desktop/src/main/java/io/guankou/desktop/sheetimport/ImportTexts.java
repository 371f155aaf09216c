package io.guankou.desktop.sheetimport;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.id.IdProblem;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowNote;
import io.guankou.model.sheet.RowProblem;
import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.ValueProblem;
import io.guankou.model.sheet.YesNo;
import io.guankou.persistence.sheet.SheetReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The import's messages in the user's language: what is wrong with a row (naming the field and the value as
 * typed, resident IDs masked), what was noted, why a file cannot be read. Shared by the import window, the
 * rejected-rows workbook and the command line.
 */
public final class ImportTexts {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+\\d+");

    /** Key families: {@code import.problem.<RowProblem.Kind>}, {@code import.note.<RowNote.Kind>}, … */
    public static final String PROBLEM = "import.problem";
    public static final String NOTE = "import.note";
    public static final String SHEET_ERROR = "import.sheetError";

    private final Messages messages;

    public ImportTexts(Messages messages) {
        this.messages = messages;
    }

    public String column(LedgerColumn column) {
        return messages.label(column);
    }

    public String problem(RowProblem p) {
        String key = p.kind() == RowProblem.Kind.REQUIRED && p.column() == LedgerColumn.VILLAGE
                ? "import.problem.REQUIRED_NEW_VILLAGE" : Messages.enumKey(PROBLEM, p.kind());
        boolean id = p.column() == LedgerColumn.RESIDENT_ID || p.kind() == RowProblem.Kind.DUPLICATE_IN_SHEET;
        return messages.format(key, column(p.column()), shown(p.value(), id), detail(p));
    }

    public String note(RowNote n) {
        return messages.format(Messages.enumKey(NOTE, n.kind()), column(n.column()),
                shown(n.value(), n.column() == LedgerColumn.RESIDENT_ID));
    }

    /** One line for a row imported with notes: its number and every note. */
    public String noteLine(PlannedRow row) {
        return messages.format("import.rowPrefix", row.rowNumber()) + notes(row);
    }

    /** Every problem of a row, joined. */
    public String problems(PlannedRow row) {
        return join(row.problems().stream().map(this::problem).toList());
    }

    /** Every note of a row, joined. */
    public String notes(PlannedRow row) {
        return join(row.notes().stream().map(this::note).toList());
    }

    /** The row's values that wait for an answer, in one line; empty when none. */
    public String waiting(PlannedRow row) {
        if (row.unanswered().isEmpty()) {
            return "";
        }
        List<String> values = row.unanswered().stream()
                .map(c -> messages.format("import.values.value", column(c.column()), c.text())).toList();
        return messages.format("import.waiting", messages.join(values));
    }

    /**
     * What an answer for an unrecognised value of {@code column} means, in the user's words: the field's value,
     * yes/no as the column says it (contracted, date unknown …), or leave empty.
     */
    public String answer(LedgerColumn column, ValueAnswer answer) {
        if (answer.isEmpty()) {
            return messages.get("import.values.leaveEmpty");
        }
        if (!(answer.value() instanceof YesNo yes)) {
            return messages.label(answer.value());
        }
        boolean y = yes == YesNo.YES;
        return switch (column) {
            case FAMILY_DOCTOR_CONTRACT -> messages.get(y ? "import.values.contractYes" : "import.values.contractNo");
            case OXIMETER -> messages.get(y ? "import.values.oximeterYes" : "import.values.oximeterNo");
            case HEALTH_PACK -> messages.get(y ? "import.values.healthPackYes" : "import.values.healthPackNo");
            default -> messages.get(y ? "import.values.yes" : "import.values.no");
        };
    }

    /** An unrecognised value as typed, after its field's name and in the language's quotes. */
    public String value(UnknownValue v) {
        return messages.format("import.values.value", column(v.column()), v.text());
    }

    /** One line for a rejected row: its number and every problem. */
    public String rejectedLine(PlannedRow row) {
        return messages.format("import.rowPrefix", row.rowNumber()) + problems(row);
    }

    /** The error text per rejected row, for the rejected-rows workbook. */
    public Map<Integer, String> rejectedByRow(List<PlannedRow> rejected) {
        Map<Integer, String> m = new TreeMap<>();
        rejected.forEach(r -> m.put(r.rowNumber(), problems(r)));
        return m;
    }

    /** Why a file cannot be read; {@code sheetName} fills the message for a missing sheet. */
    public String sheetError(SheetReadException e, String sheetName) {
        return messages.text(sheetErrorMsg(e, sheetName));
    }

    public static Msg sheetErrorMsg(SheetReadException e, String sheetName) {
        return Msg.of(Messages.enumKey(SHEET_ERROR, e.reason()), sheetName == null ? "" : sheetName);
    }

    /** The reason stored with a tier kept from the sheet. */
    public String overrideReason(String fileName) {
        return messages.format("import.ui.overrideReason", fileName);
    }

    /** The heading of the error column in the rejected-rows workbook. */
    public String errorColumn() {
        return messages.get("import.errorColumn");
    }

    /** The suggested file name of the rejected rows for a sheet called {@code baseName}. */
    public String rejectedFileName(String baseName) {
        return messages.format("import.ui.rejectedFileName", baseName);
    }

    /**
     * A cell as the messages show it: resident IDs masked, as everywhere on screen, except what Excel turned into
     * scientific notation (5.00235E+17), which kept only the region digits and is what the office must look for.
     */
    private static String shown(String value, boolean residentId) {
        if (value == null) {
            return "";
        }
        return residentId && !SCIENTIFIC.matcher(value.strip()).matches() ? ResidentIds.mask(value) : value;
    }

    private String detail(RowProblem p) {
        String d = p.detail();
        if (d == null) {
            return "";
        }
        return switch (p.kind()) {
            case INVALID_ID, DAMAGED_ID, ID_MISMATCH -> label(IdProblem.class, d);
            case BAD_DATE, BAD_VALUE -> label(ValueProblem.class, d);
            default -> d;
        };
    }

    private <E extends Enum<E>> String label(Class<E> type, String name) {
        try {
            return messages.label(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private String join(List<String> parts) {
        return String.join(messages.get("import.separator"), new ArrayList<>(parts));
    }
}
