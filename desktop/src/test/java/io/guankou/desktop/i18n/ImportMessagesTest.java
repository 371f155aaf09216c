package io.guankou.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.sheetimport.ImportTexts;
import io.guankou.model.id.IdProblem;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.RowNote;
import io.guankou.model.sheet.RowProblem;
import io.guankou.model.sheet.ValueProblem;
import io.guankou.persistence.sheet.SheetReadException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every way a row or a file can fail has a message in both languages that names the field and the value. */
class ImportMessagesTest {

    @Test
    void everyRowProblemNamesItsFieldAndValueInBothLanguages() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            ImportTexts texts = new ImportTexts(m);
            for (RowProblem.Kind kind : RowProblem.Kind.values()) {
                RowProblem p = new RowProblem(7, LedgerColumn.RESIDENT_ID, kind, "1.10101E+17",
                        kind == RowProblem.Kind.DUPLICATE_IN_SHEET ? "12" : null);
                String text = texts.problem(p);
                assertThat(m.has("import.problem." + kind.name())).as("%s %s", language, kind).isTrue();
                assertThat(text).as("%s %s", language, kind).contains(m.label(LedgerColumn.RESIDENT_ID));
                if (kind != RowProblem.Kind.REQUIRED && kind != RowProblem.Kind.DUPLICATE_IN_SHEET) {
                    assertThat(text).as("%s %s shows the value", language, kind).contains("1.10101E+17");
                }
            }
            for (RowNote.Kind kind : RowNote.Kind.values()) {
                String text = texts.note(new RowNote(7, LedgerColumn.COMORBIDITIES, kind, "痛风"));
                assertThat(m.has("import.note." + kind.name())).as("%s %s", language, kind).isTrue();
                assertThat(text).as("%s %s", language, kind).contains(m.label(LedgerColumn.COMORBIDITIES));
            }
            for (SheetReadException.Reason reason : SheetReadException.Reason.values()) {
                assertThat(texts.sheetError(new SheetReadException(reason, "x"), "台账"))
                        .as("%s %s", language, reason).isNotBlank().doesNotContain("import.sheetError");
            }
        }
    }

    @Test
    void aRejectedRowReadsAsOneLineWithTheReasonsInChinese() {
        ImportTexts zh = new ImportTexts(Messages.of(Language.ZH));
        PlannedRow row = new PlannedRow(9, RowAction.REJECTED, "张三", null, null, null, Set.of(), null, null,
                List.of(new RowProblem(9, LedgerColumn.RESIDENT_ID, RowProblem.Kind.DAMAGED_ID, "5.00235E+17",
                                IdProblem.EXCEL_SCIENTIFIC_NOTATION.name()),
                        new RowProblem(9, LedgerColumn.BIRTH_DATE, RowProblem.Kind.BAD_DATE, "1/5/2023",
                                ValueProblem.AMBIGUOUS_DAY_MONTH.name()),
                        new RowProblem(9, LedgerColumn.VILLAGE, RowProblem.Kind.REQUIRED, null)),
                List.of());

        assertThat(zh.rejectedLine(row)).isEqualTo("第 9 行：身份证号「5.00235E+17」：看起来是 Excel 科学计数法"
                + "（如 5.00235E+17），数字已丢失，请按身份证重新录入；出生日期「1/5/2023」：日和月无法区分，请写成 2023-05-01 的形式；"
                + "村（社区）：新增人员必须填写");
        assertThat(zh.rejectedByRow(List.of(row))).containsOnlyKeys(9);
    }

    @Test
    void residentIdsInMessagesAreMaskedAsOnScreenButExcelsScientificNotationIsShown() {
        ImportTexts zh = new ImportTexts(Messages.of(Language.ZH));
        String id = "50023519480314002x";
        String wrong = zh.problem(new RowProblem(4, LedgerColumn.RESIDENT_ID, RowProblem.Kind.INVALID_ID,
                "500235194803140021", IdProblem.CHECK_CHARACTER.name()));
        assertThat(wrong).contains("500235********0021").doesNotContain("19480314");
        assertThat(zh.note(new RowNote(4, LedgerColumn.RESIDENT_ID, RowNote.Kind.LOWERCASE_X, id)))
                .doesNotContain("19480314");
        assertThat(zh.problem(new RowProblem(5, LedgerColumn.RESIDENT_ID, RowProblem.Kind.DAMAGED_ID, "5.00235E+17",
                IdProblem.EXCEL_SCIENTIFIC_NOTATION.name()))).contains("「5.00235E+17」");
    }
}
