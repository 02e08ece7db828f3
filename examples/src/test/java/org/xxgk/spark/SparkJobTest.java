package org.xxgk.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.batch.BatchCommandTest;
import org.xxgk.batch.BatchOutputs;
import org.xxgk.cli.Cli;
import org.xxgk.cli.Main;
import org.xxgk.model.CellCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job in {@code local[2]} against {@code xxgk batch} on the same folder: the 15 samples,
 * the bad-input corpus, and three reports made from the samples so that every cross-report rule
 * fires (001 and 003 a year later, 000 under another agency). Every dataset, in both formats, must
 * equal the batch's files row by row.
 */
class SparkJobTest {

    @TempDir
    static Path temp;

    static Path input;
    static Path batchOut;
    static Path sparkOut;
    static SparkSession spark;
    static Cli batch;
    static int sparkExit;
    static String sparkErr;

    @BeforeAll
    static void runTheBatchAndTheJob() throws IOException {
        input = temp.resolve("in");
        Files.createDirectories(input.resolve("samples"));
        Files.createDirectories(input.resolve("bad"));
        Files.createDirectories(input.resolve("later"));
        try (Stream<Path> files = Files.list(BatchCommandTest.SAMPLES)) {
            for (Path file : files.toList()) Files.copy(file, input.resolve("samples").resolve(file.getFileName()));
        }
        for (String name : BatchCommandTest.corpus().keySet()) {
            Files.copy(BatchCommandTest.CORPUS.resolve(name), input.resolve("bad").resolve(name));
        }
        // a year later, carrying over 3 applications that 2022 did not carry forward
        derive("001", "later/001-2023.txt", text -> text.replace("2022年政府信息公开工作年度报告", "2023年政府信息公开工作年度报告")
                .replaceFirst("(二、上年结转政府信息公开申请数量\\s+)0(\\s+(?:0\\s+){5})0", "$13$23"));
        derive("003", "later/003-2021.txt", text -> text.replace("2020年度", "2021年度"));
        derive("000", "later/000-copy.txt", text -> text.replace("重庆市信访办公室", "重庆市某某局"));

        batchOut = temp.resolve("batch");
        sparkOut = temp.resolve("spark");
        batch = Cli.run("batch", input.toString(), "--out", batchOut.toString(), "--max-time", "20s");
        batchOut = batchOut.resolve("results");

        spark = SparkSession.builder().master("local[2]").appName("xxgk-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
             PrintWriter outWriter = new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            sparkExit = SparkJob.run(new String[] {input.toString(), "--out", sparkOut.toString(), "--max-time", "20s",
                    "--partitions", "3"}, outWriter, errWriter);
        }
        sparkErr = err.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    private static void derive(String id, String target, UnaryOperator<String> change) throws IOException {
        Path seed;
        try (Stream<Path> files = Files.list(BatchCommandTest.SAMPLES)) {
            seed = files.filter(f -> f.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertThat(changed).as(target).isNotEqualTo(text);
        Files.writeString(input.resolve(target), changed, StandardCharsets.UTF_8);
    }

    @Test
    void bothRunsCompleteAndTheJobSaysWhatItDid() {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(sparkExit).as(sparkErr).isZero();
        // 15 samples + 11 corpus files with a report name + 3 derived; random.bin is skipped by name
        assertThat(sparkErr)
                .containsPattern(
                        "xxgk-spark: 29 files, 19 read, 10 failed; \\d+ findings \\([1-9]\\d* across reports\\)")
                .contains("local[2]");
    }

    @Test
    void eachDatasetIsAFolderPerFormat() throws IOException {
        for (String format : List.of("parquet", "csv")) {
            for (String dataset : SparkBatch.DATASETS) {
                Path folder = sparkOut.resolve(format).resolve(dataset);
                assertThat(folder.resolve("_SUCCESS")).as(folder.toString()).exists();
                assertThat(parts(folder, "." + format)).as(folder.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void theCrossReportRulesFireSoTheComparisonCoversThem() throws IOException {
        Set<String> rules = new HashSet<>();
        for (CSVRecord record : batchCsv(BatchOutputs.FINDINGS)) rules.add(record.get("rule"));
        assertThat(rules).contains("CROSS_YEAR_CARRY", "CROSS_YEAR_PREVIOUS", "DUPLICATE_TEXT");
    }

    @Test
    void theCsvDatasetsEqualTheBatchFilesRowByRow() throws IOException {
        assertCsvEqual("cells", BatchOutputs.CELLS);
        assertCsvEqual("values", BatchOutputs.VALUES);
        assertCsvEqual("findings", BatchOutputs.FINDINGS);
        assertCsvEqual("failures", BatchOutputs.FAILURES);
    }

    @Test
    void theReportsDatasetHoldsTheBatchJsonLinesInOrder() throws IOException {
        List<String> lines = Files.readAllLines(batchOut.resolve(BatchOutputs.REPORTS), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(19);

        List<List<String>> csv = sparkCsv("reports");
        assertThat(csv.get(0))
                .containsExactly("source", "format", "template", "year", "agency", "published_date", "json");
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(6)).containsExactlyElementsOf(lines);

        List<Row> parquet = sparkParquet("reports");
        assertThat(parquet).extracting(row -> row.<String>getAs("json")).containsExactlyElementsOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            Row row = parquet.get(i);
            String json = lines.get(i);
            assertThat(json)
                    .startsWith("{\"source\":\"" + row.getAs("source") + "\",\"format\":\"" + row.getAs("format")
                            + "\",\"template\":\"" + row.getAs("template") + "\",\"year\":" + row.getAs("year"));
        }
    }

    @Test
    void theParquetDatasetsHoldTheBatchValuesTyped() throws IOException {
        // cells: text columns as text (blank = null), numbers as decimals, the year as an int
        List<CSVRecord> cells = batchCsv(BatchOutputs.CELLS);
        List<Row> cellRows = sparkParquet("cells");
        assertThat(cellRows).hasSameSizeAs(cells);
        for (int i = 0; i < cells.size(); i++) {
            CSVRecord expected = cells.get(i);
            Row actual = cellRows.get(i);
            assertThat(actual.<String>getAs("source")).isEqualTo(expected.get("source"));
            assertThat(actual.<String>getAs("template")).isEqualTo(expected.get("template"));
            assertThat(text(actual.getAs("year"))).isEqualTo(expected.get("year"));
            assertThat(text(actual.getAs("agency"))).isEqualTo(expected.get("agency"));
            for (String key : CellCatalog.allKeys()) {
                assertNumber(actual.getAs(key), expected.get(key), expected.get("source") + " " + key);
            }
        }

        // values: the long form, value a decimal, where it was read as integers (blank = null)
        List<CSVRecord> values = batchCsv(BatchOutputs.VALUES);
        List<Row> valueRows = sparkParquet("values");
        assertThat(valueRows).hasSameSizeAs(values);
        assertThat(values).anySatisfy(v -> assertThat(v.get("key")).startsWith("legacy."));
        for (int i = 0; i < values.size(); i++) {
            CSVRecord expected = values.get(i);
            Row actual = valueRows.get(i);
            String what = expected.get("source") + " " + expected.get("key");
            for (String column : List.of("source", "key", "label", "unit", "raw")) {
                assertThat(text(actual.getAs(column))).as(what + " " + column).isEqualTo(expected.get(column));
            }
            assertNumber(actual.getAs("value"), expected.get("value"), what);
            for (String column : List.of("page", "table", "row", "column", "line")) {
                assertThat(text(actual.getAs(column))).as(what + " " + column).isEqualTo(expected.get(column));
                if (actual.getAs(column) != null) assertThat(actual.<Object>getAs(column)).isInstanceOf(Integer.class);
            }
        }

        List<CSVRecord> findings = batchCsv(BatchOutputs.FINDINGS);
        List<Row> findingRows = sparkParquet("findings");
        assertThat(findingRows).hasSameSizeAs(findings);
        for (int i = 0; i < findings.size(); i++) {
            CSVRecord expected = findings.get(i);
            Row actual = findingRows.get(i);
            for (String column : List.of("source", "rule", "severity", "message_zh", "message_en", "fingerprint")) {
                assertThat(actual.<String>getAs(column)).isEqualTo(expected.get(column));
            }
            assertThat(text(actual.getAs("provenance"))).isEqualTo(expected.get("provenance"));
            assertThat(String.join(" ", actual.<String>getList(actual.fieldIndex("keys"))))
                    .isEqualTo(expected.get("keys"));
            assertNumber(actual.getAs("expected"), expected.get("expected"), expected.get("fingerprint"));
            assertNumber(actual.getAs("actual"), expected.get("actual"), expected.get("fingerprint"));
        }

        List<CSVRecord> failures = batchCsv(BatchOutputs.FAILURES);
        List<Row> failureRows = sparkParquet("failures");
        assertThat(failureRows).extracting(r -> List.<String>of(r.getAs("file"), r.getAs("reason"), r.getAs("message")))
                .containsExactlyElementsOf(failures.stream().map(BatchCommandTest::values).toList());
    }

    @Test
    void theReadmesQueryForAnalystsListsTheAgenciesWhoseReportsDoNotBalance() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String analysts = readme.substring(readme.indexOf("## For analysts"));
        String sql = analysts.substring(
                        analysts.indexOf("```sql\n") + 7, analysts.indexOf("```", analysts.indexOf("```sql\n") + 7))
                .replace("hdfs:///data/xxgk/results/2024", sparkOut.toString());
        List<Row> result = new ArrayList<>();
        for (String statement : sql.split(";")) {
            if (!statement.isBlank()) result = spark.sql(statement).collectAsList();
        }

        // the same from the batch's files: APP_BALANCE findings per agency and year, in that order
        java.util.Map<String, CSVRecord> cells = new java.util.HashMap<>();
        for (CSVRecord record : batchCsv(BatchOutputs.CELLS)) cells.put(record.get("source"), record);
        java.util.TreeMap<String, Integer> expected = new java.util.TreeMap<>();
        for (CSVRecord finding : batchCsv(BatchOutputs.FINDINGS)) {
            if (!finding.get("rule").equals("APP_BALANCE")) continue;
            CSVRecord report = cells.get(finding.get("source"));
            expected.merge(report.get("agency") + "|" + report.get("year"), 1, Integer::sum);
        }
        assertThat(expected).containsKeys("重庆市信访办公室|2020", "重庆市某某局|2020");
        assertThat(result)
                .extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2))
                .containsExactlyElementsOf(expected.entrySet().stream()
                        .map(e -> e.getKey() + "|" + e.getValue())
                        .toList());
    }

    @Test
    void aLocalFileIsNamedByItsPathAndOtherFilesByTheirUri() {
        assertThat(SparkBatch.source("file:/data/年报/a b.pdf")).isEqualTo("/data/年报/a b.pdf");
        assertThat(SparkBatch.source("hdfs://nn:8020/reports/a.pdf")).isEqualTo("hdfs://nn:8020/reports/a.pdf");
    }

    @Test
    void aMissingInputIsAUsageErrorNotACrash() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
             PrintWriter outWriter = new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            code = SparkJob.run(
                    new String[] {
                        temp.resolve("nothing-here").toString(),
                        "--out",
                        temp.resolve("o").toString()
                    },
                    outWriter,
                    errWriter);
        }
        assertThat(code).isEqualTo(Main.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("xxgk-spark: ")
                .contains("nothing-here")
                .doesNotContain("\tat ");
    }

    private static void assertNumber(Object actual, String expected, String what) {
        if (expected.isEmpty()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(new BigDecimal(expected));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void assertCsvEqual(String dataset, String batchFile) throws IOException {
        List<List<String>> expected = new ArrayList<>();
        for (CSVRecord record : BatchCommandTest.csv(batchOut.resolve(batchFile)))
            expected.add(BatchCommandTest.values(record));
        assertThat(expected.size()).as(batchFile).isGreaterThan(1);
        assertThat(sparkCsv(dataset)).as(dataset).containsExactlyElementsOf(expected);
    }

    private static List<CSVRecord> batchCsv(String file) throws IOException {
        try (Reader r = new StringReader(BatchCommandTest.text(batchOut.resolve(file)))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** The header, then the rows of every part file in name order (each part repeats the header). */
    private static List<List<String>> sparkCsv(String dataset) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Path part : parts(sparkOut.resolve("csv").resolve(dataset), ".csv")) {
            List<CSVRecord> records = BatchCommandTest.csv(part);
            if (rows.isEmpty()) rows.add(BatchCommandTest.values(records.get(0)));
            else assertThat(BatchCommandTest.values(records.get(0))).isEqualTo(rows.get(0));
            records.subList(1, records.size()).forEach(r -> rows.add(BatchCommandTest.values(r)));
        }
        return rows;
    }

    /** The rows of every part file in name order: the order the job sorted them in. */
    private static List<Row> sparkParquet(String dataset) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path part : parts(sparkOut.resolve("parquet").resolve(dataset), ".parquet")) {
            rows.addAll(spark.read().parquet(part.toString()).collectAsList());
        }
        return rows;
    }

    private static List<Path> parts(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")
                            && f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
