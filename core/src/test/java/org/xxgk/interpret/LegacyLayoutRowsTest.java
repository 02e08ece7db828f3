package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * LEGACY rows as pdftotext -layout breaks them in a print's narrow label column: 其中 alone on the line of its list's
 * first unit, a label wrapped around its number, the first indicator's label wrapped below its unit.
 */
class LegacyLayoutRowsTest {

    private static final String TITLE = "某县教育局2014年度政府信息公开工作年度报告\n六、政府信息公开情况统计表\n"
            + "指标名称         计量单位 2014年度 历年累计\n";

    @Test
    void ofWhichAloneLendsItsUnitToTheFirstItem() throws IOException {
        // pdftotext -layout of held-out page 27500002: 其中： 条 / 1.政府网站公开数 / 123 6810: 其中 is no indicator of
        // its own, its 条 is the item's
        AnnualReport report = ResourceText.read(ResourceText.of("/derived/portal-pages/27500002-layout.txt"), "of.txt");
        assertThat(value(report, "legacy.1.1")).isEqualTo(123);
        assertThat(value(report, "legacy.1.1.cumulative")).isEqualTo(6810);
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(6);
        assertThat(value(report, "legacy.2")).isEqualTo(9);
        assertThat(report.warnings()).noneMatch(w -> w.message().contains("printed twice"));
    }

    @Test
    void aLabelWrappedAroundItsNumberGoesOn() {
        // 政府公报 / 2. / 条 / 公开数 3 3: the table goes on past the label's first line
        AnnualReport report = ResourceText.read(TITLE + "主动公开文件数 条 505 505\n其中：1.政府网站公开数 条 502 502\n"
                + " 政府公报\n2.\n          条\n公开数     3    3\n受理依申请公开信息总数 条 77 112\n某县教育局\n", "around.txt");
        assertThat(value(report, "legacy.1.2")).isEqualTo(3);
        assertThat(value(report, "legacy.2.cumulative")).isEqualTo(112);
    }

    @Test
    void theFirstIndicatorWrappedBelowItsUnit() {
        // 主动公 条 / 开信息数 408 7774: the first row prints its unit before any value of the table
        AnnualReport report = ResourceText.read(TITLE + "主动公           条\n开信息数               408   7774\n"
                + "其中：1.网站公开     条    408   7774\n受理依申请公开信息总数 条 137 177\n某县教育局\n", "first.txt");
        assertThat(value(report, "legacy.1")).isEqualTo(408);
        assertThat(value(report, "legacy.1.cumulative")).isEqualTo(7774);
        assertThat(report.labels()).containsEntry("legacy.1", "主动公开信息数");
    }

    @Test
    void aLoneFigureTakesTheColumnItStandsUnder() throws IOException {
        // 2.   网上申请数      条        4: under 历年累计 as the rows of two figures place it, the year's cell blank;
        // 行政诉讼数 件   0 under the year's
        String page = ResourceText.of("/derived/portal-pages/27500002-layout.txt");
        AnnualReport report = ResourceText.read(page, "lone.txt");
        assertThat(value(report, "legacy.2.2.cumulative")).isEqualTo(4);
        assertThat(report.value("legacy.2.2")).isEmpty();
        assertThat(value(report, "legacy.5.cumulative")).isZero();
        assertThat(value(report, "legacy.7")).isZero();
        // the figure between the two columns' places: which column is unknown, and it is not placed (the list's sums
        // broken, 9 70 against 1 60 and 8 8, so that they do not tell it either)
        String unsummed = page.replace("受理依申请公开信息总数 条       9    72", "受理依申请公开信息总数 条       9    70");
        assertThat(unsummed).isNotEqualTo(page);
        AnnualReport between = ResourceText.read(unsummed.replace("网上申请数      条        4", "网上申请数      条      4"),
                "between.txt");
        assertThat(between.value("legacy.2.2.cumulative")).isEmpty();
        assertThat(between.value("legacy.2.2")).isEmpty();
        // far from both (a row's number printed apart on its unit's line): no column's
        AnnualReport far = ResourceText.read(unsummed.replace("网上申请数      条        4", "网上申请数  4   条"),
                "far.txt");
        assertThat(far.value("legacy.2.2.cumulative")).isEmpty();
        assertThat(far.value("legacy.2.2")).isEmpty();
    }

    @Test
    void placesAreTakenFromEnoughRowsInTheHeadersOrder() {
        // a -layout table: each column's figures at one place from row to row
        String rows = "主动公开文件数       条    123   6816\n其中：1.政府网站公开数  条    123   6810\n"
                + "2.政府公报公开数     条      0      6\n受理依申请公开信息总数   条      9     72\n"
                + "2.网上申请数       条             4\n某县教育局\n";
        AnnualReport report = ResourceText.read(TITLE + rows, "aligned.txt");
        assertThat(value(report, "legacy.2.2.cumulative")).isEqualTo(4);
        // the header names the cumulative column first: the rows' first figures are its
        AnnualReport reversed = ResourceText.read(TITLE.replace("2014年度 历年累计", "历年累计 2014年度") + rows,
                "reversed.txt");
        assertThat(value(reversed, "legacy.2.2")).isEqualTo(4);
        assertThat(value(reversed, "legacy.1.cumulative")).isEqualTo(123);
        // two rows of both figures are too few to tell the columns' places by
        String two = rows.replace("其中：1.政府网站公开数  条    123   6810\n", "")
                .replace("2.政府公报公开数     条      0      6\n", "");
        AnnualReport few = ResourceText.read(TITLE + two, "few.txt");
        assertThat(few.value("legacy.2.2.cumulative")).isEmpty();
    }

    @Test
    void aMarkApartFromItsNumberJoinsTheLabelAfterIt() {
        // 其中：1 条 / .   同意公开答复数 0 4: the mark starts the item's label, whose number ended the line above
        AnnualReport report = ResourceText.read(TITLE + "对申请的答复数          条   47    140\n其中：1        条\n"
                + "     .   同意公开答复数           0      4\n2.   同意部分公开答复数         条   47     47\n"
                + "3.   否决公开答复数      条   0      89\n某县教育局\n", "mark.txt");
        assertThat(value(report, "legacy.1.1")).isZero();
        assertThat(value(report, "legacy.1.1.cumulative")).isEqualTo(4);
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(47);
        assertThat(value(report, "legacy.1.3.cumulative")).isEqualTo(89);
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }
}
