package io.guankou.model.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "加快提升60岁以上老年人签约服务覆盖面，对合并基础疾病的老年人实现签约服务全覆盖" (平安府发〔2023〕5号): coverage of 60+, 65+ and
 * comorbidity per village and team, worked out by hand for the six persons below.
 */
class ContractCoverageTest {

    static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);

    static ContractPerson p(long id, long village, Long team, int age, boolean comorbidity, boolean signed) {
        return new ContractPerson(id, "p" + id, "", "", village, village == 1 ? "龙洞村" : "双河村", team,
                team == null ? null : "团队" + team, age, comorbidity, signed ? SIGNED : null);
    }

    // 龙洞村: 1 (62, signed), 2 (70, comorbidity, signed), 3 (81, comorbidity, not signed)
    // 双河村: 4 (60, not signed), 5 (66, comorbidity, signed, no team), 6 (90, not signed, no team)
    static final List<ContractPerson> PERSONS = List.of(p(1, 1, 1L, 62, false, true), p(2, 1, 1L, 70, true, true),
            p(3, 1, 2L, 81, true, false), p(4, 2, 2L, 60, false, false), p(5, 2, null, 66, true, true),
            p(6, 2, null, 90, false, false));

    @Test
    void theTownshipCountsEachGroup() {
        CoverageRow t = ContractCoverage.township(PERSONS);
        // 60+: all six, signed 1, 2, 5 = 3 of 6 = 50%
        assertThat(t.count(CoverageGroup.AGE_60_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_60_PLUS, 6, 3));
        assertThat(t.count(CoverageGroup.AGE_60_PLUS).percent()).isEqualTo(50);
        // 65+: 2, 3, 5, 6; signed 2, 5 = 2 of 4
        assertThat(t.count(CoverageGroup.AGE_65_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_65_PLUS, 4, 2));
        // comorbidity: 2, 3, 5; signed 2, 5 = 2 of 3 = 66% (rounded down)
        assertThat(t.count(CoverageGroup.COMORBIDITY)).isEqualTo(new CoverageCount(CoverageGroup.COMORBIDITY, 3, 2));
        assertThat(t.count(CoverageGroup.COMORBIDITY).percent()).isEqualTo(66);
        assertThat(t.complete(CoverageGroup.COMORBIDITY)).isFalse();
    }

    @Test
    void perVillageTheOneMissingAComorbidityContractComesFirst() {
        List<CoverageRow> v = ContractCoverage.byVillage(PERSONS);
        // 龙洞村 has 3 (comorbidity) unsigned, 双河村 none with comorbidity
        assertThat(v).extracting(CoverageRow::name).containsExactly("龙洞村", "双河村");
        assertThat(v.get(0).count(CoverageGroup.AGE_60_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_60_PLUS,
                3, 2));
        assertThat(v.get(1).count(CoverageGroup.AGE_65_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_65_PLUS,
                2, 1));
        assertThat(v.get(1).complete(CoverageGroup.COMORBIDITY)).isTrue();
        assertThat(v.get(1).count(CoverageGroup.COMORBIDITY).percent()).isEqualTo(100);
    }

    @Test
    void perTeamPersonsWithoutATeamHaveTheirOwnRow() {
        List<CoverageRow> t = ContractCoverage.byTeam(PERSONS);
        // 团队2: 3 and 4, both unsigned, one with comorbidity; 团队1: 1 and 2 signed; no team: 5 signed, 6 not
        assertThat(t).extracting(CoverageRow::name).containsExactly("团队2", null, "团队1");
        assertThat(t.get(0).count(CoverageGroup.AGE_60_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_60_PLUS,
                2, 0));
        assertThat(t.get(0).count(CoverageGroup.AGE_60_PLUS).percent()).isZero();
        assertThat(t.get(1).id()).isNull();
        assertThat(t.get(1).count(CoverageGroup.AGE_60_PLUS)).isEqualTo(new CoverageCount(CoverageGroup.AGE_60_PLUS,
                2, 1));
        assertThat(t.get(2).count(CoverageGroup.COMORBIDITY).percent()).isEqualTo(100);
    }

    @Test
    void theUnsignedAreListedComorbidityFirstThenOldest() {
        assertThat(ContractCoverage.unsigned(PERSONS)).extracting(ContractPerson::personId).containsExactly(3L, 6L,
                4L);
        assertThat(new CoverageCount(CoverageGroup.AGE_65_PLUS, 0, 0).percent()).isEqualTo(-1);
        // 299 of 300 is 99%, never 100
        assertThat(new CoverageCount(CoverageGroup.AGE_60_PLUS, 300, 299).percent()).isEqualTo(99);
    }
}
