package org.xxgk.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.Xxgk;
import org.xxgk.browser.Chromium;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;

/**
 * Portal pages ({@link PortalPage}: random tables that satisfy their form) printed to PDF by chromium, as a user
 * saves a report page: every cell is read from the PDF, and nothing lands under a wrong key. Chromium draws each cell
 * of a {@code border="1"} table in a box of its own, so rules come doubled, broken where two vertical rules run close,
 * and with slivers between them; tables break over pages anywhere.
 *
 * <p>The cases: the first four of each template, and the first case each repair was found by (V2019 6: a sliver
 * column between doubled rules took a row's first value; V2019 19: a rule broken in pieces joined the review header to
 * its values; V2021 7: a value left blank at the top of a page under a header cell spanning two rows was read as the
 * rest of that header; LEGACY 22: a row at the top of a page was merged into the row above as its continuation).
 */
class PrintedPagesPropertyTest {

    private static final int FIRST = 4;
    private static final Map<Template, List<Integer>> FOUND =
            Map.of(Template.V2019, List.of(6, 19), Template.V2021, List.of(7), Template.LEGACY, List.of(22));

    @TempDir
    Path work;

    @Test
    void pagesPrintedByChromiumReadWholeAndMisfileNothing() throws Exception {
        Chromium.require();
        List<Long> seeds = new ArrayList<>();
        for (Template t : List.of(Template.V2019, Template.V2021, Template.LEGACY)) {
            for (int i = 0; i < FIRST; i++) seeds.add(seed(t, i));
            for (int i : FOUND.get(t)) seeds.add(seed(t, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> pdfs = new ArrayList<>();
            for (long seed : seeds) {
                String html = new PortalPage(generate(seed), new Random(seed)).render();
                Path page = Files.writeString(work.resolve(seed + ".html"), html, StandardCharsets.UTF_8);
                Path pdf = work.resolve(seed + ".pdf");
                pdfs.add(pool.submit(() -> {
                    Chromium.print(work, page, pdf);
                    return pdf;
                }));
            }
            SoftAssertions soft = new SoftAssertions();
            long read = 0;
            long printed = 0;
            for (int k = 0; k < seeds.size(); k++) {
                long seed = seeds.get(k);
                GeneratedReport r = generate(seed);
                PortalPage page = new PortalPage(r, new Random(seed));
                page.render();
                Map<String, BigDecimal> truth = page.truth();
                AnnualReport report = Xxgk.read(pdfs.get(k).get());
                soft.assertThat(report.template()).as(seed + " template").isEqualTo(r.template());
                int right = TruthCheck.cellsRight(report, truth, soft, "seed " + seed, "");
                soft.assertThat(right).as("seed " + seed + ": cells read of " + truth.size()).isEqualTo(truth.size());
                read += right;
                printed += truth.size();
            }
            soft.assertAll();
            System.out.printf("pages printed by chromium: %d of %d cells read, none misfiled%n", read, printed);
            assertThat(read).isEqualTo(printed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The seed of case {@code i} of a template, as in the HTML property test (PortalPagePropertyTest). */
    private static long seed(Template t, int i) {
        return 9_000_000L * (t.ordinal() + 1) + i;
    }

    private static GeneratedReport generate(long seed) {
        Template t = Template.values()[(int) (seed / 9_000_000L) - 1];
        return ReportGenerator.generate(t, seed);
    }
}
