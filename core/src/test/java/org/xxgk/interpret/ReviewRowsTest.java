package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Section 四 of held-out portal pages printed by pdftotext: a group's values over two lines, the first on its label's
 * first line ({@code derived/portal-pages/18500004-layout.txt}: {@code 行政诉讼（未经复议直接起 0} / {@code 诉） 77 0 1
 * 78}); a value of 结转's that the plain copy printed after 四's heading ({@code 18500004-plain.txt}); the table's fifteen
 * values on the heading's line ({@code 9500018-plain.txt}). {@code PrintedPortalPagesTest} judges the whole pages.
 */
class ReviewRowsTest {

    private static final String LAYOUT = "/derived/portal-pages/18500004-layout.txt";
    private static final String PLAIN = "/derived/portal-pages/18500004-plain.txt";
    private static final String ONE_LINE = "/derived/portal-pages/9500018-plain.txt";

    @Test
    void aGroupOverTwoLinesIsOneRow() throws IOException {
        AnnualReport report = read(LAYOUT, "");
        assertThat(group(report, "review.litigationDirect")).containsExactly(0, 77, 0, 1, 78);
        assertThat(group(report, "review.litigationAfterReview")).containsExactly(38, 75, 0, 0, 113);
    }

    @Test
    void twoLinesThatDoNotKeepTheGroupsSumStayApart() throws IOException {
        // 0 + 77 + 0 + 1 is not 79: not one row
        AnnualReport report = read(LAYOUT, "诉）               77    0   1    79");
        assertThat(report.value("review.litigationDirect.corrected")).isEmpty();
        assertThat(report.value("review.litigationDirect.total")).isEmpty();
    }

    @Test
    void aValueOnTheHeadingsLineIsNoneOfTheTables() throws IOException {
        // 四、政府信息公开行政复议、行政诉讼情况 / 0: 结转's last value, the line after it the header's
        AnnualReport report = read(PLAIN, "");
        assertThat(group(report, "review.reconsideration")).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void theTablesValuesOnTheHeadingsLineAreRead() throws IOException {
        AnnualReport report = read(ONE_LINE, "");
        assertThat(group(report, "review.reconsideration")).containsExactly(0, 0, 0, 0, 0);
        assertThat(group(report, "review.litigationDirect")).containsExactly(2, 5, 3, 0, 10);
        assertThat(group(report, "review.litigationAfterReview")).containsExactly(0, 79, 2, 23, 104);
    }

    private static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private static List<Integer> group(AnnualReport report, String group) {
        return COLUMNS.stream()
                .map(c -> report.value(group + "." + c).map(BigDecimal::intValueExact).orElse(-1))
                .toList();
    }

    /** The copy, its line of 行政诉讼（未经复议直接起诉）'s values replaced where {@code line} is given. */
    private static AnnualReport read(String resource, String line) throws IOException {
        String text = ResourceText.of(resource);
        if (!line.isEmpty()) {
            String printed = "诉）               77    0   1    78";
            assertThat(text).contains(printed);
            text = text.replace(printed, line);
        }
        return ResourceText.read(text, "18500004.txt");
    }
}
