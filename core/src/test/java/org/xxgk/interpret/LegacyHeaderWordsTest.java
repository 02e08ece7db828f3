package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY table's header a word a line, as pdftotext -raw copies a print of it ({@code 指标 / 名称 / 计量 / 单位 2010 /
 * 年度 / 历年 / 累计}): the year of its {@code 2010年度} cell stands on the line of {@code 单位}, where a value would,
 * and is the header's.
 */
class LegacyHeaderWordsTest {

    private static final String HEADER = "六、政府信息公开情况统计表\n指标\n名称\n计量\n单位 2010\n年度\n历年\n累计\n";

    @Test
    void theHeadersYearBeforeItsNianduIsNoValue() {
        // each indicator's label whole on its line
        AnnualReport report = ResourceText.read("平和县自然资源局2010年度政府信息公开工作年度报告\n" + HEADER
                + "一、主动公开政府信息数 条 3 6\n其中：1.网站公开数 条 3 6\n2.政府公报公开数 条 0 0\n"
                + "二、受理依申请公开信息总数 条 0 118\n三、对申请的答复数 条 1 94\n四、行政复议数 条 0 30\n平和县自然资源局\n",
                "wide.txt");
        assertThat(value(report, "legacy.1")).isEqualTo(3);
        assertThat(value(report, "legacy.1.cumulative")).isEqualTo(6);
        assertThat(value(report, "legacy.1.2.cumulative")).isZero();
        assertThat(value(report, "legacy.4.cumulative")).isEqualTo(30);
        assertThat(report.cells().values()).noneMatch(c -> c.value().filter(v -> v.intValue() == 2010).isPresent());
    }

    @Test
    void theSameHeaderOverANarrowTablesFragments() throws IOException {
        // the narrow table of derived/portal-pages/27000003-plain.txt, its header as -raw prints it
        String plain = ResourceText.of("/derived/portal-pages/27000003-plain.txt");
        AnnualReport report = ResourceText.read(
                plain.replace("六、政府信息公开情况统计表\n指标 计量 2010 历年\n名称 单位 年度 累计\n", HEADER), "narrow.txt");
        assertThat(value(report, "legacy.1.1.cumulative")).isEqualTo(6);
        assertThat(value(report, "legacy.6.cumulative")).isEqualTo(8);
        assertThat(report.cells().values()).noneMatch(c -> c.value().filter(v -> v.intValue() == 2010).isPresent());
    }

    @Test
    void headerCellsRunTogetherNameTheirColumnsInOrder() {
        // pdftotext -raw: 计量单位2012年度历年累计 is three header cells; a row with one value of two (a blank cell lost)
        // is then not read as the year's
        String table = "六、政府信息公开情况统计表\n指标名称 计量单位2012年度历年累计\n主动公开文件数 条 712 720\n"
                + "其中：1、同意公开答复数 条 9\n行政复议数 件 0 10\n东川县教育局\n";
        AnnualReport report = ResourceText.read(table, "glued.txt");
        assertThat(value(report, "legacy.1.cumulative")).isEqualTo(720);
        assertThat(value(report, "legacy.2.cumulative")).isEqualTo(10);
        assertThat(report.cells().keySet()).noneMatch(k -> k.startsWith("legacy.1.1"));
        assertThat(report.warnings()).anyMatch(w -> w.message().contains("one value, \"9\""));
        // words besides the header's in the cell: it names no columns, and the count decides as before
        AnnualReport other = ResourceText.read(table.replace("历年累计\n", "历年累计数据说明\n"), "other.txt");
        assertThat(other.warnings()).noneMatch(w -> w.message().contains("one value, \"9\""));
    }

    @Test
    void aFigureNotBeforeNianduIsNotTakenForTheHeaders() {
        // 单位 2010 / 历年: no 年度 after it, so the figure may be a value; it is not dropped unsaid as the header's
        AnnualReport report = ResourceText.read("六、政府信息公开情况统计表\n指标\n名称\n计量\n单位 2010\n历年\n累计\n"
                + "一、主动公开政府信息数 条 3 6\n平和县自然资源局\n", "other.txt");
        boolean kept = report.cells().values().stream().anyMatch(c -> c.raw().equals("2010"))
                || report.warnings().stream().anyMatch(w -> w.message().contains("2010"));
        assertThat(kept).isTrue();
    }

    @Test
    void aHeaderThatLostItsYearsColumnIsToldByTheRowsPairs() throws IOException {
        // pdftotext -layout of a LibreOffice print: the 2016年度 cell on the lines above and below the header's, which
        // names 历年累计 alone; most rows print two figures, the year's at most the cumulative one
        String page = ResourceText.of("/derived/portal-pages/27000001-lo-layout.txt");
        AnnualReport report = ResourceText.read(page, "lost.txt");
        assertThat(value(report, "legacy.1.1")).isEqualTo(1049);
        assertThat(value(report, "legacy.1.1.cumulative")).isEqualTo(2753);
        assertThat(value(report, "legacy.2")).isEqualTo(6);
        assertThat(value(report, "legacy.2.cumulative")).isEqualTo(77);
        // one row whose first figure exceeds its second: the pairs are no year's and cumulative values, and the header
        // is taken at its word
        AnnualReport larger = ResourceText.read(page.replace("1049     2753", "2753     1049"), "larger.txt");
        assertThat(value(larger, "legacy.1.cumulative")).isEqualTo(1146);
        assertThat(value(larger, "legacy.2")).isEqualTo(-1);
        // rows of one figure more than of two: the header's one column is theirs
        String singles = page;
        for (String pair : List.of("1146     2850", "1049     2753", "97       97", "4     4", "0     0")) {
            singles = singles.replace(pair, " ".repeat(pair.length() - pair.strip().split(" +")[1].length())
                    + pair.strip().split(" +")[1]);
        }
        AnnualReport single = ResourceText.read(singles, "single.txt");
        assertThat(value(single, "legacy.1.cumulative")).isEqualTo(2850);
        assertThat(value(single, "legacy.2.cumulative")).isEqualTo(6);
    }

    @Test
    void theFirstIndicatorsLabelAmongTheHeadersWordsGetsTheValuesOnItsRow() {
        // plain pdftotext prints the first column's cells before the next's: the first indicator's label between 指标名称
        // and the other header words, its values on the row of those words
        String table = "六、政府信息公开情况统计表\n指标名称\n主动公开信\n息数\n\n计量单位 2012年度 历年累计\n条\n\n967\n\n1,915\n\n"
                + "其中：1.网站公开 条 967 1,310\n2.政府公报公开 条 0 605\n受理依申请公开信息总数 条 0 36\n东川县教育局\n";
        AnnualReport report = ResourceText.read(table, "inside.txt");
        assertThat(value(report, "legacy.1")).isEqualTo(967);
        assertThat(value(report, "legacy.1.cumulative")).isEqualTo(1915);
        assertThat(report.labels()).containsEntry("legacy.1", "主动公开信息数");
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(605);
        assertThat(value(report, "legacy.2.cumulative")).isEqualTo(36);
        // no values on the header's rows: the words after the label are still the header's, no indicator
        AnnualReport below = ResourceText.read(table.replace("条\n\n967\n\n1,915\n\n", ""), "below.txt");
        assertThat(below.labels().values()).noneMatch(l -> l.contains("计量单位"));
        assertThat(value(below, "legacy.2.cumulative")).isEqualTo(605);
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }
}
