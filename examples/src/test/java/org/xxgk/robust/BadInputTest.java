package org.xxgk.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bad input gets a typed error naming the file, within bounded time and memory. The corpus and
 * what each file must do are listed in {@code src/test/resources/bad-input/README.md}; this test
 * reads that table, so the README and the test cannot drift apart.
 */
class BadInputTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final Path SAMPLES = Path.of("samples");

    /** The time limit every corpus file is read under, and the bound a test waits for it. */
    static final Duration LIMIT = Duration.ofSeconds(10);
    static final Duration BOUND = LIMIT.multipliedBy(3);

    static final XxgkReader READER = Xxgk.builder().limits(Limits.DEFAULT.withMaxTime(LIMIT)).build();

    /** One row of the README's table. */
    record Expectation(String file, String exception, String reason) {
        boolean reads() {
            return exception.equals("reads");
        }

        @Override
        public String toString() {
            return file + " -> " + exception + (reason.isEmpty() ? "" : " (" + reason + ")");
        }
    }

    private static final Pattern ROW =
            Pattern.compile("^\\| `([^`]+)` \\| `?([A-Za-z]+)`? \\|\\s*`?([a-z-]*)`?\\s*\\|");

    static List<Expectation> corpus() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) rows.add(new Expectation(m.group(1), m.group(2), m.group(3)));
        }
        return rows;
    }

    @Test
    void everyCorpusFileIsListedInTheReadmeAndEveryListedFileExists() throws IOException {
        Set<String> listed = corpus().stream().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(CORPUS)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).hasSize(12).isEqualTo(present);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputFailsWithItsTypedErrorNamingTheFile(Expectation expected) {
        Path path = CORPUS.resolve(expected.file());
        if (expected.reads()) {
            AnnualReport report = assertTimeoutPreemptively(BOUND, () -> READER.read(path));
            assertThat(report.source()).isEqualTo(path.toString());
            return;
        }
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> READER.read(path)));
        assertThat(thrown).as("%s must fail", expected.file()).isNotNull();
        assertThat(thrown.getClass().getSimpleName())
                .as("exception of %s: %s", expected.file(), thrown)
                .isEqualTo(expected.exception());
        XxgkException e = (XxgkException) thrown;
        assertThat(e.reason().code()).as("reason of %s: %s", expected.file(), e).isEqualTo(expected.reason());
        assertThat(e.source()).isEqualTo(path.toString());
        assertThat(e.getMessage()).startsWith(path + ": ").contains(expected.file());
    }

    /** The GBK page whose meta claims UTF-8 reads exactly as the UTF-8 sample it was made from. */
    @Test
    void gbkPageLabelledUtf8ReadsLikeItsSample() {
        AnnualReport gbk =
                assertTimeoutPreemptively(BOUND, () -> READER.read(CORPUS.resolve("gbk-labelled-utf8.html")));
        AnnualReport utf8 = READER.read(SAMPLES.resolve("004.html"));
        assertThat(utf8.template()).isNotEqualTo(Template.UNKNOWN);
        assertThat(values(utf8)).hasSizeGreaterThan(50);
        assertThat(gbk.template()).isEqualTo(utf8.template());
        assertThat(values(gbk)).isEqualTo(values(utf8));
        assertThat(gbk.title()).isEqualTo(utf8.title());
        assertThat(gbk.warnings()).anySatisfy(w -> assertThat(w.code().code()).isEqualTo("CHARSET_LABEL_IGNORED"));
    }

    private static Map<String, String> values(AnnualReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, CellValue> e : report.cells().entrySet()) {
            out.put(
                    e.getKey(),
                    e.getValue().raw() + " = "
                            + e.getValue().value().map(Object::toString).orElse("absent"));
        }
        return out;
    }

    // ---- limits on real samples ---------------------------------------------------------------

    @Test
    void aOneMillisecondTimeLimitFailsARealPdf() {
        XxgkReader reader = Xxgk.builder().limits(Limits.DEFAULT.withMaxTime(Duration.ofMillis(1))).build();
        Path pdf = SAMPLES.resolve("001.pdf");
        Throwable thrown =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> reader.read(pdf)));
        assertThat(thrown).isInstanceOf(LimitExceededException.class).hasMessageStartingWith(pdf + ": ");
        assertThat(((XxgkException) thrown).reason().code()).isEqualTo("time-limit");
    }

    /** Text sample 002 has {@code |} tables; a one-cell-per-line text (000, 001) has no grid, so no cells to count. */
    @Test
    void aSmallCellLimitFailsRealSamplesOfEveryFormat() {
        XxgkReader reader = Xxgk.builder().limits(Limits.DEFAULT.withMaxCells(20)).build();
        for (String sample : List.of("001.pdf", "001.html", "002_2d63126c8570951a.txt")) {
            Path path = SAMPLES.resolve(sample);
            Throwable thrown =
                    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> reader.read(path)));
            assertThat(thrown)
                    .as(sample)
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageStartingWith(path + ": ");
            assertThat(((XxgkException) thrown).reason().code()).as(sample).isEqualTo("too-many-cells");
        }
    }

    @Test
    void theSamplesReadUnderTheDefaultLimits() {
        for (String sample : List.of("001.pdf", "001.html", "001_7859ced941c8677a.txt")) {
            AnnualReport report =
                    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Xxgk.read(SAMPLES.resolve(sample)));
            assertThat(report.cells()).as(sample).hasSizeGreaterThan(50);
        }
    }

    // ---- generated large inputs ---------------------------------------------------------------

    /**
     * 50 MB: under the default {@code maxBytes} (64 MiB), so the defaults promise to read it within {@code maxTime}.
     */
    static final long LARGE_HTML_BYTES = 50_000_000L;

    @TempDir
    static Path temp;

    static Path largeHtml;

    @BeforeAll
    static void writeLargeHtml() throws IOException {
        // sample 004 with 50 MB of unrelated paragraphs before </body>: written in a stream, never held whole
        String html = Files.readString(SAMPLES.resolve("004.html"), StandardCharsets.UTF_8);
        int body = html.lastIndexOf("</body>");
        largeHtml = temp.resolve("large.html");
        try (OutputStream out = Files.newOutputStream(largeHtml);
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(html, 0, body);
            long written = html.substring(0, body).getBytes(StandardCharsets.UTF_8).length;
            for (int i = 0; written < LARGE_HTML_BYTES; i++) {
                // long paragraphs: each line of text counts against the cell limit (Limits), 200,000 lines would pass
                // it
                String p = "<p>第" + i + "段：" + "本段是测试用的填充文字，与年度报告无关。The quick brown fox.".repeat(20) + "</p>\n";
                w.write(p);
                written += p.getBytes(StandardCharsets.UTF_8).length;
            }
            w.write(html, body, html.length() - body);
        }
        assertThat(Files.size(largeHtml)).isBetween(LARGE_HTML_BYTES, Limits.DEFAULT.maxBytes());
    }

    @Test
    void a50MbPageIsReadWithinTheDefaultTimeLimit() {
        Duration limit = Limits.DEFAULT.maxTime();
        AnnualReport report = assertTimeoutPreemptively(limit.plusSeconds(30), () -> Xxgk.read(largeHtml));
        AnnualReport sample = READER.read(SAMPLES.resolve("004.html"));
        assertThat(values(report)).isEqualTo(values(sample));
    }

    @Test
    void a50MbPageFailsFastUnderALoweredByteLimit() {
        XxgkReader reader = Xxgk.builder().limits(Limits.DEFAULT.withMaxBytes(1L << 20)).build();
        Throwable thrown =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowable(() -> reader.read(largeHtml)));
        assertThat(thrown).isInstanceOf(LimitExceededException.class).hasMessageStartingWith(largeHtml + ": ");
        assertThat(((XxgkException) thrown).reason().code()).isEqualTo("too-large");
        // the same through a stream, whose size is not known in advance
        Throwable fromStream = catchThrowable(() -> {
            try (var in = Files.newInputStream(largeHtml)) {
                reader.read(in, "large.html");
            }
        });
        assertThat(fromStream).isInstanceOf(LimitExceededException.class).hasMessageStartingWith("large.html: ");
        assertThat(((XxgkException) fromStream).reason().code()).isEqualTo("too-large");
    }

    static Path writeManyPagePdf(int pages) throws IOException {
        Path pdf = temp.resolve(pages + "-pages.pdf");
        if (Files.exists(pdf)) return pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(PDType1Font.HELVETICA, 11);
                    cs.newLineAtOffset(72, 720);
                    for (int line = 0; line < 40; line++) {
                        cs.showText("Page " + i + ", line " + line + ": 12 34 56 78 not a report at all");
                        cs.newLineAtOffset(0, -15);
                    }
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void a500PagePdfFailsFastOverTheDefaultPageLimit() throws IOException {
        Path pdf = writeManyPagePdf(500);
        Throwable thrown =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowable(() -> Xxgk.read(pdf)));
        assertThat(thrown).isInstanceOf(LimitExceededException.class).hasMessageStartingWith(pdf + ": ");
        assertThat(((XxgkException) thrown).reason().code()).isEqualTo("too-many-pages");
    }

    @Test
    void a500PagePdfUnderARaisedPageLimitIsStillBoundedByTheTimeLimit() throws IOException {
        Path pdf = writeManyPagePdf(500);
        Duration limit = Duration.ofMillis(500);
        XxgkReader reader = Xxgk.builder().limits(Limits.DEFAULT.withMaxPages(1000).withMaxTime(limit)).build();
        Throwable thrown =
                assertTimeoutPreemptively(limit.multipliedBy(10), () -> catchThrowable(() -> reader.read(pdf)));
        assertThat(thrown).isInstanceOf(LimitExceededException.class).hasMessageStartingWith(pdf + ": ");
        assertThat(((XxgkException) thrown).reason().code()).isEqualTo("time-limit");
    }
}
