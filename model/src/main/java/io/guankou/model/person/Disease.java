package io.guankou.model.person;

/** The comorbidities (基础疾病) of DOMAIN.md §2. */
public enum Disease {
    /** 冠心病 */
    CORONARY_HEART_DISEASE,
    /** 脑卒中 */
    STROKE,
    /** 高血压 */
    HYPERTENSION,
    /** 慢阻肺 */
    COPD,
    /** 糖尿病 */
    DIABETES,
    /** 慢性肾病 */
    CHRONIC_KIDNEY_DISEASE,
    /** 肿瘤放化疗 */
    CANCER_UNDER_TREATMENT,
    /** 免疫缺陷 */
    IMMUNODEFICIENCY,
    /** 血液透析 */
    HAEMODIALYSIS
}
