package org.xxgk.model;

/** The national report formats. */
public enum Template {
    /** 国办公开办函〔2021〕30号, reports for 2021 onward. */
    V2021,
    /** 国办公开办函〔2019〕60号, reports for 2019 and 2020. */
    V2019,
    /** The pre-2019 政府信息公开情况统计表 (统计指标 / 单位 / 统计数). */
    LEGACY,
    /** No template could be recognised. */
    UNKNOWN
}
