package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Plain pdftotext of portal pages whose section 三 prints its first columns beside the labels, a row's worth a row,
 * and its other columns after its last label as one block, a row's worth after another: the first column
 * ({@code derived/portal-pages/18000014-plain.txt}), the first three, the block after section 四's heading
 * ({@code 9500004-plain.txt}), the first two with the section's last row printed whole after the block
 * ({@code 9000013-plain.txt}). {@code PrintedPortalPagesTest} judges the whole pages against their generator's truth.
 */
class ColumnsApartTest {

    private static final String FIRST_COLUMN = "/derived/portal-pages/18000014-plain.txt";
    private static final String THREE_COLUMNS = "/derived/portal-pages/9500004-plain.txt";
    private static final String TWO_COLUMNS = "/derived/portal-pages/9000013-plain.txt";
    private static final String ZEROS = "/derived/portal-pages/18000022-miner.txt";

    @Test
    void theColumnsAreJoinedRowByRow() throws IOException {
        AnnualReport report = read(text(FIRST_COLUMN));
        // 12 beside the labels, 202 0 0 2 0 216 the block's first row's worth
        assertThat(value(report, "applications.newlyReceived.naturalPerson")).isEqualTo(12);
        assertThat(value(report, "applications.newlyReceived.commercial")).isEqualTo(202);
        assertThat(value(report, "applications.newlyReceived.total")).isEqualTo(216);
        assertThat(value(report, "applications.carriedForward.total")).isEqualTo(99);
        // section 四 is read after the block, not from it
        assertThat(value(report, "review.litigationDirect.total")).isEqualTo(143);
        // a row is where its value beside the labels is: (六)'s stands on the line of 5.要求…'s label, no label of its own
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().contains("values run on from the row above (\"5.要求行政机关确认或重新出具已获取信息\")")
                && w.message().endsWith("read as (六)其他处理 by its place in the form"));
    }

    @Test
    void aValueMoreThanTheSectionsCellsLeavesItUnread() throws IOException {
        // one value after the block: which one is not the section's is unknown
        AnnualReport report = read(text(FIRST_COLUMN).replace("99\n\n\f行政复议", "99\n\n5\n\n\f行政复议"));
        assertThat(report.value("applications.newlyReceived.commercial")).isEmpty();
        assertThat(report.value("applications.carriedForward.total")).isEmpty();
    }

    @Test
    void threeColumnsBesideTheLabelsAndTheBlockAfterSectionFoursHeading() throws IOException {
        AnnualReport report = read(text(THREE_COLUMNS));
        // 15 842 0 before 一、本年新收…, 2 0 24 883 the block's first row's worth
        assertThat(row(report, "applications.newlyReceived")).containsExactly(15, 842, 0, 2, 0, 24, 883);
        assertThat(row(report, "applications.refused.thirdParty")).containsExactly(5, 306, 0, 0, 0, 0, 311);
        assertThat(row(report, "applications.carriedForward")).containsExactly(0, 0, 0, 0, 0, 24, 24);
        // the block follows 四's heading: 四's own values are the fifteen after its header, not the block's
        assertThat(value(report, "review.reconsideration.total")).isEqualTo(74);
        assertThat(value(report, "review.litigationAfterReview.total")).isEqualTo(64);
    }

    @Test
    void aRowOfTheBlockFailingItsSumLeavesTheColumnsApartUnread() throws IOException {
        // 5 + 306 = 311: 312 keeps no row's sum, whichever way the columns are parted
        AnnualReport report = read(text(THREE_COLUMNS).replace("\n311\n", "\n312\n"));
        assertThat(report.value("applications.newlyReceived.publicInterest")).isEmpty();
        assertThat(report.value("applications.refused.thirdParty.total")).isEmpty();
    }

    @Test
    void theRowsAfterTheBlockPrintWhole() throws IOException {
        AnnualReport report = read(text(TWO_COLUMNS));
        // 297 6 beside 一、本年新收…, 69 8 9 0 389 the block's first row's worth
        assertThat(row(report, "applications.newlyReceived")).containsExactly(297, 6, 69, 8, 9, 0, 389);
        assertThat(row(report, "applications.unable.notHeld")).containsExactly(5, 0, 67, 0, 0, 0, 72);
        assertThat(row(report, "applications.resultTotal")).containsExactly(207, 6, 69, 8, 0, 0, 290);
        // 92 0 0 0 9 0 101 after the block, before 四、结转下年度继续办理
        assertThat(row(report, "applications.carriedForward")).containsExactly(92, 0, 0, 0, 9, 0, 101);
    }

    @Test
    void twoPartingsThatReadOtherwiseLeaveTheSectionUnread() throws IOException {
        // 一, 2.重复申请 and 总计 alike, every other row 0: printed two columns beside the labels, the block ending
        // before 结转, as the page is; where the figures are 0 0 0 0 0 3 3 on those rows, three columns beside the
        // labels and fifteen rows in the block keep every sum too (二, 4.无正当理由大量反复申请 and 总计): not read
        List<Integer> ambiguous = List.of(0, 0, 0, 0, 0, 3, 3);
        AnnualReport either = read(withSection(text(TWO_COLUMNS), figures(ambiguous)));
        assertThat(valuesUnder(either, "applications.")).isEmpty();
        // with 2 beside the 3 in the first column the other parting fails its sums: read
        List<Integer> one = List.of(2, 0, 0, 0, 0, 3, 5);
        AnnualReport read = read(withSection(text(TWO_COLUMNS), figures(one)));
        assertThat(row(read, "applications.newlyReceived")).isEqualTo(one);
        assertThat(row(read, "applications.notProcessed.repeated")).isEqualTo(one);
        assertThat(row(read, "applications.carriedOver")).containsOnly(0);
    }

    @Test
    void aSectionOfZerosApartReadsAsPrintedARowsWorthAfterAnother() throws IOException {
        // pdfminer of a page whose section 三 is all 0, its values after its labels: every way of parting keeps every
        // sum and gives the same numbers, so the values are read as printed, a row's worth after another (二、上年结转
        // from the section's eighth figure on), not as one parting would place them
        String text = text(ZEROS);
        AnnualReport report = read(text);
        Map<String, BigDecimal> read = valuesUnder(report, "applications.");
        assertThat(read).hasSizeGreaterThan(150);
        assertThat(read.values()).allMatch(v -> v.signum() == 0);
        assertThat(report.cell("applications.carriedOver.naturalPerson").orElseThrow().provenance().line())
                .isEqualTo(lineOfFigure(text, COLUMNS.size()));
    }

    /** The line (1-based) of section 三's figure {@code k} (0-based): a number alone on its line after the heading. */
    private static int lineOfFigure(String text, int k) {
        String[] lines = text.split("\n", -1);
        int heading = 0;
        while (!lines[heading].startsWith("三、收到和处理政府信息公开申请情况")) heading++;
        int seen = 0;
        for (int i = heading; i < lines.length; i++) {
            if (lines[i].strip().matches("\\d+") && seen++ == k) return i + 1;
        }
        throw new AssertionError("no figure " + k);
    }

    // the rows of 一, 2.重复申请 and 总计, in the form's order of V2021's 25 rows of 三
    private static final List<Integer> ALIKE = List.of(0, 16, 23);
    private static final int ROWS = 25;
    private static final int BESIDE = 2;
    private static final int PARTED = 24;

    /** The section's figures as the page prints them: two columns beside the labels, 24 rows in the block. */
    private static List<Integer> figures(List<Integer> alike) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) rows.add(ALIKE.contains(r) ? alike : Collections.nCopies(COLUMNS.size(), 0));
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < PARTED; r++) out.addAll(rows.get(r).subList(0, BESIDE));
        for (int r = 0; r < PARTED; r++) out.addAll(rows.get(r).subList(BESIDE, COLUMNS.size()));
        for (int r = PARTED; r < ROWS; r++) out.addAll(rows.get(r));
        return out;
    }

    /** {@code text} with section 三's figures replaced, in print order, by {@code figures}. */
    private static String withSection(String text, List<Integer> figures) {
        int from = text.indexOf("三、收到和处理政府信息公开申请情况");
        int to = text.indexOf("四、结转下年度继续办理");
        Matcher m = Pattern.compile("(?<!\\S)\\d[\\d,]*(?!\\S)").matcher(text.substring(from, to));
        StringBuilder section = new StringBuilder();
        int k = 0;
        while (m.find()) m.appendReplacement(section, String.valueOf(figures.get(k++)));
        m.appendTail(section);
        assertThat(k).as("figures of the section").isEqualTo(figures.size());
        return text.substring(0, from) + section + text.substring(to);
    }

    private static Map<String, BigDecimal> valuesUnder(AnnualReport report, String prefix) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String key : report.cells().keySet()) {
            if (key.startsWith(prefix)) report.value(key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }

    private static final List<String> COLUMNS =
            List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");

    private static List<Integer> row(AnnualReport report, String row) {
        return COLUMNS.stream().map(c -> value(report, row + "." + c)).toList();
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "page.txt");
    }

    private static String text(String resource) throws IOException {
        return ResourceText.of(resource);
    }
}
