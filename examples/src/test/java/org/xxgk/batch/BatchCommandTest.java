package org.xxgk.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.model.CellCatalog;
import org.xxgk.output.FindingsCsv;
import org.xxgk.output.ReportJsonTest;
import org.xxgk.output.ValuesCsv;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk batch} over a folder holding copies of the 15 bundled samples and of the bad-input
 * corpus: each sample is in {@code reports.jsonl} and {@code cells.csv} with its golden values,
 * each bad file in {@code failures.csv} with the reason code the corpus README lists, and the
 * outputs do not depend on the number of threads.
 */
public class BatchCommandTest {

    public static final Path SAMPLES = Path.of("samples");
    public static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final String KEY = "applications.newlyReceived.total";

    @TempDir
    static Path temp;

    static Path input;
    static Path out1;
    static Path out2;
    static Cli run1;
    static Cli run2;

    /** The corpus README's table: file -> reason code, or "reads". */
    public static Map<String, String> corpus() throws IOException {
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\| `?([A-Za-z]+)`? \\|\\s*`?([a-z-]*)`?\\s*\\|");
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) rows.put(m.group(1), m.group(2).equals("reads") ? "reads" : m.group(3));
        }
        return rows;
    }

    @BeforeAll
    static void runBatchOnOneAndTwoThreads() throws IOException {
        input = temp.resolve("in");
        Files.createDirectories(input.resolve("samples"));
        Files.createDirectories(input.resolve("bad"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.toList()) Files.copy(file, input.resolve("samples").resolve(file.getFileName()));
        }
        for (String name : corpus().keySet()) Files.copy(CORPUS.resolve(name), input.resolve("bad").resolve(name));
        out1 = temp.resolve("out1");
        out2 = temp.resolve("out2");
        run1 = Cli.run("batch", input.toString(), "--out", out1.toString(), "--threads", "1", "--max-time", "20s");
        run2 = Cli.run("batch", input.toString(), "--out", out2.toString(), "--threads", "2", "--max-time", "20s");
        out1 = out1.resolve("results");
        out2 = out2.resolve("results");
    }

    static Path sample(String id, String format) {
        return input.resolve("samples").resolve(switch (format) {
            case "txt" -> Golden.baseName(id) + ".txt";
            default -> id + "." + format;
        });
    }

    /** The records of a CSV file, after the byte order mark the batch's files start with. */
    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = new StringReader(text(file))) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    /** A UTF-8 file without its byte order mark, if it has one. */
    public static String text(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>();
        record.forEach(values::add);
        return values;
    }

    @Test
    void the_run_completes_with_exit_0_and_a_summary() {
        for (Cli cli : List.of(run1, run2)) {
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(cli.out()).isEmpty();
            assertThat(cli.err()).doesNotContain("Exception", "\tat ");
            String[] lines = cli.errLines();
            // 15 samples + 11 corpus files with a report name (random.bin has none, so the walk skips it)
            assertThat(lines[lines.length - 1])
                    .startsWith("xxgk batch: 26 files, 16 read, 10 failed; 1 skipped; findings: ")
                    .containsPattern("; findings: \\d+ ERROR, \\d+ WARNING, \\d+ INFO; \\d+(\\.\\d)? m?s; written to"
                            + " .*results$");
        }
    }

    @Test
    void out_holds_the_results_and_the_journal_and_nothing_else() throws IOException {
        for (Path results : List.of(out1, out2)) {
            try (Stream<Path> files = Files.list(results)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(
                                "reports.jsonl",
                                "cells.csv",
                                "values.csv",
                                "findings.csv",
                                "failures.csv",
                                "skipped.csv",
                                "manifest.json");
            }
            try (Stream<Path> files = Files.list(results.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results", "journal");
            }
            try (Stream<Path> files = Files.list(results.resolveSibling("journal"))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("records", "lock");
            }
            assertThat(BatchOutputs.complete(results)).isTrue();
        }
    }

    @Test
    void the_csv_files_start_with_a_byte_order_mark_and_the_json_lines_do_not() throws IOException {
        for (String name : BatchOutputs.FILES) {
            byte[] bytes = Files.readAllBytes(out1.resolve(name));
            boolean bom = bytes.length >= 3
                    && (bytes[0] & 0xff) == 0xEF
                    && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF;
            assertThat(bom).as(name).isEqualTo(name.endsWith(".csv"));
        }
        Path plain = temp.resolve("no-bom");
        Cli cli = Cli.run(
                "batch", input.resolve("samples").toString(), "--out", plain.toString(), "--no-bom", "--threads", "2");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.readString(plain.resolve("results/cells.csv"), StandardCharsets.UTF_8))
                .startsWith("source,template,");
    }

    @Test
    void what_the_walk_did_not_read_is_in_skipped_csv() throws IOException {
        List<CSVRecord> rows = csv(out1.resolve("skipped.csv"));
        assertThat(values(rows.get(0))).containsExactly("path", "reason", "detail");
        assertThat(rows.subList(1, rows.size()))
                .extracting(BatchCommandTest::values)
                .containsExactly(List.of(
                        input.resolve("bad/random.bin").toString(),
                        "not-a-report-file",
                        "not a report file type (.txt, .html, .htm, .shtml, .pdf, .md, .markdown)"));
    }

    @Test
    void outputs_are_identical_on_one_and_two_threads() throws IOException {
        for (String name : BatchOutputs.FILES) {
            assertThat(Files.readString(out2.resolve(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(Files.readString(out1.resolve(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_sample_is_in_reports_jsonl_with_its_golden_cells() throws Exception {
        List<String> lines = Files.readAllLines(out1.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        Map<String, JsonNode> bySource = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode json = ReportJsonTest.parse(line);
            bySource.put(json.get("source").asText(), json);
        }
        assertThat(lines).hasSize(16);
        assertThat(new ArrayList<>(bySource.keySet())).isSorted();
        assertThat(bySource).containsKey(input.resolve("bad/gbk-labelled-utf8.html").toString());
        for (Golden golden : Golden.all()) {
            for (String format : List.of("txt", "html", "pdf")) {
                String source = sample(golden.id(), format).toString();
                JsonNode json = bySource.get(source);
                assertThat(json).as(source).isNotNull();
                assertThat(json.get("template").asText()).as(source).isEqualTo(golden.template());
                assertThat(json.get("year").asInt()).as(source).isEqualTo(golden.year());
                assertThat(json.get("agency").asText()).as(source).isEqualTo(golden.agency());
                BigDecimal expected = golden.cells().get(KEY);
                JsonNode actual = json.get("cells").path(KEY);
                if (expected == null)
                    assertThat(actual.isMissingNode() || actual.isNull())
                            .as(source + " " + KEY)
                            .isTrue();
                else assertThat(actual.decimalValue()).as(source + " " + KEY).isEqualByComparingTo(expected);
                List<String> errors = new ArrayList<>();
                json.get("findings").forEach(f -> {
                    if (f.get("severity").asText().equals("ERROR")) errors.add(f.get("rule").asText());
                });
                assertThat(errors).as(source + " ERROR findings").isEqualTo(goldenErrors(golden));
            }
        }
    }

    @Test
    void cells_csv_has_the_catalogue_header_and_a_golden_row_per_report() throws IOException {
        List<CSVRecord> rows = csv(out1.resolve("cells.csv"));
        List<String> header = new ArrayList<>(List.of("source", "template", "year", "agency"));
        header.addAll(CellCatalog.allKeys());
        assertThat(values(rows.get(0))).isEqualTo(header);
        assertThat(rows).hasSize(1 + 16);
        int key = header.indexOf(KEY);
        assertThat(key).isGreaterThan(3);
        Map<String, CSVRecord> bySource = new LinkedHashMap<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertThat(row.size()).isEqualTo(header.size());
            bySource.put(row.get(0), row);
        }
        assertThat(new ArrayList<>(bySource.keySet())).isSorted();
        for (Golden golden : Golden.all()) {
            for (String format : List.of("txt", "html", "pdf")) {
                String source = sample(golden.id(), format).toString();
                CSVRecord row = bySource.get(source);
                assertThat(row).as(source).isNotNull();
                assertThat(row.get(1)).as(source).isEqualTo(golden.template());
                assertThat(row.get(2)).as(source).isEqualTo(golden.year().toString());
                assertThat(row.get(3)).as(source).isEqualTo(golden.agency());
                BigDecimal expected = golden.cells().get(KEY);
                if (expected == null) assertThat(row.get(key)).as(source).isEmpty();
                else assertThat(new BigDecimal(row.get(key))).as(source).isEqualByComparingTo(expected);
            }
        }
    }

    @Test
    void values_csv_holds_every_cell_of_every_report_legacy_included() throws Exception {
        List<CSVRecord> rows = csv(out1.resolve("values.csv"));
        assertThat(values(rows.get(0))).isEqualTo(ValuesCsv.HEADER);
        Map<String, Map<String, CSVRecord>> bySource = new LinkedHashMap<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            bySource.computeIfAbsent(row.get(0), s -> new LinkedHashMap<>()).put(row.get(1), row);
        }
        assertThat(new ArrayList<>(bySource.keySet())).isSorted();
        int legacy = 0;
        for (String line : Files.readAllLines(out1.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode json = ReportJsonTest.parse(line);
            String source = json.get("source").asText();
            Map<String, CSVRecord> cells = bySource.getOrDefault(source, Map.of());
            List<String> keys = new ArrayList<>();
            json.get("cells").fieldNames().forEachRemaining(keys::add);
            // every cell of the JSON, in its order, with its value, unit, raw text and provenance
            assertThat(new ArrayList<>(cells.keySet())).as(source).isEqualTo(keys);
            for (String key : keys) {
                CSVRecord row = cells.get(key);
                JsonNode value = json.get("cells").get(key);
                if (value.isNull())
                    assertThat(row.get(3)).as(source + " " + key).isEmpty();
                else
                    assertThat(new BigDecimal(row.get(3)))
                            .as(source + " " + key)
                            .isEqualByComparingTo(value.decimalValue());
                assertThat(row.get(4)).as(source + " " + key).isEqualTo(json.get("units").path(key).asText(""));
                JsonNode provenance = json.get("provenance").get(key);
                assertThat(row.get(5)).as(source + " " + key).isEqualTo(provenance.get("raw").asText());
                List<String> where = List.of("page", "table", "row", "column", "line");
                for (int i = 0; i < where.size(); i++) {
                    assertThat(row.get(6 + i)).as(source + " " + key + " " + where.get(i))
                            .isEqualTo(provenance.has(where.get(i)) ? provenance.get(where.get(i)).asText() : "");
                }
                assertThat(row.get(2)).as(source + " " + key + " label").isNotBlank();
                if (key.startsWith("legacy.")) {
                    legacy++;
                    String label = json.get("labels").path(key).asText();
                    assertThat(row.get(2)).as(source + " " + key).isEqualTo(label);
                }
            }
        }
        // the LEGACY sample in its three formats: the figures cells.csv has no column for
        assertThat(legacy).isGreaterThan(3 * 10);
        String html = sample("002", "html").toString();
        assertThat(bySource.get(html)).containsKey("legacy.1.1");
        assertThat(bySource.get(sample("000", "txt").toString())
                        .get("active.rules.newlyMade")
                        .get(2))
                .isEqualTo("规章 / 本年新制作数量");
    }

    /**
     * The README's pandas lines for analysts: they skip the byte order mark, and they run (where Python has pandas).
     */
    @Test
    void the_readmes_pandas_lines_read_the_csv_files() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String analysts = readme.substring(readme.indexOf("## For analysts"));
        int start = analysts.indexOf("```python\n") + "```python\n".length();
        String python = analysts.substring(start, analysts.indexOf("```", start));
        assertThat(python).contains("read_csv(\"out/results/values.csv\", encoding=\"utf-8-sig\")");
        Matcher reads = Pattern.compile("read_csv\\(([^)]*)\\)").matcher(python);
        while (reads.find()) assertThat(reads.group(1)).contains("encoding=\"utf-8-sig\"");

        Process probe;
        try {
            probe = new ProcessBuilder("python3", "-c", "import pandas").redirectErrorStream(true).start();
        } catch (IOException e) {
            probe = null;
        }
        boolean pandas = probe != null && probe.waitFor() == 0;
        // CI has pandas (.ci/run installs it when missing) and sets XXGK_REQUIRE_PANDAS: there this never skips
        assertThat(pandas || System.getenv("XXGK_REQUIRE_PANDAS") == null).as("python3 with pandas").isTrue();
        org.junit.jupiter.api.Assumptions.assumeTrue(pandas, "python3 with pandas");
        Path script = temp.resolve("analysts.py");
        Files.writeString(
                script, python.replace("out/results", out1.toString().replace('\\', '/')), StandardCharsets.UTF_8);
        Process run = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        Golden legacy = Golden.all().stream().filter(g -> g.template().equals("LEGACY")).findFirst().orElseThrow();
        assertThat(output).contains("legacy.1.1", legacy.agency(), "agency", "label");
    }

    @Test
    void every_bad_file_is_in_failures_csv_with_its_reason() throws IOException {
        List<CSVRecord> rows = csv(out1.resolve("failures.csv"));
        assertThat(values(rows.get(0))).containsExactly("file", "reason", "message");
        Map<String, String> reasons = new LinkedHashMap<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertThat(row.get(2)).as(row.get(0)).isNotBlank().doesNotContain("\n");
            reasons.put(row.get(0), row.get(1));
        }
        assertThat(new ArrayList<>(reasons.keySet())).isSorted();

        Map<String, String> expected = new TreeMap<>();
        corpus().forEach((file, reason) -> {
            if (!reason.equals("reads") && BatchFiles.isReportName(Path.of(file))) {
                expected.put(input.resolve("bad").resolve(file).toString(), reason);
            }
        });
        assertThat(expected).hasSize(10);
        assertThat(reasons).isEqualTo(expected);
        String bin = input.resolve("bad/random.bin").toString();
        for (String name : BatchOutputs.FILES) {
            if (name.equals(BatchOutputs.SKIPPED)) continue;
            assertThat(Files.readString(out1.resolve(name), StandardCharsets.UTF_8)).as(name).doesNotContain(bin);
        }
    }

    @Test
    void findings_csv_holds_the_golden_errors() throws IOException {
        List<CSVRecord> rows = csv(out1.resolve("findings.csv"));
        assertThat(values(rows.get(0))).isEqualTo(FindingsCsv.HEADER);
        Map<String, List<String>> errors = new TreeMap<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            if (row.get(FindingsCsv.HEADER.indexOf("severity")).equals("ERROR")) {
                errors.computeIfAbsent(row.get(0), s -> new ArrayList<>()).add(row.get(1));
            }
        }
        Map<String, List<String>> expected = new TreeMap<>();
        for (Golden golden : Golden.all()) {
            if (goldenErrors(golden).isEmpty()) continue;
            for (String format : List.of("txt", "html", "pdf"))
                expected.put(sample(golden.id(), format).toString(), goldenErrors(golden));
        }
        assertThat(expected).containsKey(sample("000", "pdf").toString());
        assertThat(expected.get(sample("000", "pdf").toString())).contains("APP_BALANCE");
        assertThat(errors).isEqualTo(expected);
    }

    @Test
    void an_unreadable_dir_exits_2_and_writes_nothing() {
        Path out = temp.resolve("never");
        Cli cli = Cli.run("batch", temp.resolve("no-such-dir").toString(), "--out", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines())
                .containsExactly("xxgk: " + temp.resolve("no-such-dir")
                        + ": the directory could not be read: no such directory");
        Path file = SAMPLES.resolve("000.html");
        Cli notDir = Cli.run("batch", file.toString(), "--out", out.toString());
        assertThat(notDir.exitCode()).isEqualTo(2);
        assertThat(notDir.errLines())
                .containsExactly("xxgk: " + file + ": the directory could not be read: not a directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_time_limit_per_file_is_a_failure_row_and_the_run_goes_on() throws IOException {
        Path out = temp.resolve("tight");
        Path dir = input.resolve("samples");
        Cli cli = Cli.run("batch", dir.toString(), "--out", out.toString(), "--threads", "2", "--max-time", "1ms");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<CSVRecord> failures = csv(out.resolve("results/failures.csv"));
        // every PDF takes longer than a millisecond: each fails alone, as time-limit
        for (String id : Golden.IDS) {
            String pdf = sample(id, "pdf").toString();
            assertThat(failures).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo(pdf);
                assertThat(row.get(1)).isEqualTo("time-limit");
            });
        }
    }

    static List<String> goldenErrors(Golden golden) {
        return golden.expectedFindings().stream()
                .filter(f -> f.severity().equals("ERROR"))
                .map(Golden.ExpectedFinding::rule)
                .toList();
    }
}
