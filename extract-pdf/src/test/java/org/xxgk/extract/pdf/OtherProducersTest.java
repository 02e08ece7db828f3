package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

/**
 * PDFs printed by LibreOffice, WeasyPrint and wkhtmltopdf ({@code derived/producers/}, README there): the cells read
 * right are pinned against the golden file or the page's truth, and none is misfiled; the year and the agency are the
 * title's.
 */
class OtherProducersTest {

    private static AnnualReport read(String name) throws IOException {
        try (InputStream in = OtherProducersTest.class.getResourceAsStream("/derived/producers/" + name + ".pdf")) {
            return Xxgk.read(in, name + ".pdf");
        }
    }

    /**
     * The findings are the seed's own, as its golden file lists them, and no more: the sections' prose in the page's
     * layout boxes is read (no EMPTY_SECTION), the prose's figures agree with the tables but where the seed's do not.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000-libreoffice", "000-wkhtmltopdf", "002-weasyprint"})
    void findingsAreTheSeedsOwn(String name) throws IOException {
        Golden golden = Golden.load(name.substring(0, 3));
        List<String> expected = new ArrayList<>();
        golden.expectedFindings().forEach(f -> expected.add(f.rule()));
        golden.narrativeFindings().forEach(f -> expected.add("NARRATIVE_MISMATCH"));
        List<String> found = Xxgk.check(read(name)).stream().map(Finding::rule).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // tables without rules, read as lines: a label half an em from its first value is two cells, and rows as wide
        // as the text are rows, not a paragraph; 5.要求行政机关确认… leaves its first value a third of an em after its
        // label's middle line (或重新出具已获取信0), its row unread (a word processor's space before a number is a quarter)
        "004-libreoffice, V2019, 2019, 固原市信访局, 191",
        // the page's layout boxes printed as ruled cells: the title in one, broken over two of its rows (重庆市信访办公室
        // 2020年政府信息 / 公开工作年度报告), the prose of 一、总体情况 in others, above the report's tables: the title's
        // year and agency, and the narrative's figures, are read from them
        "000-libreoffice, V2019, 2020, 重庆市信访办公室, 198",
        // the whole article in one ruled box of one column: its lines are prose (the title, 日期:2021-01-29, the
        // sentences), not one cell that runs them together (…年度报告日期:2021-01-29根据…)
        "000-wkhtmltopdf, V2019, 2020, 重庆市信访办公室, 198",
        // an unruled LEGACY table whose unit and value columns all but touch (条7732, —— up to the values): the figures
        // starting each line there make the column; the rows after a label too long for its column, at the top of the
        // next page, are rows (…会议数   次 121), not a paragraph that runs 121 into the next label
        "002-weasyprint, LEGACY, 2018, 重庆市长寿区, 66",
        // section 三's header broken by the page: its columns in the grid's order, not in reading order
        "18000000-wkhtmltopdf, V2019, 2019, 江口县卫生健康委员会, 198",
        // a row broken after its numbering (2. / 同意部分公开答复数 条 0 0): one row, the LEGACY items after it numbered right
        "27000015-wkhtmltopdf, LEGACY, 2012, 青山区人民政府, 34",
    })
    void printsReadAndMisfileNothing(String name, String template, int year, String agency, int right)
            throws IOException {
        AnnualReport report = read(name);
        RealLabel truth = name.startsWith("00")
                ? RealLabel.of(Golden.load(name.substring(0, 3)))
                : RealLabel.load("/derived/producers/" + name + ".json", name);
        RealLabel.Score score = truth.compareAll(report);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as(name + " template").isEqualTo(template);
        soft.assertThat(report.year()).as(name + " year").hasValue(year);
        soft.assertThat(report.agency()).as(name + " agency").hasValue(agency);
        RealLabel.assertNoMisfiles(soft, name, truth.misfiles(report));
        soft.assertAll();
        assertThat(score.right()).as(score.summary()).isEqualTo(right);
    }
}
