package io.guankou.model.org;

/** Health facility types of DOMAIN.md §1; the oximeter minimum of §6 hangs on these. */
public enum FacilityType {
    /** 乡镇卫生院 / 中心卫生院 */
    TOWNSHIP_HEALTH_CENTRE,
    /** 社区卫生服务中心 */
    COMMUNITY_HEALTH_CENTRE,
    /** 分中心 */
    SUB_CENTRE,
    /** 社区卫生服务站 */
    COMMUNITY_HEALTH_STATION,
    /** 村卫生室 */
    VILLAGE_CLINIC
}
