package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY list item whose label wraps around its unit and loses its number (plain pdftotext of a printed page:
 * {@code 1.当面申请数 条 0 7} / {@code 传 条} / {@code 真申请数 0 0} / {@code 3.电子邮件申请数 条 0 0}): the row of its unit
 * alone is judged by the values printed with the rest of its label, so that the list's sums and its next number place
 * it as the list's second item, not as a new indicator with every one after it a place off.
 */
class LegacyUnitAloneTest {

    private static final String TABLE = String.join("\n",
            "某区人民政府办公室2012年度政府信息公开工作年度报告",
            "一、概述",
            "六、政府信息公开情况统计表",
            "指标名称 计量单位 2012年度 历年累计",
            "主动公开信息数 条 312 8196",
            "受理依申请公开信息总数 条 27 41",
            "其中：1.当面申请数 条 0 7",
            "传 条",
            "真申请数 VALUES",
            "3.电子邮件申请数 条 0 0",
            "4.网上申请数 条 27 34",
            "对申请的答复数 条 23 32",
            "行政复议数 件 0 4");

    @Test
    void theUnitsRowIsTheListsItemByTheValuesBelowIt() {
        AnnualReport r = SeedText.read(TABLE.replace("VALUES", "0 0"));
        assertThat(r.value("legacy.2.2")).hasValue(BigDecimal.ZERO);
        assertThat(r.value("legacy.2.3.cumulative")).hasValue(BigDecimal.ZERO);
        assertThat(r.value("legacy.2.4.cumulative")).hasValue(new BigDecimal(34));
        assertThat(r.value("legacy.3")).hasValue(new BigDecimal(23));
        assertThat(r.value("legacy.4.cumulative")).hasValue(new BigDecimal(4));
        assertThat(r.labels().get("legacy.2.2")).isEqualTo("传真申请数");
    }

    @Test
    void valuesBelowThatExceedWhatTheParentLacksKeepItAtTheTopLevel() {
        // 30 and 40 are more than 受理依申请公开信息总数 lacks of its items (27, 34): no item of its
        AnnualReport r = SeedText.read(TABLE.replace("VALUES", "30 40"));
        assertThat(r.value("legacy.3")).hasValue(new BigDecimal(30));
        assertThat(r.labels().get("legacy.3")).isEqualTo("传真申请数");
        assertThat(r.cells().keySet()).doesNotContain("legacy.2.2");
    }
}
