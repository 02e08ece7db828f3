package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.WarningCode;

/**
 * Plain pdftotext of a V2021 page that prints every row of section 三's values before its label, or between its
 * label's lines where it wraps (one line higher than its label as the labels place them), so that a row followed by a
 * heading prints none on its label's line ({@code （二）部分公开…} / {@code （三）不予公开}). Each row is then read from
 * the values before its label, the rows printed without values among them, where the section's sums between rows hold
 * so with totals not 0 and hold less as the labels place the values.
 */
class ApplicationValuesBeforeLabelsTest {

    private static final String PAGE = "/derived/portal-pages/9500003-plain.txt";

    @Test
    void everyRowIsReadFromTheValuesBeforeItsLabel() throws IOException {
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE), "before.txt");
        assertThat(row(report, "applications.newlyReceived")).containsExactly(210, 11, 0, 0, 6, 85, 312);
        // printed without values on its label's line, its values on the line of the row above
        assertThat(row(report, "applications.carriedOver")).containsExactly(60, 0, 0, 0, 0, 0, 60);
        assertThat(row(report, "applications.partlyGranted")).containsExactly(46, 0, 0, 0, 0, 0, 46);
        assertThat(row(report, "applications.notProcessed.repeated")).containsExactly(119, 0, 0, 0, 0, 0, 119);
        assertThat(row(report, "applications.notProcessed.massRepeated")).containsExactly(94, 11, 0, 0, 0, 0, 105);
        // a label wrapped over two lines has its values between them, on its first
        assertThat(row(report, "applications.other.overdueCorrection")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(row(report, "applications.resultTotal")).containsExactly(270, 11, 0, 0, 6, 85, 372);
        assertThat(row(report, "applications.carriedForward")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(report.warnings()).anyMatch(w -> w.code() == WarningCode.ROW_MATCHED_BY_ORDER
                && w.message().contains("printed before its label"));
    }

    @Test
    void sumsThatFailEitherWayLeaveTheLabelsOrder() throws IOException {
        // the total row's values changed: no order keeps the sums, and the labels' order stands
        String page = ResourceText.of(PAGE).replace("270 11 0 0 6 85 372", "271 11 0 0 6 85 373");
        AnnualReport report = ResourceText.read(page, "broken.txt");
        assertThat(report.warnings()).noneMatch(w -> w.message().contains("printed before its label"));
        assertThat(row(report, "applications.granted")).containsExactly(46, 0, 0, 0, 0, 0, 46);
    }

    @Test
    void rowsBeforeTheFirstReadAndLabelsOverTwoLinesAreFoundToo() throws IOException {
        // plain pdftotext of a V2019 page the same way: no row before (二)部分公开 is read as the labels place it
        // (一、本年新收… prints nothing on its line), a label's first line holds the one value the line had room for and
        // the next row's line the rest with that row's (要求行政机关确认或重新出具已 0 / 获取信息 / 5. 0 0 0 0 0 0 0 71 0 0
        // 0 0 71)
        String page = ResourceText.of("/derived/portal-pages/18500021-plain.txt");
        AnnualReport report = ResourceText.read(page, "v2019.txt");
        assertThat(row(report, "applications.newlyReceived")).containsExactly(18, 65, 0, 0, 2, 0, 85);
        assertThat(row(report, "applications.carriedOver")).containsExactly(6, 6, 0, 0, 0, 0, 12);
        assertThat(row(report, "applications.granted")).containsExactly(4, 0, 0, 0, 0, 0, 4);
        assertThat(row(report, "applications.refused.security")).containsExactly(1, 0, 0, 0, 2, 0, 3);
        assertThat(row(report, "applications.notProcessed.confirmation")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(row(report, "applications.other")).containsExactly(0, 71, 0, 0, 0, 0, 71);
        assertThat(row(report, "applications.resultTotal")).containsExactly(24, 71, 0, 0, 2, 0, 97);
        assertThat(row(report, "applications.carriedForward")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        // a stand-in for the first line's value: how many figures the two lines print is unknown, and the row has no
        // values before its label to be read from
        AnnualReport dash = ResourceText.read(page.replace("确认或重新出具已 0", "确认或重新出具已 —"), "dash.txt");
        assertThat(dash.warnings()).noneMatch(w -> w.message().contains("printed before its label"));
    }

    @Test
    void aRowWithNothingToReadBeforeItsLabelIsLeftOutTheOthersRead() throws IOException {
        // 2．没有现成信息需要另行制作 with two figures before it (a label broken around its values): no row of seven to
        // read, and not placed; most rows read from the values before their labels, and the sums hold so
        String page = ResourceText.of(PAGE).replace("1．本机关不掌握相关政府信息\n0\n0 0 00 0\n0\n2．", "1．本机关不掌握相关政府信息\n0 0\n2．");
        AnnualReport report = ResourceText.read(page, "short.txt");
        assertThat(row(report, "applications.newlyReceived")).containsExactly(210, 11, 0, 0, 6, 85, 312);
        assertThat(row(report, "applications.unable.notHeld")).containsExactly(9, 0, 0, 0, 6, 0, 15);
        assertThat(row(report, "applications.unable.needsCreation")).containsOnly(-1);
        assertThat(row(report, "applications.unable.unclear")).containsExactly(2, 0, 0, 0, 0, 1, 3);
        assertThat(row(report, "applications.resultTotal")).containsExactly(270, 11, 0, 0, 6, 85, 372);
    }

    @Test
    void twoRowsWithTheSameValuesBeforeThemAreNeitherPlaced() throws IOException {
        // 1．本机关不掌握相关政府信息 / 2．没有现成信息需要另行制作, nothing between them: the values before the first are
        // the last before the second too, and whose they are is unknown
        String page = ResourceText.of(PAGE).replace("1．本机关不掌握相关政府信息\n0\n0 0 00 0\n0\n2．", "1．本机关不掌握相关政府信息\n2．");
        AnnualReport report = ResourceText.read(page, "shared.txt");
        assertThat(row(report, "applications.newlyReceived")).containsExactly(210, 11, 0, 0, 6, 85, 312);
        assertThat(row(report, "applications.unable.notHeld")).containsOnly(-1);
        assertThat(row(report, "applications.unable.needsCreation")).containsOnly(-1);
        assertThat(row(report, "applications.unable.unclear")).containsExactly(2, 0, 0, 0, 0, 1, 3);
    }

    private static List<Integer> row(AnnualReport report, String row) {
        return List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total")
                .stream().map(c -> report.value(row + "." + c).map(BigDecimal::intValueExact).orElse(-1)).toList();
    }
}
