package org.xxgk.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.Xxgk;
import org.xxgk.browser.Chromium;
import org.xxgk.check.Finding;
import org.xxgk.cli.Cli;
import org.xxgk.cli.SamplesSmokeTest;
import org.xxgk.model.AnnualReport;
import org.xxgk.output.ReportJson;
import org.xxgk.output.ReportJsonTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review pages of the samples in a real browser: Debian's chromium, headless, loads each page
 * from disk; from the DOM it leaves after load, every cell's {@code data-value} equals the JSON's
 * and every ERROR cell is marked; a page whose report holds markup runs none of it. A screenshot of
 * each sample's page goes to {@code <build folder>/review-screenshots} for a person to look at.
 *
 * <p>The browser: {@link Chromium} (CI fails the test without one; elsewhere it is skipped).
 */
class ReviewBrowserTest {

    @TempDir
    static Path work;

    @Test
    void the_samples_review_pages_hold_the_json_values_and_mark_errors_in_chromium() throws Exception {
        Chromium.require();
        Path build = buildFolder();
        Path screenshots = Files.createDirectories(build.resolve("review-screenshots"));
        Path pages = work.resolve("pages");
        Path evil = ReviewCommandTest.evilReport(Files.createDirectories(work.resolve("evil")));
        List<Path> samples;
        try (Stream<Path> files = Files.list(SamplesSmokeTest.SAMPLES)) {
            samples = files.sorted().toList();
        }
        // the page with the markup and its index through the command; each sample's page and JSON from one reading
        Cli cli = Cli.run("review", "--out", pages.toString(), evil.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            Future<String> evilDom = pool.submit(() -> dumpDom(ReviewPages.page(pages, evil), null));
            Future<String> indexDom = pool.submit(() -> dumpDom(pages.resolve("index.html"), null));
            List<Future<String>> doms = new ArrayList<>();
            List<JsonNode> jsons = new ArrayList<>();
            for (Path sample : samples) {
                AnnualReport report = Xxgk.read(sample);
                List<Finding> findings = Xxgk.check(report);
                Path page = ReviewPages.page(pages, sample);
                Files.writeString(
                        page, ReviewPage.render(report, findings, Optional.of("index.html")), StandardCharsets.UTF_8);
                Path png = screenshots.resolve(sample.getFileName() + ".png");
                Files.deleteIfExists(png);
                doms.add(pool.submit(() -> dumpDom(page, png)));
                // the JSON 'xxgk extract' prints for the sample
                jsons.add(ReportJsonTest.parse(ReportJson.pretty().report(report, findings)));
            }

            SoftAssertions soft = new SoftAssertions();
            for (int i = 0; i < samples.size(); i++) {
                Path sample = samples.get(i);
                Document dom = Jsoup.parse(doms.get(i).get());
                soft.assertThat(dom.select("td[data-key]")).as("cells of %s in the browser", sample).isNotEmpty();
                soft.assertThat(ReviewPages.problems(dom, jsons.get(i))).as("%s in the browser", sample).isEmpty();
                soft.assertThat(dom.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
            }
            for (Path sample : samples) {
                Path png = screenshots.resolve(sample.getFileName() + ".png");
                soft.assertThat(Files.exists(png) && Files.size(png) > 1000).as("screenshot %s written", png).isTrue();
            }
            Document bad = Jsoup.parse(evilDom.get());
            soft.assertThat(bad.title()).as("the payload's script did not run").contains(ReviewPages.PAYLOAD);
            soft.assertThat(bad.body().hasAttr("data-pwned")).as("the payload's onerror did not run").isFalse();
            soft.assertThat(bad.select("img, script, svg")).isEmpty();
            Document index = Jsoup.parse(indexDom.get());
            soft.assertThat(index.select("#reports tbody tr")).hasSize(1);
            soft.assertAll();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The build folder ({@code target}, or the one {@code -Dxxgk.build} names): where the test classes are. */
    private static Path buildFolder() throws URISyntaxException {
        return Path.of(ReviewBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    /** The DOM after the page has loaded, as chromium serialises it, and a screenshot into {@code png} unless null. */
    private static String dumpDom(Path page, Path png) throws IOException, InterruptedException {
        Path dom = Files.createTempFile(work, "dom", ".html");
        List<String> args = new ArrayList<>();
        if (png != null) args.addAll(List.of("--window-size=1600,2400", "--screenshot=" + png));
        args.addAll(List.of("--dump-dom", page.toUri().toString()));
        String error = Chromium.run(work, args, dom);
        if (!error.isEmpty()) throw new AssertionError(page + ": " + error);
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
