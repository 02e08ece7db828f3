package org.xxgk.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.xxgk.Limits;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.batch.BatchFiles;
import org.xxgk.batch.BatchOutputs;
import org.xxgk.batch.Watchdog;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.model.CellCatalog;
import org.xxgk.output.CellsCsv;
import org.xxgk.output.FindingsCsv;
import org.xxgk.output.ReportJson;
import org.xxgk.output.ValuesCsv;
import scala.Tuple2;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

/**
 * {@code xxgk batch} as a Spark job: the same five datasets, row for row, from a folder or glob
 * that may live on HDFS or an object store and hold a million reports.
 *
 * <ol>
 *   <li>{@code binaryFiles} lists the report files; each partition makes one {@link XxgkReader}
 *       (never shipped: built where it runs) and reads its files one at a time under the limits
 *       and the {@link Watchdog}, so that a bad file is a failures row, never a failed task.</li>
 *   <li>Each document is reduced at once to {@link SparkDocument}: the rows the batch writes, and
 *       the {@link ReportDigest} the cross-report rules read. That is cached: files are read once.</li>
 *   <li>The cross-report rules run distributed: digests meet by their pairing keys (agency and
 *       year, and near-duplicate buckets), so no report is compared with every other, and each
 *       report is checked against the few it pairs with ({@link Xxgk#checkAcross(ReportDigest,
 * java.util.Collection)}).</li>
 *   <li>The findings join their reports; each dataset is sorted as the batch sorts it and written
 *       as Parquet (typed) and as CSV (the batch's text, without the byte order mark), one folder per
 *       dataset.</li>
 * </ol>
 */
public final class SparkBatch {

    /** The datasets, by folder name. */
    static final List<String> DATASETS = List.of("reports", "cells", "values", "findings", "failures");

    /** The output formats, by folder name. */
    enum Format { parquet, csv }

