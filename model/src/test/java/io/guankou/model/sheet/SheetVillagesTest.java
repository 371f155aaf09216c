package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetVillagesTest {

    private static Village village(long id, String code, String name) {
        return new Village(id, null, code, name, UrbanRuralClass.C220, null);
    }

    /** Two townships' villages, as a county ledger may hold them: 新村 exists twice, 201 too. */
    private static final List<Village> LEDGER = List.of(
            village(1, "500235124001", "平安社区"),
            village(2, "500235124200", "龙洞村"),
            village(3, "500235124201", "石桥"),
            village(4, "500235124202", "新村"),
            village(5, "500235125201", "新村"),
            village(6, "500235125203", "红岩村民委员会"));

    private final SheetVillages villages = new SheetVillages(LEDGER);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // the name as stored
            "平安社区, 1",
            "龙洞村, 2",
            "石桥, 3",
            // spaces, full-width forms
            "' 龙洞村 ', 2",
            "龙 洞 村, 2",
            // the name without its ending, and with another ending than the ledger's
            "平安, 1",
            "龙洞, 2",
            "龙洞村委会, 2",
            "龙洞村民委员会, 2",
            "平安社区居委会, 1",
            "平安居委会, 1",
            // long form in the sheet, short in the ledger; and short in the sheet, long in the ledger
            "石桥村, 3",
            "石桥村委会, 3",
            "红岩村, 6",
            "红岩, 6",
            // the 12-digit division code, and its last three digits when they are unique
            "500235124200, 2",
            "500235124001, 1",
            "500235125201, 5",
            "001, 1",
            "200, 2",
            "202, 4",
            "203, 6",
    })
    void findsTheLedgersVillage(String text, long id) {
        assertThat(villages.find(text)).contains(id);
        assertThat(villages.unknown()).isEmpty();
    }

    @Test
    void fullWidthDigitsOfACodeAreDigits() {
        assertThat(villages.find("５００２３５１２４２００")).contains(2L);
    }

    @Test
    void aNameOrCodeShortFormTwoVillagesShareIsUnknown() {
        // 新村 is a village of both townships; 201 ends two codes
        Optional<Long> xincun = villages.find("新村");
        Optional<Long> code201 = villages.find("201");

        assertThat(xincun).hasValueSatisfying(id -> assertThat(SheetVillages.isPlaceholder(id)).isTrue());
        assertThat(code201).hasValueSatisfying(id -> assertThat(SheetVillages.isPlaceholder(id)).isTrue());
        assertThat(villages.unknown()).extracting(UnknownVillage::name).containsExactly("新村", "201");
        // the full code still tells them apart
        assertThat(villages.find("500235124202")).contains(4L);
        assertThat(villages.find("500235125201")).contains(5L);
    }

    @Test
    void unknownNamesGetOneNegativePlaceholderEachAndAreCounted() {
        long a = villages.find("团结村").orElseThrow();
        long b = villages.find(" 向阳社区").orElseThrow();
        long a2 = villages.find("团结村委会").orElseThrow();   // another spelling of the same name
        long a3 = villages.find("团结").orElseThrow();
        long b2 = villages.find("向阳社区").orElseThrow();
        villages.find("龙洞村");

        assertThat(a).isNegative();
        assertThat(b).isNegative().isNotEqualTo(a);
        assertThat(a2).isEqualTo(a);
        assertThat(a3).isEqualTo(a);
        assertThat(b2).isEqualTo(b);
        assertThat(SheetVillages.isPlaceholder(a)).isTrue();
        assertThat(SheetVillages.isPlaceholder(0)).isFalse();
        assertThat(SheetVillages.isPlaceholder(2)).isFalse();
        // in the order the sheet first names them, as first typed (stripped), with the rows naming them
        assertThat(villages.unknown()).extracting(UnknownVillage::placeholderId, UnknownVillage::name,
                UnknownVillage::rows).containsExactly(tuple(a, "团结村", 3), tuple(b, "向阳社区", 2));
    }

    @Test
    void eachSheetGetsItsOwnUnknownList() {
        villages.find("团结村");
        SheetVillages other = new SheetVillages(LEDGER);

        assertThat(other.unknown()).isEmpty();
        assertThat(other.find("向阳村")).contains(-1L);
        assertThat(villages.unknown()).extracting(UnknownVillage::name).containsExactly("团结村");
    }

    @Test
    void anEmptyLedgerKnowsNoVillage() {
        SheetVillages none = new SheetVillages(List.of());

        assertThat(none.find("龙洞村")).contains(-1L);
        assertThat(none.find("001")).contains(-2L);
        assertThat(none.unknown()).hasSize(2);
    }

    @Test
    void theUnknownListCannotBeChangedByTheCaller() {
        villages.find("团结村");
        List<UnknownVillage> list = villages.unknown();

        assertThatThrownBy(() -> list.add(new UnknownVillage(-9, "x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new UnknownVillage(0, "x", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
