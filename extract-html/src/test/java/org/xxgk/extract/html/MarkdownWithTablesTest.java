package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.extract.html.HtmlFixtures.texts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.extract.TableGrid;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * Markdown that holds its tables as HTML, as PDF converters write it ({@code # 标题}, paragraphs a line each, then
 * {@code <table>…</table>}): read as a page, its text outside every element keeps the lines its writer set apart
 * (a browser would run them together into one paragraph, and the title, the date and the part headings with them).
 */
class MarkdownWithTablesTest {

    /** Fixture 000.html as such Markdown: its heading, date line and paragraphs a line each, each table as its HTML. */
    private static String markdown() {
        Document page = Jsoup.parse(new String(HtmlFixtures.bytes("000"), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (Element e : page.body().select("h1, div.detail-info, p, table")) {
            if (e.parents().stream().anyMatch(a -> a.normalName().equals("table"))) continue;
            if (e.normalName().equals("table")) out.add(e.outerHtml());
            else if (!e.text().isBlank()) out.add((e.normalName().equals("h1") ? "# " : "") + e.text());
        }
        return String.join("\n\n", out) + "\n";
    }

    @Test
    void textOutsideEveryElementKeepsItsLines() {
        var doc = HtmlFixtures.html("# 某局2021年政府信息公开工作年度报告\n\n发布日期：2022-01-20\n一、总体情况\n本局  持续\n"
                + "<div>块内\n换行 in a block</div>尾");
        assertThat(texts(doc)).containsExactly(
                "# 某局2021年政府信息公开工作年度报告", "发布日期：2022-01-20", "一、总体情况", "本局 持续", "块内换行 in a block", "尾");
    }

    @Test
    void fixture000AsMarkdownWithHtmlTablesReadsItsGoldenFile() {
        String md = markdown();
        assertThat(md).startsWith("# 重庆市信访办公室2020年政府信息公开工作年度报告").contains("<table");
        AnnualReport r = Xxgk.read(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)), "000.md");
        GoldenAssert.assertMatches(r, Golden.load("000"));
    }

    @Test
    void pipeTablesBesideHtmlTablesAreGridsInTheirPlace() {
        // two pipe tables a blank line apart (the page's text keeps no blank line), then an HTML table
        var doc = HtmlFixtures.html("# 某局\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 1 |\n\n| 信息内容 | 本年处理决定数量 |\n"
                + "| --- | --- |\n| 行政许可 | 2 |\n<table><tr><td>行政复议</td></tr><tr><td>3</td></tr></table>");
        assertThat(HtmlFixtures.grids(doc).stream().map(HtmlFixtures::texts).toList()).containsExactly(
                List.of(List.of("信息内容", "本年制发件数"), List.of("规章", "1")),
                List.of(List.of("信息内容", "本年处理决定数量"), List.of("行政许可", "2")),
                List.of(List.of("行政复议"), List.of("3")));
        assertThat(HtmlFixtures.grids(doc).stream().map(TableGrid::index).toList()).containsExactly(1, 2, 3);
    }

    @Test
    void linesStartingWithABarWithoutASeparatorAreText() {
        var doc = HtmlFixtures.html("| 首页 | 政务公开 |\n正文<table><tr><td>1</td></tr></table>");
        assertThat(texts(doc)).containsExactly("| 首页 | 政务公开 |", "正文");
        assertThat(HtmlFixtures.grids(doc)).hasSize(1);
    }
}
