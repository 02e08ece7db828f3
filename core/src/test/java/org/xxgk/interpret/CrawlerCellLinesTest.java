package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * Seed 002's LEGACY table as crawlers copy a web page's table: one {@code |}-ended cell per line. A copy keeps the
 * page's navigation bar and footer (lines of several cells) in the same run of {@code |} lines, and writes a label
 * whose cell held a line break with a space where the break was.
 */
class CrawlerCellLinesTest {

    private static final String SEED = "/seeds/002_2d63126c8570951a.txt";
    private static final String HEADER = "统 计 指 标 |\n";
    private static final String LAST_CELL = "人次 |\n760 |\n";
    private static final String WEBSITE = "2.政府网站公开政府信息数 |\n";

    private static String seed() throws IOException {
        String text = ResourceText.of(SEED);
        assertThat(text).contains(HEADER, LAST_CELL, WEBSITE);
        return text;
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "002_2d63126c8570951a.txt");
    }

    @Test
    void aNavigationBarAndAFooterInTheSameRunLeaveTheTableWhole() throws IOException {
        String text = seed()
                .replace(HEADER, "首页 | 政务公开 | 网上办事 | 公众互动 |\n当前位置:首页 > 政务公开 |\n" + HEADER)
                .replace(LAST_CELL, LAST_CELL + "|\n网站地图 | 联系我们 | 主办:某市人民政府办公室 |\n");
        GoldenAssert.assertMatches(read(text), Golden.load("002"));
    }

    @Test
    void aLabelWhoseCellBrokeIsOneIndicator() throws IOException {
        AnnualReport r = read(seed().replace(WEBSITE, "2.政府网站公开 政府信息数 |\n"));
        GoldenAssert.assertMatches(r, Golden.load("002"));
        assertThat(r.labels().get("legacy.1.2.2")).isEqualTo("2.政府网站公开政府信息数");
    }

    @Test
    void aLabelWhoseCellBrokeIsOneIndicatorInPlainText() throws IOException {
        // the same copy without its bars: a line of text per cell
        AnnualReport r = read(seed().replace(WEBSITE, "2.政府网站公开 政府信息数 |\n").replace(" |\n", "\n"));
        GoldenAssert.assertMatches(r, Golden.load("002"));
    }

    @Test
    void aWordInTheUnitColumnStaysThereWhereTheLineFillsTheColumns() throws IOException {
        // a row on one line whose unit no table of units knows (篇次): its two cells fill the header's two columns, so
        // the word is the row's unit, not the rest of its label
        AnnualReport r = read(seed().replace(WEBSITE + "条 |\n7732 |\n", "2.政府网站公开政府信息数 篇次 7732 |\n"));
        assertThat(r.value("legacy.1.2.2")).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(7732));
        assertThat(r.units()).containsEntry("legacy.1.2.2", "篇次");
        GoldenAssert.assertCellsExcept(r, Golden.load("002"), "legacy.1.2.2");
    }

    @Test
    void anIndicatorAfterAUnitInOneRowStartsARowOfItsOwn() throws IOException {
        // a copy that lost the end of a row whose value was blank (html2text writes an empty last cell as white space
        // only): the next indicator runs on in the same row, after the first one's unit
        String rows = "(一)召开政府信息公开工作会议或专题会议数 |\n次 |\n121 |\n(二)举办各类培训班数 |\n次 |\n8 |\n";
        String text = seed();
        assertThat(text).contains(rows);
        AnnualReport r = read(text.replace(rows, "(一)召开政府信息公开工作会议或专题会议数 | 次 | | (二)举办各类培训班数 | 次 | 8 |\n"));
        assertThat(r.value("legacy.9.1")).isEmpty();
        assertThat(r.value("legacy.9.2")).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(8));
        assertThat(r.labels()).containsEntry("legacy.9.2", "(二)举办各类培训班数");
        GoldenAssert.assertCellsExcept(r, Golden.load("002"), "legacy.9.1");
    }
}
