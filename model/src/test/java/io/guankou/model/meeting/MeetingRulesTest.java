package io.guankou.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.person.NameMask;
import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 12, 2);

    @Test
    void percentRoundsHalfUpAndHasNoneOfNothing() {
        assertThat(Percent.of(1, 8)).isEqualTo(13); // 12.5
        assertThat(Percent.of(2, 3)).isEqualTo(67); // 66.7
        assertThat(Percent.of(1, 3)).isEqualTo(33);
        assertThat(Percent.of(0, 5)).isZero();
        assertThat(Percent.of(3, 0)).isNull();
    }

    @Test
    void staffOnDutyAgainstTheEightyPercentTarget() {
        StaffFigures s = StaffFigures.sum(List.of(new FacilityDay(1, D, 30, 24, 4, 12), new FacilityDay(2, D, 5, 3, 1, 0)));
        assertThat(s.total()).isEqualTo(35);
        assertThat(s.onDuty()).isEqualTo(27);
        assertThat(s.infected()).isEqualTo(5);
        assertThat(s.feverVisits()).isEqualTo(12);
        assertThat(s.onDutyPercent()).isEqualTo(77); // 27/35 = 77.1%
        assertThat(s.meetsTarget()).isFalse();
        assertThat(StaffFigures.sum(List.of(new FacilityDay(1, D, 10, 8, 0, 0))).meetsTarget()).isTrue(); // exactly 80%
        assertThat(StaffFigures.sum(List.of()).onDutyPercent()).isNull();
    }

    @Test
    void aDailyEntryIsCheckedFieldByField() {
        assertThat(FacilityDayRules.check(new FacilityDay(1, D, 30, 24, 4, 12))).isEmpty();
        assertThat(FacilityDayRules.check(new FacilityDay(1, D, 10, 12, 0, -1))).containsExactlyInAnyOrder(
                new FacilityDayRules.Problem(FacilityDayRules.Field.FEVER_VISITS, FacilityDayRules.Kind.NEGATIVE),
                new FacilityDayRules.Problem(FacilityDayRules.Field.STAFF_ON_DUTY, FacilityDayRules.Kind.MORE_THAN_STAFF));
        // 10 staff, 8 on post: at most 2 can be off sick
        assertThat(FacilityDayRules.check(new FacilityDay(1, D, 10, 8, 3, 0))).containsExactly(
                new FacilityDayRules.Problem(FacilityDayRules.Field.STAFF_INFECTED, FacilityDayRules.Kind.MORE_THAN_OFF_DUTY));
        assertThat(FacilityDayRules.check(new FacilityDay(1, D, 10, 8, 11, 0))).contains(
                new FacilityDayRules.Problem(FacilityDayRules.Field.STAFF_INFECTED, FacilityDayRules.Kind.MORE_THAN_STAFF));
    }

    @Test
    void tierChangeSinceYesterday() {
        TierCounts today = new TierCounts(12, 30, 100);
        TierCounts yesterday = new TierCounts(10, 33, 100);
        assertThat(today.change(Tier.RED, yesterday)).isEqualTo(2);
        assertThat(today.change(Tier.YELLOW, yesterday)).isEqualTo(-3);
        assertThat(today.total()).isEqualTo(142);
    }

    @Test
    void namesAreMaskedForTheRoom() {
        assertThat(NameMask.mask("张三丰")).isEqualTo("张*丰");
        assertThat(NameMask.mask("张三")).isEqualTo("张*");
        assertThat(NameMask.mask("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(NameMask.mask("王")).isEqualTo("*");
        assertThat(NameMask.mask(" Li Ming ")).isEqualTo("L*");
        assertThat(NameMask.mask(null)).isEmpty();
    }

    @Test
    void idNumbersAndPhonesInFreeTextAreStarred() {
        assertThat(io.guankou.model.person.PersonalText.mask("联系 13800001111 核实")).isEqualTo("联系 *********** 核实");
        assertThat(io.guankou.model.person.PersonalText.mask("身份证 50023519380101002X 复核"))
                .isEqualTo("身份证 ****************** 复核");
        assertThat(io.guankou.model.person.PersonalText.mask("拨 023-6612 3456")).isEqualTo("拨 *************");
        // dates, counts and short numbers stay
        assertThat(io.guankou.model.person.PersonalText.mask("12月3日前补齐20台，2026-12-03"))
                .isEqualTo("12月3日前补齐20台，2026-12-03");
    }
}
