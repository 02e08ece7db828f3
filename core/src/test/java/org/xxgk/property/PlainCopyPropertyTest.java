package org.xxgk.property;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.ActiveItem;
import org.xxgk.property.Forms.ActiveRow;
import org.xxgk.property.Forms.AppRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random tables that satisfy their form (non-zero, unlike most samples, so that a value under a neighbour's key
 * shows), printed as plain {@code pdftotext} prints a Word or WPS table: one cell a line, and where a label cell
 * spans lines or rows, its label and the labels of the rows below moved after their values, or a block of rows given
 * column by column with its last row's label first; section 二's header words after a row's label, or a row's
 * values before it. The reader places such values by the form's order and sums only: whatever it reads, nothing may
 * land under a wrong key, and it reads most of it.
 */
class PlainCopyPropertyTest {

    /** Cases per template (1,500 holds the first case each guard of the reading was found by); 2,500 ran clean too. */
    private static final int CASES = Integer.getInteger("xxgk.property.plain", 1500);

    @ParameterizedTest
    @EnumSource(value = Template.class, names = {"V2019", "V2021"})
    void plainCopiesWithMovedLabelsMisfileNothing(Template template) {
        SoftAssertions soft = new SoftAssertions();
        long read = 0;
        long printed = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = 7_000_000L * (template.ordinal() + 1) + i;
            GeneratedReport r = ReportGenerator.generate(template, seed);
            String text = new Plain(r, new Random(seed)).render();
            AnnualReport report = Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "plain-" + seed + ".txt");
            Map<String, BigDecimal> truth = r.truth();
            soft.assertThat(report.template()).as(seed + " template").isEqualTo(template);
            read += TruthCheck.cellsRight(report, truth, soft, "seed " + seed, text);
            printed += truth.size();
        }
        soft.assertAll();
        // the moved labels and turned blocks are read by order and sums; most cells come back
        System.out.printf("plain copies, %s: %d of %d cells read (%.1f %%), none misfiled%n",
                template, read, printed, 100.0 * read / printed);
        assertThat(read).as(template + ": cells read of " + printed).isGreaterThan(printed * 3 / 4);
    }

    /** One cell a line, blank lines between, as pdftotext gives a table's cells. */
    private static final class Plain {
        final GeneratedReport r;
        final Random rnd;
        final StringBuilder out = new StringBuilder();

        Plain(GeneratedReport r, Random rnd) {
            this.r = r;
            this.rnd = rnd;
        }

        void line(String s) {
            out.append(s).append("\n\n");
        }

        void values(List<String> keys) {
            for (String k : keys) {
                line(r.printed().get(k) + (k.equals("active.procurement.amount") ? r.amountUnit() : ""));
            }
        }

        String render() {
            line(r.title());
            line(ReportRenderer.intro(r));
            line("一、总体情况");
            line(ReportRenderer.overview(r, rnd));
            line("二、主动公开政府信息情况");
            for (ActiveItem item : r.active()) active(item);
            line("三、收到和处理政府信息公开申请情况");
            for (String h : ReportRenderer.APPLICANT_HEADERS) line(h);
            line(ReportRenderer.BALANCE_NOTE);
            applications();
            line("四、政府信息公开行政复议、行政诉讼情况");
            for (String h : ReportRenderer.REVIEW_HEADERS) line(h);
            values(Forms.reviewKeys());
            line("五、存在的主要问题及改进情况");
            line(ReportRenderer.PROBLEMS);
            line("六、其他需要报告的事项");
            line(ReportRenderer.OTHER);
            return out.toString();
        }

        /**
         * A sub-table of section 二: as printed; or its header words after its first row's label (pdftotext's order
         * where the label cell is taller than the header's); or its first row's values before their label.
         */
        void active(ActiveItem item) {
            line(item.heading());
            double shape = rnd.nextDouble();
            List<ActiveRow> rows = item.rows();
            if (shape < 0.2) {
                line(rows.get(0).label());
                for (String h : item.headers()) line(h);
                values(rows.get(0).keys());
            } else if (shape < 0.35) {
                for (String h : item.headers()) line(h);
                values(rows.get(0).keys());
                line(rows.get(0).label());
            } else {
                for (String h : item.headers()) line(h);
                line(rows.get(0).label());
                values(rows.get(0).keys());
            }
            for (ActiveRow row : rows.subList(1, rows.size())) {
                line(row.label());
                values(row.keys());
            }
        }

        void applications() {
            List<AppRow> rows = r.apps();
            List<String> moved = new ArrayList<>();
            for (int i = 0; i < rows.size();) {
                double shape = rnd.nextDouble();
                int k = Math.min(rows.size() - i, 2 + rnd.nextInt(3));
                if (shape < 0.25 && k > 1) {
                    // the first row's label, then k rows' values; the other labels after them
                    line(label(rows.get(i)));
                    for (int j = i; j < i + k; j++) values(keys(rows.get(j)));
                    for (int j = i + 1; j < i + k; j++) moved.add(label(rows.get(j)));
                } else if (shape < 0.4 && k > 1) {
                    // the last row's label, then the k rows' values column by column
                    line(label(rows.get(i + k - 1)));
                    for (String column : Forms.APP_COLUMNS) {
                        for (int j = i; j < i + k; j++) values(List.of(rows.get(j).key(column)));
                    }
                    for (int j = i; j < i + k - 1; j++) moved.add(label(rows.get(j)));
                } else {
                    k = 1;
                    line(label(rows.get(i)));
                    values(keys(rows.get(i)));
                }
                i += k;
            }
            for (String m : moved) line(m);
        }

        static String label(AppRow row) {
            return row.label().isEmpty() ? row.group() : row.label();
        }

        static List<String> keys(AppRow row) {
            return Forms.APP_COLUMNS.stream().map(row::key).toList();
        }
    }
}
