package org.xxgk.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;

/**
 * Portal pages ({@link PortalPage}) as a crawler copies them, on one line ({@code derived/crawler-copies/}, README
 * there): the cells read right are pinned, none is misfiled. The truth is the generator's report, from the seed in the
 * file's name (a page that leaves a zero blank prints nothing; a 0 read there is that zero).
 */
class CrawlerCopiesTest {

    @ParameterizedTest(name = "{0}-{2}")
    @CsvSource({
        // a LEGACY page run together: the prose names the table (…和政府信息公开情况统计表共六个部分组成) before its dates,
        // which are no indicators; the header runs on to the title and the first indicator (…统计表指标名称计量单位 |
        // 2012 | 年度历年累计主动公开文件数条712720), so the run is two columns' worth, not the year's value; a row
        // printed without values glues its label and unit to the next one's (2、网上申请数条3、信函、传真申请数条049)
        "27000004, LEGACY, run, 10",
        // … and 3.信函、传真申请数条对申请的答复总数条972, whose numbering then went back to 其中：1. (a duplicate key: the
        // reader crashed)
        "27000029, LEGACY, run, 2",
        // a spaced-out label whose last character is a unit word, the digits run on to it: 规 范 性 文 件098750
        "18000069, V2019, run, 185",
        // … and spaced off it: 规 范 性 文 件 1 139 (件 is no value of 本年新制作数量)
        "18000405, V2019, space, 5",
        // every text node apart by a space (BeautifulSoup's get_text(" ")): a number the page printed in two runs of
        // text comes in pieces, 行政强制 5 05 0 908 (505, 0, 908: only that join leaves no value with a leading 0)
        "18000006, V2019, nodes, 23",
        // … 受理依申请公开信息总数 条 1 89 276 (189 and 276: the items below add up to them, 1 and 89 would not)
        "27000019, LEGACY, nodes, 34",
        // … 行政处罚 6 27 in a one-column row: 627 or 6, which nothing settles; not the first piece
        "9000037, V2021, nodes, 199",
    })
    void crawlerCopiesMisfileNothing(long seed, Template template, String copy, int right) {
        AnnualReport report = read(seed + "-" + copy, text -> text);
        GeneratedReport r = ReportGenerator.generate(template, seed);
        SoftAssertions soft = new SoftAssertions();
        int read = TruthCheck.cellsRight(report, r.truth(), soft, seed + "-" + copy, "");
        soft.assertAll();
        assertThat(report.template()).isEqualTo(template);
        assertThat(read).as("cells read right of " + r.truth().size()).isEqualTo(right);
    }

    @Test
    void anIndicatorNumberedAsOneReadAboveIsNotPlaced() {
        // 2.同意部分公开答复数 printed 1.: its key is 1.同意公开答复数's, which of the two rows it names is unknown
        AnnualReport report = read("27000029-run", text -> text.replace("2.同意部分公开答复数条59", "1.同意部分公开答复数条59"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("1.同意部分公开答复数").contains("numbered as an indicator read above"));
        assertThat(report.value("legacy.3.1.cumulative")).isEmpty();
    }

    private AnnualReport read(String name, UnaryOperator<String> edit) {
        try (InputStream in = getClass().getResourceAsStream("/derived/crawler-copies/" + name + ".txt")) {
            String text = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name + ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