    /**
     * What to run.
     *
     * @param input      a Hadoop path or glob of report files or folders (folders are read recursively)
     * @param out        the output folder: {@code OUT/parquet/<dataset>} and {@code OUT/csv/<dataset>}
     * @param partitions how many partitions to read in, at least (0: four per core of the cluster)
     * @param limits     the per-document limits
     * @param formats    which formats to write
     */
    record Settings(String input, String out, int partitions, Limits limits, Set<Format> formats) {
        Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(out, "out");
            if (partitions < 0) throw new IllegalArgumentException("partitions must not be negative: " + partitions);
            Objects.requireNonNull(limits, "limits");
            formats = Set.copyOf(formats);
        }
    }

    /** What a run did, for the summary line. */
    record Summary(long files, long read, long failed, long findings, long crossFindings) {}

    private SparkBatch() {}

    static Summary run(SparkSession spark, Settings settings) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // cells has a column per canonical key; Spark would warn that it shortens its plans' descriptions
        spark.conf().set("spark.sql.debug.maxToStringFields", 1000);
        // every file under the folders given, as xxgk batch walks them
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * sc.defaultParallelism();
        Limits limits = settings.limits();

        JavaRDD<SparkDocument> documents = sc.binaryFiles(settings.input(), partitions)
                .filter(file -> BatchFiles.isReport(file._1(), file._2()::open))
                .mapPartitions(files -> read(files, limits))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // read every file now, once: the stages below use the documents on several branches at
            // a time, which would otherwise each read a partition that is not cached yet
            documents.count();
            JavaPairRDD<String, ReportDigest> digests = documents
                    .filter(d -> d instanceof SparkDocument.Read)
                    .mapToPair(d -> new Tuple2<>(d.source(), ((SparkDocument.Read) d).digest()));
            JavaPairRDD<String, List<SparkDocument.FindingRow>> cross = crossReportFindings(digests);
            JavaRDD<Output> outputs = documents.keyBy(SparkDocument::source).leftOuterJoin(cross)
                    .map(joined -> Output.of(joined._2()._1(), joined._2()._2().orElse(List.of())))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                write(spark, settings, outputs);
                return summary(outputs);
            } finally {
                outputs.unpersist(false);
            }
        } finally {
            documents.unpersist(false);
        }
    }

    /** One partition's files, read lazily with one reader and one watchdog for the partition. */
    private static Iterator<SparkDocument> read(Iterator<Tuple2<String, PortableDataStream>> files, Limits limits) {
        XxgkReader reader = Xxgk.builder().limits(limits).build();
        Watchdog watchdog = new Watchdog(reader, limits.maxTime().multipliedBy(2), "xxgk-spark-read-");
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) context -> watchdog.close());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public SparkDocument next() {
                Tuple2<String, PortableDataStream> file = files.next();
                String source = source(file._1());
                return SparkDocument.of(watchdog.outcome(new Watchdog.Job(source, r -> {
                    try (InputStream in = file._2().open()) {
                        return r.read(in, source);
                    }
                })));
            }
        };
    }

    /**
     * A file's name as the batch would give it: the local path for a local file (so that the
     * datasets of {@code xxgk batch DIR} and of this job on the same absolute DIR are equal), the
     * full URI otherwise ({@code hdfs://…}, {@code s3a://…}).
     */
    static String source(String hadoopPath) {
        URI uri = new org.apache.hadoop.fs.Path(hadoopPath).toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : hadoopPath;
    }

    /**
     * The cross-report findings of each report that has any, distributed: a report meets the
     * reports it may pair with through {@link ReportDigest#lookupKeys()} and
     * {@link ReportDigest#offerKeys()}, and is checked against them alone.
     */
    static JavaPairRDD<String, List<SparkDocument.FindingRow>> crossReportFindings(
            JavaPairRDD<String, ReportDigest> digests) {
        // key -> (source, edition): the digests themselves travel only once a pair is known
        JavaPairRDD<String, Tuple2<String, String>> lookups = digests.flatMapToPair(d -> d._2().lookupKeys().stream()
                .map(key -> new Tuple2<>(key, new Tuple2<>(d._1(), d._2().edition()))).iterator());
        JavaPairRDD<String, Tuple2<String, String>> offers = digests.flatMapToPair(d -> d._2().offerKeys().stream()
                .map(key -> new Tuple2<>(key, new Tuple2<>(d._1(), d._2().edition()))).iterator());
        // (partner, report) for every pair of two editions that meets under some key, once
        JavaPairRDD<String, String> partnerOf = lookups.join(offers).values()
                .filter(pair -> !pair._1()._2().equals(pair._2()._2()))
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._1()._1()))
                .distinct();
        JavaPairRDD<String, Iterable<ReportDigest>> partners = partnerOf.join(digests)
                .mapToPair(joined -> new Tuple2<>(joined._2()._1(), joined._2()._2()))
                .groupByKey();
        return partners.join(digests).flatMapToPair(joined -> {
            List<ReportDigest> others = new ArrayList<>();
            joined._2()._1().forEach(others::add);
            List<SparkDocument.FindingRow> findings = Xxgk.checkAcross(
                            joined._2()._2(), others)
                    .stream()
                    .map(SparkDocument.FindingRow::of)
                    .toList();
            return findings.isEmpty()
                    ? Collections.emptyIterator()
                    : List.of(new Tuple2<>(joined._1(), findings)).iterator();
        });
    }

    /** The rows of every dataset for one document, as text. */
    record Output(
            String source,
            List<String> report,
            List<String> cells,
            List<List<String>> values,
            List<List<String>> findings,
            List<String> failure,
            int crossFindings)
            implements Serializable {
        private static final long serialVersionUID = 2L;

        static Output of(SparkDocument document, List<SparkDocument.FindingRow> cross) {
            if (document instanceof SparkDocument.Failed failed) {
                return new Output(failed.source(), List.of(), List.of(), List.of(), List.of(),
                        List.of(failed.source(), failed.reason(), failed.message()), 0);
            }
            SparkDocument.Read read = (SparkDocument.Read) document;
            List<Finding> findings = new ArrayList<>();
            read.findings().forEach(f -> findings.add(f.finding()));
            cross.forEach(f -> findings.add(f.finding()));
            List<String> report = new ArrayList<>(read.report());
            report.add(ReportJson.compact().withFindings(read.json(), findings));
            List<List<String>> findingRows = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                List<String> row = new ArrayList<>(FindingsCsv.row(findings.get(i)));
                row.add(Integer.toString(i));
                findingRows.add(row);
            }
            return new Output(
                    read.source(), report, read.cells(), numbered(read.values()), findingRows, List.of(), cross.size());
        }

        /** Each row with its place in the report ({@code seq}), by which the rows of a report are sorted. */
        private static List<List<String>> numbered(List<List<String>> rows) {
            List<List<String>> numbered = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i));
                row.add(Integer.toString(i));
                numbered.add(row);
            }
            return numbered;
        }
    }

    private static void write(SparkSession spark, Settings settings, JavaRDD<Output> outputs) {
        List<String> reportColumns = new ArrayList<>(SparkDocument.REPORT_COLUMNS);
        reportColumns.add("json");
        List<String> findingColumns = new ArrayList<>(FindingsCsv.HEADER);
        findingColumns.add("seq");

        Dataset<Row> reports = texts(
                        spark,
                        reportColumns,
                        outputs.filter(o -> !o.report().isEmpty()).map(o -> row(o.report())))
                .orderBy("source");
        Dataset<Row> cells = texts(
                        spark,
                        CellsCsv.HEADER,
                        outputs.filter(o -> !o.cells().isEmpty()).map(o -> row(o.cells())))
                .orderBy("source");
        List<String> valueColumns = new ArrayList<>(ValuesCsv.HEADER);
        valueColumns.add("seq");
        Dataset<Row> values = texts(
                        spark,
                        valueColumns,
                        outputs.flatMap(
                                o -> o.values().stream().map(SparkBatch::row).iterator()))
                .withColumn("seq", col("seq").cast("int"))
                .orderBy(col("source"), col("seq"))
                .drop("seq");
        Dataset<Row> findings = texts(
                        spark,
                        findingColumns,
                        outputs.flatMap(
                                o -> o.findings().stream().map(SparkBatch::row).iterator()))
                .withColumn("seq", col("seq").cast("int"))
                .orderBy(col("source"), col("seq"))
                .drop("seq");
        Dataset<Row> failures = texts(
                        spark,
                        BatchOutputs.FAILURES_HEADER,
                        outputs.filter(o -> !o.failure().isEmpty()).map(o -> row(o.failure())))
                .orderBy("file");
        List<Dataset<Row>> all = List.of(reports, cells, values, findings, failures);

        for (int i = 0; i < DATASETS.size(); i++) {
            String name = DATASETS.get(i);
            // sorted once for both formats
            Dataset<Row> text = all.get(i).persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                writeBoth(settings, name, text);
            } finally {
                text.unpersist(false);
            }
        }
    }

    private static void writeBoth(Settings settings, String name, Dataset<Row> text) {
        if (settings.formats().contains(Format.parquet)) {
            typed(name, text).write().mode(SaveMode.Overwrite).parquet(settings.out() + "/parquet/" + name);
        }
        if (settings.formats().contains(Format.csv)) {
            text.write().mode(SaveMode.Overwrite)
                    .option("header", true)
                    .option("quote", "\"")
                    .option("escape", "\"") // RFC 4180: a quote inside a field is doubled, as in the batch's files
                    .option("emptyValue", "")
                    .option("encoding", "UTF-8")
                    .option("lineSep", "\n")
                    .csv(settings.out() + "/csv/" + name);
        }
    }

    private static Row row(List<String> values) {
        return RowFactory.create(values.toArray());
    }

    private static Dataset<Row> texts(SparkSession spark, List<String> columns, JavaRDD<Row> rows) {
        List<StructField> fields = columns.stream()
                .map(c -> DataTypes.createStructField(c, DataTypes.StringType, false))
                .toList();
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    /**
     * The Parquet form of a dataset: numbers as decimals, years as integers, dates as dates, key lists as arrays;
     * blanks as nulls.
     */
    static Dataset<Row> typed(String dataset, Dataset<Row> text) {
        Set<String> numbers = switch (dataset) {
            case "cells" -> Set.copyOf(CellCatalog.allKeys());
            case "values" -> Set.of("value");
            case "findings" -> Set.of("expected", "actual");
            default -> Set.of();
        };
        Set<String> integers =
                dataset.equals("values") ? Set.of("page", "table", "row", "column", "line") : Set.of("year");
        List<Column> columns = new ArrayList<>();
        for (String name : text.columns()) {
            Column column = col(quoted(name));
            if (numbers.contains(name)) {
                columns.add(expr("try_cast(nullif(" + quoted(name) + ", '') as decimal(38," + DECIMAL_SCALE + "))")
                        .as(name));
            } else if (integers.contains(name)) {
                columns.add(expr("try_cast(nullif(" + quoted(name) + ", '') as int)").as(name));
            } else if (name.equals("published_date")) {
                columns.add(expr("try_cast(nullif(published_date, '') as date)").as(name));
            } else if (name.equals("keys")) {
                columns.add(when(column.equalTo(""), array()).otherwise(split(column, " ")).as(name));
            } else {
                columns.add(when(column.equalTo(""), null).otherwise(column).as(name));
            }
        }
        return text.select(columns.toArray(Column[]::new));
    }

    /** Decimal places of the numbers in Parquet: a report prints at most two; more would be rounded. */
    static final int DECIMAL_SCALE = 6;

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    private static Summary summary(JavaRDD<Output> outputs) {
        List<Long> zero = List.of(0L, 0L, 0L, 0L, 0L);
        List<Long> counts = outputs.map(o -> List.of(
                        1L,
                        o.failure().isEmpty() ? 1L : 0L,
                        o.failure().isEmpty() ? 0L : 1L,
                        (long) o.findings().size(),
                        (long) o.crossFindings()))
                .fold(
                        zero,
                        (a, b) -> List.of(
                                a.get(0) + b.get(0),
                                a.get(1) + b.get(1),
                                a.get(2) + b.get(2),
                                a.get(3) + b.get(3),
                                a.get(4) + b.get(4)));
        return new Summary(counts.get(0), counts.get(1), counts.get(2), counts.get(3), counts.get(4));
    }
}
