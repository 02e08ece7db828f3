package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY row whose cells start with two units ({@code 其中：1、网站公开 条 条 26 7286 61 61}: pdfminer gives two
 * indicators' units, then their values) holds more than one indicator's cells: the unit under the year's column is no
 * blank cell, and the values after it are not this row's in order. Not placed, and said.
 */
class LegacyUnitUnderValueTest {

    private static final String TABLE = String.join("\n",
            "某县人民政府办公室2016年政府信息公开工作年度报告",
            "一、概述",
            "附表：政府信息公开情况统计表",
            "指标名称 计量单位 2016年度 历年累计",
            "主动公开信息数 条 87 7347",
            "ROW",
            "受理依申请公开信息总数 条 88 92",
            "对申请的答复数 条 95 95",
            "行政复议数 件 0 0");

    @Test
    void aRowOfOneUnitAndTwoValuesIsRead() {
        AnnualReport r = SeedText.read(TABLE.replace("ROW", "其中：1、网站公开 条 26 7286"));
        assertThat(r.value("legacy.1.1")).hasValue(new BigDecimal(26));
        assertThat(r.value("legacy.1.1.cumulative")).hasValue(new BigDecimal(7286));
    }

    @Test
    void aUnitUnderTheYearsColumnIsNoBlankCell() {
        AnnualReport r = SeedText.read(TABLE.replace("ROW", "其中：1、网站公开 条 条 26 7286 61 61\n2、政府公报公开"));
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("legacy.1.1"));
        assertThat(r.value("legacy.1")).hasValue(new BigDecimal(87));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("网站公开")
                .contains("under a value column"));
    }
}
