package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY regional table whose copy lost an item's numbering altogether ({@code 其中：1.网站公开 条 100 250} / {@code
 * 政府公报公开 条 25 50}, its {@code 2.} printed elsewhere, as plain pdftotext of a printed page leaves it): the item
 * reads at the top level, and every indicator after it a place off, unless the sums say where it belongs.
 */
class LegacyLostNumbersTest {

    private static final String REPORT = """
            某某县自然资源局2012年政府信息公开工作年度报告
            六、政府信息公开情况统计表
            指标名称 计量单位 2012年度 历年累计
            主动公开信息数 条 125 300
            其中：1.网站公开 条 100 250
            %s 条 %s
            受理依申请公开信息总数 条 10 20
            其中：1.当面申请数 条 4 8
            2.网上申请数 条 6 12
            对申请的答复数 条 10 20
            行政复议数 件 0 1
            """;

    @Test
    void anItemWhoseNumberingIsLostGoesBackIntoItsListWhereTheSumsSaySo() {
        // 主动公开信息数 125 / 300 is 1.网站公开 100 / 250 and this item's 25 / 50
        AnnualReport report = read(REPORT.formatted("政府公报公开", "25 50"));
        assertThat(report.labels().get("legacy.1.2")).isEqualTo("政府公报公开");
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(50);
        assertThat(report.labels().get("legacy.2")).isEqualTo("受理依申请公开信息总数");
        assertThat(value(report, "legacy.2.2")).isEqualTo(6);
        assertThat(value(report, "legacy.4.cumulative")).isEqualTo(1);
        assertThat(report.cells().keySet()).noneMatch(k -> k.startsWith("legacy.5"));
    }

    @Test
    void whereTheSumsDoNotSaySoItStaysWhereItIsRead() {
        // 30 / 50 with 100 / 250 is not 125 / 300: the row may be an indicator of its own
        AnnualReport report = read(REPORT.formatted("政府公报公开", "30 50"));
        assertThat(report.value("legacy.1.2")).isEmpty();
        assertThat(value(report, "legacy.2")).isEqualTo(30);
        // and a numbered item is its list's whatever the sums
        AnnualReport numbered = read(REPORT.formatted("2.政府公报公开", "30 50"));
        assertThat(value(numbered, "legacy.1.2")).isEqualTo(30);
    }

    @Test
    void anItemOfNoneIsNotMovedForItsSum() {
        // 0 / 0 keeps the sum above with or without it: where it belongs the sums cannot say
        AnnualReport report = read(REPORT.formatted("政府公报公开", "0 0").replace("条 100 250", "条 125 300"));
        assertThat(report.value("legacy.1.2")).isEmpty();
        assertThat(report.labels().get("legacy.2")).isEqualTo("政府公报公开");
    }

    @Test
    void aNumberedIndicatorOfTheTopLevelStaysWhereItIs() {
        // 二、其他 25 / 50 would keep 一's sum, but it prints its own numbering
        AnnualReport report = read(REPORT.formatted("二、其他公开", "25 50").replace("主动公开信息数", "一、主动公开信息数")
                .replace("受理依申请公开信息总数", "三、受理依申请公开信息总数").replace("对申请的答复数", "四、对申请的答复数")
                .replace("行政复议数", "五、行政复议数"));
        assertThat(report.value("legacy.1.2")).isEmpty();
        assertThat(value(report, "legacy.2")).isEqualTo(25);
    }

    @Test
    void anIndicatorWithItemsOfItsOwnStaysWhereItIs() {
        // 25 / 50 keeps the sum above, but the row has items below it: an indicator of the top level
        AnnualReport report = read(REPORT.formatted("政府公报公开", "25 50")
                .replace("受理依申请公开信息总数 条 10 20\n", ""));
        assertThat(value(report, "legacy.2")).isEqualTo(25);
        assertThat(value(report, "legacy.2.1")).isEqualTo(4);
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "lost-numbers.txt");
    }
}
