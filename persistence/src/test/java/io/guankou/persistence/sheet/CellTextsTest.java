package io.guankou.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextsTest {

    private final CellTexts texts = new CellTexts(false);

    @Test
    void generalNumbersAsExcelShowsThem() {
        assertThat(texts.formatRawCellContents(0.1 + 0.2, 0, "General")).isEqualTo("0.3");
        assertThat(texts.formatRawCellContents(12_345_678_901d, 0, "General")).isEqualTo("12345678901");
        assertThat(texts.formatRawCellContents(123_456_789_012d, 0, "General")).isEqualTo("1.23457E+11");
        assertThat(texts.formatRawCellContents(13_800_000_000d, 0, "General")).isEqualTo("13800000000");
        assertThat(texts.formatRawCellContents(500235194801010000d, 0, "General")).isEqualTo("5.00235E+17");
        assertThat(texts.formatRawCellContents(42, 0, "General")).isEqualTo("42");
    }

    @Test
    void numberFormatsShowFifteenSignificantDigits() {
        assertThat(texts.formatRawCellContents(500235194801010017d, 1, "0")).isEqualTo("500235194801010000");
        assertThat(texts.formatRawCellContents(1234.5, 4, "#,##0.00")).isEqualTo("1,234.50");
    }

    @Test
    void datesAndTimesAsIso() {
        // 45356 = 2024-03-05 in the 1900 date system
        assertThat(texts.formatRawCellContents(45356, 14, "m/d/yy")).isEqualTo("2024-03-05");
        assertThat(texts.formatRawCellContents(45356.6041666667, 22, "m/d/yy h:mm"))
                .isEqualTo("2024-03-05 14:30");
        assertThat(texts.formatRawCellContents(0.6041666667, 20, "h:mm")).isEqualTo("14:30");
        assertThat(texts.formatRawCellContents(45356, 176, "yyyy\"年\"m\"月\"d\"日\"")).isEqualTo("2024-03-05");
        assertThat(new CellTexts(true).formatRawCellContents(43894, 14, "m/d/yy")).isEqualTo("2024-03-05");
    }
}
