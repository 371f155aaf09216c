package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    private static final ColumnMapping MAPPING = ColumnMapping.empty()
            .with(1, LedgerColumn.NAME)
            .with(2, LedgerColumn.RESIDENT_ID)
            .with(27, LedgerColumn.TIER);

    @Test
    void withAndWithoutLeaveTheOriginalUnchanged() {
        ColumnMapping moved = MAPPING.with(5, LedgerColumn.NAME);
        assertThat(moved.indexOf(LedgerColumn.NAME)).hasValue(5);
        assertThat(moved.columnAt(1)).isEmpty();
        assertThat(MAPPING.indexOf(LedgerColumn.NAME)).hasValue(1);

        ColumnMapping replaced = MAPPING.with(2, LedgerColumn.PHONE);
        assertThat(replaced.contains(LedgerColumn.RESIDENT_ID)).isFalse();
        assertThat(replaced.columnAt(2)).contains(LedgerColumn.PHONE);

        ColumnMapping less = MAPPING.without(27);
        assertThat(less.size()).isEqualTo(2);
        assertThat(MAPPING.size()).isEqualTo(3);
        assertThat(less.without(99)).isSameAs(less);
    }

    @Test
    void aColumnMayBeMappedOnlyOnce() {
        assertThatThrownBy(() -> ColumnMapping.of(Map.of(0, LedgerColumn.NAME, 3, LedgerColumn.NAME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NAME");
        assertThatThrownBy(() -> ColumnMapping.empty().with(-1, LedgerColumn.NAME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cellReadsTheMappedColumn() {
        List<String> row = Arrays.asList("1", " 张三 ", null);
        assertThat(MAPPING.cell(row, LedgerColumn.NAME)).isEqualTo("张三");
        assertThat(MAPPING.cell(row, LedgerColumn.RESIDENT_ID)).isNull();
        assertThat(MAPPING.cell(row, LedgerColumn.TIER)).isNull();
        assertThat(MAPPING.cell(row, LedgerColumn.PHONE)).isNull();
    }

    @Test
    void codecWritesStableTextWithExcelLetters() {
        assertThat(ColumnMappingCodec.encode(MAPPING)).isEqualTo("""
                format=1
                B=NAME
                C=RESIDENT_ID
                AB=TIER
                """);
        assertThat(ColumnMappingCodec.encode(ColumnMapping.empty())).isEqualTo("format=1\n");
    }

    @Test
    void codecRoundTrips() {
        assertThat(ColumnMappingCodec.decode(ColumnMappingCodec.encode(MAPPING))).isEqualTo(MAPPING);
        ColumnMapping all = ColumnMapping.empty();
        for (LedgerColumn c : LedgerColumn.values()) {
            all = all.with(c.ordinal() * 7, c);
        }
        assertThat(ColumnMappingCodec.decode(ColumnMappingCodec.encode(all))).isEqualTo(all);
    }

    @Test
    void decodeIsLenientWithHandWrittenFiles() {
        String text = "\ufeff# mapping for the east village sheet\r\n\r\n b = name \r\n2=resident_id\r\nab=TIER\r\n";
        assertThat(ColumnMappingCodec.decode(text)).isEqualTo(MAPPING);
    }

    @Test
    void decodeRefusesWhatItCannotRead() {
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAMES"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NAMES");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAME\nC=NAME"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAME\na=PHONE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A1=NAME"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("NAME"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnMappingCodec.decode("format=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> ColumnMappingCodec.decode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, A", "25, Z", "26, AA", "27, AB", "701, ZZ", "702, AAA", "16383, XFD"})
    void excelColumnLetters(int index, String letters) {
        assertThat(ColumnMappingCodec.letters(index)).isEqualTo(letters);
        assertThat(ColumnMappingCodec.index(letters)).isEqualTo(index);
        assertThat(ColumnMappingCodec.index(letters.toLowerCase())).isEqualTo(index);
    }

    @Test
    void signatureIgnoresSpacingWidthBracketsAndCase() {
        String a = ColumnMapping.signature(List.of("序号", "姓名", "身份证\n号码", "村（社区）", "Phone"));
        String b = ColumnMapping.signature(Arrays.asList(" 序号", "姓 名", "身份证号码", "村(社区)", "PHONE", "", null));
        assertThat(a).isEqualTo(b).isEqualTo("序号|姓名|身份证号码|村(社区)|phone");
        assertThat(ColumnMapping.signature(List.of("姓名", "身份证号码"))).isNotEqualTo(a);
        assertThat(ColumnMapping.signature(List.of("身份证号码", "姓名")))
                .isNotEqualTo(ColumnMapping.signature(List.of("姓名", "身份证号码")));
    }

    @Test
    void detectionSignatureIsTheHeadersSignature() {
        HeaderDetection d = HeaderDetector.standard().map(new RawRow(1, List.of("姓名", "身份证号")));
        assertThat(d.signature()).isEqualTo(ColumnMapping.signature(List.of("姓名", "身份证号")));
    }
}
