package io.guankou.desktop.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceNames;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.tier.TierRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTextTest {

    final Village village = new Village(7, RecordMeta.fresh("500235124", Instant.EPOCH), "500235124200", "龙洞村",
            UrbanRuralClass.C220, new GeoPoint(108.1, 30.9));
    final PlaceLists lists = new PlaceLists(List.of(village), List.of(), List.of(), List.of(), TierRules.defaults());
    final HistoryText t = new HistoryText(Messages.of(Language.ZH), lists);

    @Test
    void storedTextIsShownInWords() {
        assertThat(t.field("phone")).isEqualTo("电话");
        assertThat(t.value("sex", "FEMALE")).isEqualTo("女");
        assertThat(t.value("computedTier", "RED")).isEqualTo("红");
        assertThat(t.value("comorbidities", "HYPERTENSION:STABLE,DIABETES:UNSTABLE"))
                .isEqualTo("高血压(稳定)、糖尿病(不稳定)");
        assertThat(t.value("villageId", "7")).isEqualTo("龙洞村");
        assertThat(t.value("tierOverride", "RED|谭文华|2026-11-14T02:37:00.000Z|心衰加重"))
                .isEqualTo("红（谭文华：心衰加重）");
        assertThat(t.value("departure", "DECEASED|2026-11-20")).isEqualTo("死亡 2026-11-20");
        assertThat(t.value("pregnant", "false")).isEqualTo("否");
        assertThat(t.value("phone", null)).isEqualTo("（空）");
    }

    @Test
    void aPersonCreatedByAnImportNamesTheSheetRow() {
        assertThat(t.field("created")).isEqualTo("创建");
        assertThat(t.value("created", "台账.xlsx#12")).isEqualTo("导入自表格 台账.xlsx，第 12 行");
        assertThat(t.value("created", "第#2批.xlsx#20001")).isEqualTo("导入自表格 第#2批.xlsx，第 20001 行");
        HistoryText en = new HistoryText(Messages.of(Language.EN), lists);
        assertThat(en.field("created")).isEqualTo("Created");
        assertThat(en.value("created", "ledger.xlsx#12")).isEqualTo("imported from sheet ledger.xlsx, row 12");
    }

    @Test
    void unknownShapesAreShownAsStored() {
        assertThat(t.value("created", "台账.xlsx")).isEqualTo("台账.xlsx");
        assertThat(t.value("created", "台账.xlsx#x")).isEqualTo("台账.xlsx#x");
        assertThat(t.value("sex", "X")).isEqualTo("X");
        assertThat(t.value("villageId", "99")).isEqualTo("#99");
        assertThat(t.field("somethingNew")).isEqualTo("somethingNew");
    }

    @Test
    void aVillageMergedAwayIsStillNamedInAPersonsHistory() {
        // the places editor merged 双河 (8) into 龙洞村: the person's row says "village: 双河 → 龙洞村"
        PlaceLists after = new PlaceLists(List.of(village), List.of(), List.of(), List.of(), TierRules.defaults(),
                new PlaceNames(Map.of(PlaceKind.VILLAGE, Map.of(7L, "龙洞村", 8L, "双河"))));
        HistoryText text = new HistoryText(Messages.of(Language.ZH), after);
        assertThat(text.value("villageId", "8")).isEqualTo("双河");
        assertThat(text.value("villageId", "7")).isEqualTo("龙洞村");
        assertThat(text.value("gridId", "8")).isEqualTo("#8");
    }
}
