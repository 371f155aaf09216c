package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "村（社区）; 村(社区)",
            "村【社区】; 村(社区)",
            "村〔社区〕; 村(社区)",
            "村[社区]; 村(社区)",
            "'  姓 名 '; 姓名",
            "所在村：; 所在村",
            "所在村:; 所在村",
            "*姓名; 姓名",
            "ＩＤ　Ｎｕｍｂｅｒ; idnumber",
            "Phone; phone"})
    void normalForm(String cell, String expected) {
        assertThat(SheetText.normalise(cell)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void lineBreaksNullAndBlank() {
        assertThat(SheetText.normalise("基础\r\n疾病\t")).isEqualTo("基础疾病");
        assertThat(SheetText.normalise(null)).isEmpty();
        assertThat(SheetText.isBlank("\u3000 \n")).isTrue();
        assertThat(SheetText.isBlank("0")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // cells already in normal form (digits, lower-case letters, ideographs) come back as they are
            "高血压; 高血压",
            "2针; 2针",
            "50023519501026879x; 50023519501026879x",
            "; ''",
            // one character outside those sends the whole cell through the rules
            "2Ｘ针; 2x针",
            "高血压、糖尿病; 高血压、糖尿病",
            "男 ; 男",
            "Ab1; ab1",
            "是*; 是",
            "丨; 丨"})
    void cellsAlreadyInNormalForm(String cell, String expected) {
        assertThat(SheetText.normalise(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'*'; true", "'：'; true", "'**:'; true", "'\u200b'; true", "'\ufeff '; true", "'\u00a0'; true",
            "'１'; false", "'ｘ'; false", "'、'; false", "'-'; false", "'×'; false", "' 否 '; false", "'X'; false"})
    void blankIsWhatTheNormalFormLeavesNothingOf(String cell, boolean blank) {
        // U+200B zero-width space, U+FEFF byte-order mark, U+00A0 no-break space: dropped like white space;
        // stars and colons at the ends are dropped; a full-width digit or letter is one
        assertThat(SheetText.isBlank(cell)).isEqualTo(blank);
        assertThat(SheetText.normalise(cell).isEmpty()).isEqualTo(blank);
    }
}
