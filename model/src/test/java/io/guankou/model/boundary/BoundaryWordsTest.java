package io.guankou.model.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryWordsTest {

    @Test
    void theWordsComeFromTheFileInItsOrder() {
        assertThat(BoundaryWords.CODE_KEYS).startsWith("village_code", "VILLAGE_CODE", "code").contains("村代码", "adcode");
        assertThat(BoundaryWords.NAME_KEYS).contains("name", "村名", "社区名称");
        assertThat(BoundaryWords.GRID_KEYS).contains("grid", "网格");
    }

    @Test
    void aSuffixThatEndsWithAnotherComesBeforeIt() {
        // 社区居委会 must be cut as one, not as 居委会 leaving 社区
        List<String> s = BoundaryWords.NAME_SUFFIXES;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                assertThat(s.get(i).endsWith(s.get(j)) || !s.get(j).endsWith(s.get(i)))
                        .as(s.get(j) + " before " + s.get(i)).isTrue();
            }
        }
        assertThat(PlaceNameKey.of("平安社区居委会")).isEqualTo(PlaceNameKey.of("平安"));
    }
}
