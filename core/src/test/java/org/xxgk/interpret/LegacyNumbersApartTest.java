package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Plain pdftotext of a held-out LEGACY portal page ({@code derived/portal-pages/27500022-plain.txt}) whose items lost
 * their numbers to a run of lines after the rows they number ({@code 2.} / {@code 2.} / {@code 3.} / {@code 2.}, before
 * 接受行政诉讼、举报数): 政府公报公开数 (0 0), 网上申请数, 信函、传真申请数 and 同意部分公开答复数 are items, not indicators of the
 * top level. {@code PrintedPortalPagesTest} judges the whole page against its generator's truth.
 */
class LegacyNumbersApartTest {

    private static final String COPY = "/derived/portal-pages/27500022-plain.txt";
    private static final String RUN = "2.\n\n2.\n\n3.\n\n2.\n\n接受行政诉讼";

    @Test
    void theRunsNumbersGoBackToTheirItems() throws IOException {
        AnnualReport report = read(text());
        assertThat(report.labels().get("legacy.1.2")).isEqualTo("2.政府公报公开数");
        assertThat(value(report, "legacy.1.2")).isZero();
        assertThat(report.labels().get("legacy.2")).isEqualTo("受理依申请公开信息总数");
        assertThat(report.labels().get("legacy.2.3")).isEqualTo("3.信函、传真申请数");
        assertThat(report.labels().get("legacy.3")).isEqualTo("对申请的答复总数");
        assertThat(value(report, "legacy.3")).isEqualTo(4);
        assertThat(value(report, "legacy.3.cumulative")).isEqualTo(33);
        assertThat(report.labels().get("legacy.3.2")).isEqualTo("2.同意部分公开答复数");
        assertThat(value(report, "legacy.3.4.cumulative")).isEqualTo(14);
        assertThat(value(report, "legacy.4")).isEqualTo(7);
        // the run's last number no longer joins the label after it: an indicator of the top level
        assertThat(report.labels().get("legacy.5")).isEqualTo("接受行政诉讼、举报数");
        assertThat(value(report, "legacy.5.cumulative")).isEqualTo(4);
        assertThat(report.labels()).doesNotContainKey("legacy.8");
    }

    @Test
    void aRunNoWayTakesInOrderIsLeftAsPrinted() throws IOException {
        // 2. 3. 3. 2.: 政府公报公开数 2, 受理依申请公开信息总数 3, then no list wants 3 before a 2
        AnnualReport report = read(text().replace(RUN, "2.\n\n3.\n\n3.\n\n2.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.1.2")).isNotEqualTo("2.政府公报公开数");
        assertThat(report.labels().get("legacy.3.2")).isNotEqualTo("2.同意部分公开答复数");
    }

    @Test
    void aRunTwoWaysTakeIsLeftAsPrinted() throws IOException {
        // 2. 2.: 同意部分公开答复数 takes one (3. follows it), and 政府公报公开数 or 网上申请数 the other
        AnnualReport report = read(text().replace(RUN, "2.\n\n2.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.1.2")).isNotEqualTo("2.政府公报公开数");
        assertThat(report.labels().get("legacy.2.2")).isNotEqualTo("2.网上申请数");
        assertThat(report.labels().get("legacy.3.2")).isNotEqualTo("2.同意部分公开答复数");
    }

    @Test
    void theNumbersTheTableKeepsInPlaceMustStayInSequence() throws IOException {
        // 2. 3. 2.: 政府公报公开数 2 would leave 3 to no row (受理依申请公开信息总数 heads the list after it), 网上申请数
        // 2 and 信函、传真申请数 3 leave 2 to 同意部分公开答复数, which 3.不予公开答复数 wants before it: the one way
        AnnualReport report = read(text().replace(RUN, "2.\n\n3.\n\n2.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.2")).isEqualTo("政府公报公开数");
        assertThat(report.labels().get("legacy.3.2")).isEqualTo("2.网上申请数");
        assertThat(report.labels().get("legacy.3.3")).isEqualTo("3.信函、传真申请数");
        assertThat(report.labels().get("legacy.4.2")).isEqualTo("2.同意部分公开答复数");
    }

