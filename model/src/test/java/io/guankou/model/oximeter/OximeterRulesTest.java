package io.guankou.model.oximeter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.org.FacilityType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OximeterRulesTest {

    @Test
    void theDefaultsAreTheNotices() {
        OximeterRules r = OximeterRules.defaults();
        // DOMAIN.md §6: centre and sub-centre >= 20, station and village clinic >= 2, committee >= 1
        assertThat(r.minimum(HolderType.of(FacilityType.TOWNSHIP_HEALTH_CENTRE))).isEqualTo(20);
        assertThat(r.minimum(HolderType.of(FacilityType.COMMUNITY_HEALTH_CENTRE))).isEqualTo(20);
        assertThat(r.minimum(HolderType.of(FacilityType.SUB_CENTRE))).isEqualTo(20);
        assertThat(r.minimum(HolderType.of(FacilityType.COMMUNITY_HEALTH_STATION))).isEqualTo(2);
        assertThat(r.minimum(HolderType.of(FacilityType.VILLAGE_CLINIC))).isEqualTo(2);
        assertThat(r.minimum(HolderType.COMMITTEE)).isEqualTo(1);
        assertThat(r.minimum(HolderType.FAMILY_DOCTOR_TEAM)).isEqualTo(1);
        assertThat(r.minimum(HolderType.RESPONSIBILITY_TEAM)).isEqualTo(1);
        assertThat(r.returnAfterDays()).isEqualTo(14);
    }

    @Test
    void encodesAndDecodesAndAMissingTypeTakesItsDefault() {
        OximeterRules r = OximeterRules.defaults().withMinimum(HolderType.RESPONSIBILITY_TEAM, 3);
        assertThat(OximeterRules.decode(r.encode())).isEqualTo(r);
        assertThat(OximeterRules.decode("COMMITTEE=2;returnDays=7;later=1").minimum(HolderType.COMMITTEE))
                .isEqualTo(2);
        assertThat(OximeterRules.decode("returnDays=7").minimum(HolderType.HEALTH_CENTRE)).isEqualTo(20);
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThatThrownBy(() -> OximeterRules.defaults().withMinimum(HolderType.COMMITTEE, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OximeterRules.decode("returnDays=0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeviceAtHomeIsOverdueTheDayAfterItsReturnDays() {
        OximeterRules r = OximeterRules.defaults(); // 14 days
        LocalDate issued = LocalDate.of(2026, 11, 1);
        assertThat(r.isReturnOverdue(issued, LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(r.isReturnOverdue(issued, LocalDate.of(2026, 11, 16))).isTrue();
        assertThat(r.daysOverdue(issued, LocalDate.of(2026, 11, 20))).isEqualTo(5);
        assertThat(r.daysOverdue(issued, LocalDate.of(2026, 11, 10))).isZero();
    }
}
