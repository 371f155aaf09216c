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
}
