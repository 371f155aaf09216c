package io.guankou.model.place.rules;

import static io.guankou.model.place.rules.PlaceFixtures.FACILITIES;
import static io.guankou.model.place.rules.PlaceFixtures.GRIDS;
import static io.guankou.model.place.rules.PlaceFixtures.TEAMS;
import static io.guankou.model.place.rules.PlaceFixtures.VILLAGES;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.org.FacilityType;
import io.guankou.model.org.TeamRole;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §1: a village has one or more grids, each served by a responsibility team of the village; grid and team
 * names are unique within their village; a facility has a type and a 24-hour duty phone.
 */
class OrganisationRulesTest {

    @Test
    void gridNamesAreUniqueWithinTheirVillageOnly() {
        // 第一网格 exists in both villages: a second one in 龙洞村 is refused, ...
        assertThat(GridRules.check(new GridEdit(0, 2L, "第一网格", null), VILLAGES, GRIDS, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE));
        // ... the grid itself keeps its name, and a removed grid's name is free
        assertThat(GridRules.check(new GridEdit(2, 2L, "第一网格", 2L), VILLAGES, GRIDS, TEAMS)).isEmpty();
        assertThat(GridRules.check(new GridEdit(0, 2L, "第二网格", 2L), VILLAGES, GRIDS, TEAMS)).isEmpty();
    }

    @Test
    void namesThatAnImportWouldTakeForOneAreOneName() {
        // a full-width space, a full-width digit and upper case do not make another grid (the import reads them as one)
        for (String same : new String[] {"第一\u3000网格", "第一 网格", "第一网格 "}) {
            assertThat(GridRules.check(new GridEdit(0, 2L, same, null), VILLAGES, GRIDS, TEAMS)).as(same)
                    .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE));
        }
        assertThat(PlaceNameRule.key("３组")).isEqualTo(PlaceNameRule.key("3组"));
        assertThat(PlaceNameRule.key("Team A")).isEqualTo(PlaceNameRule.key("teama"));
    }

    @Test
    void aGridIsInAVillageOfTheLedger() {
        assertThat(GridRules.check(new GridEdit(0, null, "第三网格", null), VILLAGES, GRIDS, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.REQUIRED));
        // village 3 was merged away
        assertThat(GridRules.check(new GridEdit(0, 3L, "第三网格", null), VILLAGES, GRIDS, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN));
    }

    @Test
    void aGridIsServedByATeamOfItsOwnVillage() {
        assertThat(GridRules.check(new GridEdit(0, 2L, "第三网格", 1L), VILLAGES, GRIDS, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.TEAM, PlaceProblem.Kind.OTHER_VILLAGE));
        assertThat(GridRules.check(new GridEdit(0, 2L, "第三网格", 3L), VILLAGES, GRIDS, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.TEAM, PlaceProblem.Kind.UNKNOWN));
    }

    @Test
    void teamNamesAreUniqueWithinTheirVillage() {
        assertThat(TeamRules.check(new TeamEdit(0, 2L, " 龙洞小分队 "), VILLAGES, TEAMS))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE));
        assertThat(TeamRules.check(new TeamEdit(0, 1L, "龙洞小分队"), VILLAGES, TEAMS)).isEmpty();
        assertThat(TeamRules.check(new TeamEdit(0, null, ""), VILLAGES, TEAMS)).containsExactly(
                new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.REQUIRED));
    }

    @Test
    void aMemberHasANameARoleAndAPhoneOrNone() {
        assertThat(MemberRules.check(new MemberEdit(0, 1, "谭医生", TeamRole.VILLAGE_DOCTOR, "", true))).isEmpty();
        assertThat(MemberRules.check(new MemberEdit(0, 1, "谭医生", TeamRole.VILLAGE_DOCTOR, "023-6512 3456",
                true))).isEmpty();
        assertThat(MemberRules.check(new MemberEdit(0, 1, " ", null, "12ab", false))).containsExactly(
                new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.ROLE, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.PHONE, PlaceProblem.Kind.PHONE_FORMAT));
    }

    @Test
    void aFacilityHasATypeAUniqueNameAndADutyPhoneInThePhoneFormat() {
        FacilityEdit clinic = new FacilityEdit(0, FacilityType.VILLAGE_CLINIC, "龙洞村卫生室", 2L, "023-00005678",
                false, "108.69", "30.93");
        assertThat(FacilityRules.check(clinic, VILLAGES, FACILITIES)).isEmpty();
        FacilityEdit bad = new FacilityEdit(0, null, "平安镇中心卫生院", 3L, "24小时", false, "108.69", "");
        assertThat(FacilityRules.check(bad, VILLAGES, FACILITIES)).containsExactly(
                new PlaceProblem(PlaceField.TYPE, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.FACILITY_NAME_TAKEN),
                new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN),
                new PlaceProblem(PlaceField.DUTY_PHONE, PlaceProblem.Kind.PHONE_FORMAT),
                new PlaceProblem(PlaceField.LATITUDE, PlaceProblem.Kind.HALF_A_POINT));
    }

    @Test
    void aTownshipWideFacilityHasNoVillage() {
        FacilityEdit centre = new FacilityEdit(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, "平安镇中心卫生院", null,
                "", true, "", "");
        assertThat(FacilityRules.check(centre, VILLAGES, FACILITIES)).isEmpty();
        assertThat(centre.location()).isNull();
    }

    @Test
    void aGridOrTeamThatHoldsPersonsKeepsItsVillage() {
        PlaceUse persons = new PlaceUse(4, 0, 0, 0, 0, 0, 0, 0);
        // the grid 第一网格 of 龙洞村 (village 2) to the community (village 1): its persons would stay behind
        assertThat(GridRules.check(new GridEdit(2, 1L, "第九网格", null), VILLAGES, GRIDS, TEAMS, persons))
                .containsExactly(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.KEEPS_ITS_VILLAGE));
        assertThat(GridRules.check(new GridEdit(2, 1L, "第九网格", null), VILLAGES, GRIDS, TEAMS)).isEmpty();
        PlaceUse grids = new PlaceUse(0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(TeamRules.check(new TeamEdit(2, 1L, "龙洞小分队"), VILLAGES, TEAMS, grids))
                .containsExactly(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.KEEPS_ITS_VILLAGE));
        // members alone do not hold a team in its village
        PlaceUse members = new PlaceUse(0, 0, 0, 0, 0, 0, 3, 0);
        assertThat(TeamRules.check(new TeamEdit(2, 1L, "龙洞小分队"), VILLAGES, TEAMS, members)).isEmpty();
        // a rename in place is fine
        assertThat(TeamRules.check(new TeamEdit(2, 2L, "龙洞村小分队"), VILLAGES, TEAMS, grids)).isEmpty();
    }
}
