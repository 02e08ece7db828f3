package org.xxgk.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;

/**
 * Random tables that satisfy their form (non-zero, so that a value under a neighbour's key shows), printed as portal
 * pages ({@link PortalPage}: Word's and the web editors' markup, merged cells or fewer label columns, tables cut in
 * two, blank zeros, worded labels …). Nothing may land under a wrong key; and since every value stands in a table
 * cell of its own, every cell is read.
 */
class PortalPagePropertyTest {

    /** Cases per template. */
    private static final int CASES = Integer.getInteger("xxgk.property.html", 300);

    @ParameterizedTest
    @EnumSource(value = Template.class, names = {"V2019", "V2021", "LEGACY"})
    void portalPagesReadWholeAndMisfileNothing(Template template) {
        SoftAssertions soft = new SoftAssertions();
        long read = 0;
        long printed = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = 9_000_000L * (template.ordinal() + 1) + i;
            GeneratedReport r = ReportGenerator.generate(template, seed);
            PortalPage page = new PortalPage(r, new Random(seed));
            String html = page.render();
            AnnualReport report = Xxgk.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                    "page-" + seed + ".html");
            Map<String, BigDecimal> truth = page.truth();
            soft.assertThat(report.template()).as(seed + " template").isEqualTo(template);
            int right = TruthCheck.cellsRight(report, truth, soft, "seed " + seed, html);
            if (right < truth.size() && Boolean.getBoolean("xxgk.property.verbose")) {
                System.out.println("seed " + seed + " read " + right + " of " + truth.size() + "\n" + html);
            }
            read += right;
            printed += truth.size();
        }
        soft.assertAll();
        System.out.printf("portal pages, %s: %d of %d cells read (%.2f %%), none misfiled%n",
                template, read, printed, 100.0 * read / printed);
        assertThat(read).as(template + ": cells read of " + printed).isEqualTo(printed);
    }
}
