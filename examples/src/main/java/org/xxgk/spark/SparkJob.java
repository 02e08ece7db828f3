package org.xxgk.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.xxgk.Limits;
import org.xxgk.cli.LimitOptions;
import org.xxgk.cli.Main;
import org.xxgk.cli.Session;
import org.xxgk.cli.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.xxgk.spark.SparkJob}: reads a
 * folder or glob of reports on a cluster and writes the datasets of {@code xxgk batch} as Parquet
 * and CSV. See {@link SparkBatch} for what it does.
 */
@Command(
        name = "xxgk-spark",
        header = "Reads and checks a collection of reports on Apache Spark and writes the batch's datasets as Parquet"
                + " and CSV.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads every .txt, .html, .htm, .shtml, .pdf, .md and .markdown file, and each .js and .json file "
                    + "that holds a page, under INPUT (a Hadoop path or glob: a local folder, "
                    + "hdfs://…, s3a://…; folders are read recursively), one xxgk reader per partition, checks each "
                    + "report, runs the cross-report rules over the whole collection, and writes into OUT:",
            "  OUT/parquet/reports, cells, values, findings, failures   typed columns (decimals, integers, dates,"
                    + " arrays of keys)",
            "  OUT/csv/reports, cells, values, findings, failures       the text of xxgk batch's files, one header per"
                    + " part file",
            "reports has source, format, template, year, agency, published_date and json (the line of reports.jsonl);"
                + " cells, values, findings and failures have the columns of cells.csv, values.csv, findings.csv and"
                + " failures.csv (values: one row per printed cell of every template, LEGACY included). Rows are"
                + " sorted as the batch sorts them: part files in name order hold them in order.",
            "A file that cannot be read is a failures row, never a failed task; each runs under the limits below and a"
                    + " watchdog that gives up on it after twice --max-time. Existing dataset folders are replaced."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the job completed and the datasets were written (even if files failed)",
            "2:INPUT holds no report files or cannot be listed, OUT cannot be written, or a wrong command line",
            "3:an internal error"
        },
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  spark-submit --class org.xxgk.spark.SparkJob xxgk-spark.jar hdfs:///reports/2024 --out"
                    + " hdfs:///xxgk/2024",
            "  java … org.xxgk.spark.SparkJob reports/ --out results/ --master 'local[2]'"
        })
public final class SparkJob implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "INPUT",
            description = "The reports: a folder, file or glob, local or on a cluster file system.")
    String input;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "OUT",
            description = "The folder to write the datasets into.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master when not run by spark-submit (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Read in at least N partitions (default: four per core of the cluster).")
    int partitions;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "parquet, csv or both (default: parquet,csv).")
    Set<SparkBatch.Format> formats = EnumSet.allOf(SparkBatch.Format.class);

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    SparkJob() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the job as {@link #main} does, without exiting; the exit code of the usage text. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SparkJob())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("xxgk-spark: internal error, please report it: " + e);
                    e.printStackTrace(cmd.getErr());
                    return Main.INTERNAL;
                });
        commandLine.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? Main.UNREADABLE : Main.INTERNAL);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (partitions < 0)
            throw new ParameterException(spec.commandLine(), "--partitions must not be negative: " + partitions);
        if (formats.isEmpty()) throw new ParameterException(spec.commandLine(), "--format needs parquet, csv or both");
        Limits limits = limitOptions.limits(spec.commandLine());
        SparkBatch.Settings settings = new SparkBatch.Settings(input, out, partitions, limits, formats);

        SparkConf conf = new SparkConf();
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        boolean ours = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().appName("xxgk").config(conf).getOrCreate();
        long start = System.nanoTime();
        try {
            SparkBatch.Summary summary = SparkBatch.run(spark, settings);
            if (summary.files() == 0) {
                err.println("xxgk-spark: " + input + ": " + Session.NO_REPORT_FILES);
                return Main.UNREADABLE;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.println(String.format(
                    Locale.ROOT,
                    "xxgk-spark: %d files, %d read, %d failed; %d findings (%d across reports); %.1f s, %.1f files/s"
                            + " on %s; written to %s",
                    summary.files(),
                    summary.read(),
                    summary.failed(),
                    summary.findings(),
                    summary.crossFindings(),
                    seconds,
                    summary.files() / seconds,
                    spark.sparkContext().master(),
                    out));
            return Main.OK;
        } catch (Exception e) { // NOPMD: Scala throws checked exceptions undeclared
            // a path that does not exist or cannot be listed or written: the user's to fix, not a bug
            if (!(e instanceof IOException || e instanceof AnalysisException)) throw e;
            err.println("xxgk-spark: " + e.getMessage());
            return Main.UNREADABLE;
        } finally {
            if (ours) spark.stop();
        }
    }
}
