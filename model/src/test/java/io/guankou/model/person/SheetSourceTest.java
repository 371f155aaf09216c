package io.guankou.model.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetSourceTest {

    @Test
    void storedAndReadBackIncludingAHashInTheFileName() {
        assertThat(new SheetSource("台账.xlsx", 12).stored()).isEqualTo("台账.xlsx#12");
        assertThat(SheetSource.parse("第#2批.xlsx#20001")).contains(new SheetSource("第#2批.xlsx", 20001));
    }

    @Test
    void otherValuesNameNoSource() {
        assertThat(SheetSource.parse("台账.xlsx")).isEmpty();
        assertThat(SheetSource.parse("#12")).isEmpty();
        assertThat(SheetSource.parse("台账.xlsx#")).isEmpty();
        assertThat(SheetSource.parse("台账.xlsx#0")).isEmpty();
        assertThat(SheetSource.parse("台账.xlsx#12a")).isEmpty();
        assertThat(SheetSource.parse(null)).isEmpty();
    }
}