    @Test
    void aRunThatWouldBreakANumberedListsSequenceIsLeftAsPrinted() throws IOException {
        // 2. 2. 3.: 政府公报公开数 2, 网上申请数 2, 信函、传真申请数 3 take them all in order, but leave 同意部分公开答复数
        // outside its list, whose 3.不予公开答复数 (its 3. on the line above) then follows 1.: no way
        AnnualReport report = read(text().replace(RUN, "2.\n\n2.\n\n3.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.1.2")).isNotEqualTo("2.政府公报公开数");
        assertThat(report.labels().get("legacy.2.3")).isNotEqualTo("3.信函、传真申请数");
    }

    @Test
    void aLabelWrappedOverTwoLinesIsOneIndicator() throws IOException {
        // 其中：1.同意公 / 开答复数 条 1 16: the second line goes on with the first, no indicator of its own
        AnnualReport report = read(text().replace("其中：1.同意公开答复数\n", "其中：1.同意公\n\n开答复数\n"));
        assertThat(report.labels().get("legacy.3.2")).isEqualTo("2.同意部分公开答复数");
        assertThat(value(report, "legacy.3.1.cumulative")).isEqualTo(16);
    }

    @Test
    void twoRunsAreLeftAsPrinted() throws IOException {
        // a second run of numbers alone among the rows: which rows each numbers is unknown
        AnnualReport report = read(text().replace("政府信息公开收费减免金额", "5.\n\n6.\n\n政府信息公开收费减免金额"));
        assertThat(report.labels().get("legacy.1.2")).isNotEqualTo("2.政府公报公开数");
        assertThat(report.labels().get("legacy.3.2")).isNotEqualTo("2.同意部分公开答复数");
    }

    @Test
    void aMarkAloneInTheRunIsTheMarkOfANumberPrintedWithItsLabel() throws IOException {
        // 其中：1 / 同意公开答复数: the list's first number kept its line, its mark went to the run (2. 2. 3. . 2.)
        AnnualReport report = read(text().replace("其中：1.同意公开答复数\n", "其中：1\n\n同意公开答复数\n")
                .replace(RUN, "2.\n\n2.\n\n3.\n\n.\n\n2.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.1.2")).isEqualTo("2.政府公报公开数");
        assertThat(report.labels().get("legacy.3.1")).isEqualTo("其中:1同意公开答复数");
        assertThat(value(report, "legacy.3.1.cumulative")).isEqualTo(16);
        assertThat(report.labels().get("legacy.3.2")).isEqualTo("2.同意部分公开答复数");
        assertThat(value(report, "legacy.4")).isEqualTo(7);
    }

    @Test
    void aNumberAloneAboveAListsOfWhichIsNoneOfItsItems() throws IOException {
        // 政府公报公开数's 2. printed above 其中：1.当面申请数, which no list's 2. numbers: the run's numbers go to the
        // items below, and the sums (193 = 190 + 3) place 政府公报公开数
        AnnualReport report = read(text()
                .replace("其中：1.政府网站公开数\n\n条\n\n193\n\n97506", "其中：1.政府网站公开数\n\n条\n\n190\n\n97000")
                .replace("政府公报公开数\n\n条\n\n0\n\n0", "政府公报公开数\n\n条\n\n3\n\n506")
                .replace("其中：1.当面申请数", "2.\n\n其中：1.当面申请数")
                .replace(RUN, "2.\n\n3.\n\n2.\n\n接受行政诉讼"));
        assertThat(report.labels().get("legacy.1.2")).isEqualTo("政府公报公开数");
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(506);
        assertThat(report.labels().get("legacy.2.2")).isEqualTo("2.网上申请数");
        assertThat(report.labels().get("legacy.2.3")).isEqualTo("3.信函、传真申请数");
        assertThat(report.labels().get("legacy.3.2")).isEqualTo("2.同意部分公开答复数");
        assertThat(value(report, "legacy.4")).isEqualTo(7);
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "27500022.txt");
    }

    private static String text() throws IOException {
        String text = ResourceText.of(COPY);
        assertThat(text).contains(RUN);
        return text;
    }
}
