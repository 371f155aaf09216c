package io.guankou.model.familydoctor;

/**
 * The groups whose family-doctor contract coverage the notices ask for: "加快提升60岁以上老年人签约服务覆盖面，对合并基础疾病的老年人
 * 实现签约服务全覆盖" (平安府发〔2023〕5号), "加大扩大65岁以上老年人签约服务覆盖面，基本实现重点人群签约全覆盖" (沪卫基层〔2023〕1号).
 */
public enum CoverageGroup {
    AGE_60_PLUS,
    AGE_65_PLUS,
    /** Persons with a comorbidity: the goal is every one of them. */
    COMORBIDITY
}
