package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * Plain pdftotext of 002's Chromium print ({@code derived/pdftotext-chromium-plain/002.txt}) prints the LEGACY table a
 * column at a time, page by page: 33 labels, then {@code 单位 / 统计数} and the units and values of those rows, then the
 * next page's labels and its units and values, the page's broken row's numbering ({@code 3.}) left at its end.
 */
class LegacyColumnBlocksTest {

    private static final String COPY = "/derived/pdftotext-chromium-plain/002.txt";

    @Test
    void aTablePrintedColumnByColumnReadsAsItsGoldenFile() throws IOException {
        AnnualReport report = read(text());
        GoldenAssert.assertMatches(report, Golden.load("002"));
        // the numbering printed after the second page's units and values is its first label's
        assertThat(report.labels().get("legacy.3.3.3")).isEqualTo("3.同意部分公开答复数");
    }

    @Test
    void aRunOfLabelsWithOneUnitTooFewIsNotPoured() throws IOException {
        // the second page's labels are 33, its units 32: which row lost its unit is unknown
        String text = text().replaceFirst("\n次\n次\n人次\n", "\n次\n人次\n").replaceFirst("\n121\n8\n760\n", "\n8\n760\n");
        AnnualReport report = read(text);
        assertThat(report.cells().values()).noneMatch(c -> c.isPresent());
        assertThat(report.warnings()).anyMatch(w -> w.message().endsWith("no figure of theirs could be read"));
    }

    @Test
    void aNumberingOnALineOfItsOwnIsItsLabels() throws IOException {
        AnnualReport report = read(text().replaceFirst("5.政府信息公开统一平台", "5.\n政府信息公开统一平台"));
        GoldenAssert.assertMatches(report, Golden.load("002"));
    }

    @Test
    void aLabelWhoseBracketTheCopyLeftOpenEndsAtTheNextNumberedLabel() throws IOException {
        AnnualReport report = read(text().replaceFirst("相同信息计1条\\)", "相同信息计1条"));
        assertThat(report.value("legacy.1.1.1")).contains(new BigDecimal("20"));
        assertThat(report.value("legacy.9.3")).contains(new BigDecimal("760"));
    }

    @Test
    void aStrayNumberingThatFitsNoLabelLeavesTheTableUnread() throws IOException {
        // 5. after 2.同意公开答复数: the second page's first label is not the broken row, and its key is unknown
        AnnualReport report = read(text().replaceFirst("\n3\\.\n\n件\n", "\n5.\n\n件\n"));
        assertThat(report.cells().values()).noneMatch(c -> c.isPresent());
    }

    @Test
    void aHeadingsDashOnALabelWithoutChildrenIsNotPoured() throws IOException {
        // the first label moved to the end of the first page's: as many labels as units, but each row a place off, so
        // that (二)通过不同渠道…情况's —— falls on 1.政府公报公开政府信息数, which has no rows below it
        String text = text().replaceFirst("一、主动公开情况\n", "")
                .replaceFirst("2.同意公开答复数\n", "2.同意公开答复数\n(四)其他情况\n");
        AnnualReport report = read(text);
        assertThat(report.cells().values()).noneMatch(c -> c.isPresent());
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "002.txt");
    }

    private static String text() throws IOException {
        return ResourceText.of(COPY);
    }
}
