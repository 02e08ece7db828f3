package org.xxgk.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.cli.Main;
import org.xxgk.cli.SamplesSmokeTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk review} on the bundled samples and the real reports of shared/real (their copies in
 * core's and extract-pdf's test resources): a valid
 * page per report holding every key of the report's JSON with its value, ERROR cells marked, an
 * index, and nothing from a report that could run.
 */
public class ReviewCommandTest {

    /** The real reports of shared/real as the repository holds them: the text copies, and the one real PDF. */
    static final Path REAL = Path.of("../core/src/test/resources/real");
    static final Path REAL_PDF = Path.of("../extract-pdf/src/test/resources/real/014.pdf");

    @TempDir
    static Path out;

    static List<Path> inputs = new ArrayList<>();

    @BeforeAll
    static void review() throws Exception {
        try (Stream<Path> files = Files.list(SamplesSmokeTest.SAMPLES)) {
            files.sorted().forEach(inputs::add);
        }
        List<String> args =
                new ArrayList<>(List.of("review", "--out", out.toString(), SamplesSmokeTest.SAMPLES.toString()));
        List<Path> real = new ArrayList<>();
        try (Stream<Path> files = Files.list(REAL)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(real::add);
        }
        real.add(REAL_PDF);
        assertThat(real).hasSize(8).allMatch(Files::isRegularFile);
        for (Path r : real) args.add(r.toString());
        inputs.addAll(real);
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void every_key_of_each_report_is_on_its_page_with_its_value_and_errors_are_marked() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Path input : inputs) {
            Path page = ReviewPages.page(out, input);
            soft.assertThat(page).as("page of %s", input).exists();
            if (!Files.exists(page)) continue;
            JsonNode json = ReviewPages.json(input);
            soft.assertThat(ReviewPages.problems(ReviewPages.parse(page), json)).as("%s", input).isEmpty();
        }
        soft.assertAll();
    }

    @Test
    void pages_are_valid_html_in_chinese_and_self_contained() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Path input : inputs) {
            Path page = ReviewPages.page(out, input);
            String html = Files.readString(page, StandardCharsets.UTF_8);
            soft.assertThat(html).as("%s", page).startsWith("<!DOCTYPE html>");
            soft.assertThat(ReviewPages.parseErrors(html)).as("parse errors of %s", page).isEmpty();
            Document doc = ReviewPages.parse(page);
            soft.assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
            soft.assertThat(doc.select("meta[charset=utf-8]")).hasSize(1);
            soft.assertThat(ReviewPages.executable(doc, false)).as("%s", page).isEmpty();
            // every printed cell takes the keyboard focus and carries its provenance and raw text for it
            for (Element td : doc.select("td[data-key]")) {
                soft.assertThat(td.attr("tabindex")).as("%s %s", page, td.attr("data-key")).isEqualTo("0");
                Element tip = doc.getElementById(td.attr("aria-describedby"));
                soft.assertThat(tip).as("tooltip of %s", td.attr("data-key")).isNotNull();
                if (tip != null) soft.assertThat(tip.text()).contains("位置 Read at").contains(td.attr("data-key"));
            }
            // the ids the page links to exist
            for (Element a : doc.select("a[href^=#]")) {
                soft.assertThat(doc.getElementById(a.attr("href").substring(1)))
                        .as("target of %s in %s", a.attr("href"), page)
                        .isNotNull();
            }
        }
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        soft.assertThat(ReviewPages.parseErrors(index)).isEmpty();
        soft.assertAll();
    }

    @Test
    void the_form_layout_follows_the_template() throws Exception {
        // 003: V2019, one (六) row, the 增4747 of 行政许可 printed as such with 4747 as its value
        Document v2019 = ReviewPages.parse(ReviewPages.page(out, Path.of("003.pdf")));
        Element licensing = v2019.selectFirst("td[data-key=active.licensing.change]");
        assertThat(licensing.selectFirst(".raw").text()).isEqualTo("增4747");
        assertThat(licensing.attr("data-value")).isEqualTo("4747");
        assertThat(v2019.select("th:containsOwn(三、本年度办理结果)")).hasSize(1);
        assertThat(v2019.select("th:containsOwn(第二十条第(九)项)")).hasSize(1);
        assertThat(v2019.select("th:containsOwn(复议后起诉)")).hasSize(1);
        // a LEGACY report is its indicator list
        Document legacy = ReviewPages.parse(ReviewPages.page(out, Path.of("002.html")));
        assertThat(legacy.select("th:containsOwn(统计指标)")).hasSize(1);
        assertThat(legacy.select("td[data-key^=legacy.]")).isNotEmpty();
        assertThat(legacy.select("td[data-key^=applications.]")).isEmpty();
    }

    @Test
    void the_index_has_a_row_per_report_linking_to_its_page() throws Exception {
        Document index = ReviewPages.parse(out.resolve("index.html"));
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(index.select("#reports tbody tr")).hasSize(inputs.size());
        for (Element a : index.select("#reports tbody a")) assertThat(out.resolve(a.attr("href"))).exists();
        assertThat(index.select("#reports thead button")).hasSize(7);
        assertThat(ReviewPages.executable(index, true)).isEmpty();
    }

    @Test
    void a_report_that_holds_markup_runs_nothing(@TempDir Path dir) throws Exception {
        Path evil = evilReport(dir);
        Path pages = dir.resolve("pages");
        Cli cli = Cli.run("review", "--out", pages.toString(), evil.toString());
        assertThat(cli.exitCode()).isZero();
        for (Path page : List.of(ReviewPages.page(pages, evil), pages.resolve("index.html"))) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(ReviewPages.parseErrors(html)).as("%s", page).isEmpty();
            Document doc = ReviewPages.parse(page);
            assertThat(ReviewPages.executable(doc, page.endsWith("index.html"))).as("%s", page).isEmpty();
            // the markup is there, as text
            assertThat(doc.body().text()).contains("<script>document.title='PWNED'</script>");
            if (!page.endsWith("index.html")) assertThat(doc.title()).contains(ReviewPages.PAYLOAD);
        }
    }

    /** Seed 000 with {@link ReviewPages#PAYLOAD} in its title and its text. */
    public static Path evilReport(Path dir) throws Exception {
        String text =
                Files.readString(SamplesSmokeTest.SAMPLES.resolve("000_5657be0d32f901c0.txt"), StandardCharsets.UTF_8);
        String evil = text.replaceFirst(
                        "重庆市信访办公室2020年",
                        "重庆市信访办公室" + java.util.regex.Matcher.quoteReplacement(ReviewPages.PAYLOAD) + "2020年")
                .replaceFirst(
                        "一、总体情况\n",
                        "一、总体情况\n" + java.util.regex.Matcher.quoteReplacement(ReviewPages.PAYLOAD)
                                + " <svg onload=alert(1)> \" onmouseover=\"alert(2)\n");
        assertThat(evil).contains(ReviewPages.PAYLOAD);
        Path file = dir.resolve("evil.txt");
        Files.writeString(file, evil, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void an_unreadable_input_is_named_and_the_others_still_get_pages(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "not a report", StandardCharsets.UTF_8);
        Path pages = dir.resolve("pages");
        Cli cli = Cli.run(
                "review",
                "--out",
                pages.toString(),
                junk.toString(),
                SamplesSmokeTest.SAMPLES.resolve("001.html").toString());
        assertThat(cli.exitCode()).isEqualTo(Main.UNREADABLE);
        assertThat(cli.err()).contains("junk.txt");
        assertThat(pages.resolve("001.html.html")).exists();
        assertThat(Files.readString(pages.resolve("index.html"), StandardCharsets.UTF_8)).contains("junk.txt");
    }

    @Test
    void out_is_required() {
        Cli cli = Cli.run("review", SamplesSmokeTest.SAMPLES.toString());
        assertThat(cli.exitCode()).isEqualTo(Main.UNREADABLE);
        assertThat(cli.err()).contains("--out");
    }
}
