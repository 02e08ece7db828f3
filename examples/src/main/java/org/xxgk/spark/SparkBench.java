package org.xxgk.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.xxgk.Limits;
import org.xxgk.batch.BatchFiles;
import org.xxgk.cli.Main;
import org.xxgk.cli.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * How the Spark job scales on one machine: the same folder of a few hundred reports (copies of the
 * samples) through the whole job, datasets written, with {@code local[1]} and with {@code local[2]}.
 */
@Command(name = "xxgk-spark-bench",
        header = "Times the Spark job with local[1] and local[2] on copies of a folder of reports.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Copies the report files of DIR --copies times into a temporary folder, then for each master runs the "
                    + "whole job (reading, checking, cross-report rules, Parquet and CSV written) once to warm up and "
                    + "--rounds times more, and reports the best round in files per second.",
            "The last line is for scripts: spark local1=N/s local2=N/s local2/local1=R"},
        footerHeading = "%n",
        footer = {"Example:", "  examples/spark/xxgk-spark-local bench examples/samples --copies 20"})
public final class SparkBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "examples/samples",
            description = "The folder of reports to copy (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--copies", paramLabel = "N", description = "Copies of DIR (default: ${DEFAULT-VALUE}).")
    int copies = 20;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Timed runs per master, best one kept (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--masters", split = ",", paramLabel = "MASTER",
            description = "The masters to compare (default: local[1],local[2]).")
    List<String> masters = List.of("local[1]", "local[2]");

    SparkBench() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new CommandLine(new SparkBench()).setOut(out).setErr(err)
                .setExitCodeExceptionMapper(e -> e instanceof ParameterException ? Main.UNREADABLE : Main.INTERNAL)
                .execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (copies < 1 || rounds < 1 || masters.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--copies, --rounds and --masters need at least one");
        }
        List<Path> files = BatchFiles.walk(dir).files();
        if (files.isEmpty()) throw new ParameterException(spec.commandLine(), dir + ": no report files");
        Path work = Files.createTempDirectory("xxgk-spark-bench");
        try {
            Path input = work.resolve("in");
            for (int copy = 1; copy <= copies; copy++) {
                Path folder = Files.createDirectories(input.resolve(String.format(Locale.ROOT, "copy-%03d", copy)));
                for (Path file : files)
                    Files.copy(
                            file, folder.resolve(dir.relativize(file).toString().replace('/', '_')));
            }
            long count = (long) files.size() * copies;
            out.printf(Locale.ROOT, "%d report files (%d × %d) in %s; %d cores%n", count, files.size(), copies, dir,
                    Runtime.getRuntime().availableProcessors());
            List<Double> rates = new ArrayList<>();
            for (String master : masters) {
                double best = 0;
                SparkSession spark = SparkSession.builder().master(master).appName("xxgk-bench")
                        .config("spark.ui.enabled", false).getOrCreate();
                try {
                    // one untimed run over the same folder: the JIT and Spark's code generation warm up
                    SparkBatch.run(spark, settings(input.toString(), work.resolve("warmup")));
                    for (int round = 1; round <= rounds; round++) {
                        long start = System.nanoTime();
                        SparkBatch.Summary summary =
                                SparkBatch.run(spark, settings(input.toString(), work.resolve("out")));
                        double seconds = (System.nanoTime() - start) / 1e9;
                        double rate = summary.files() / seconds;
                        out.printf(
                                Locale.ROOT,
                                "%s round %d: %d files in %.1f s, %.1f files/s%n",
                                master,
                                round,
                                summary.files(),
                                seconds,
                                rate);
                        best = Math.max(best, rate);
                    }
                } finally {
                    spark.stop();
                }
                rates.add(best);
            }
            StringBuilder last = new StringBuilder("spark");
            for (int i = 0; i < masters.size(); i++) {
                last.append(String.format(
                        Locale.ROOT, " %s=%.1f/s", masters.get(i).replaceAll("[\\[\\]]", ""), rates.get(i)));
            }
            if (rates.size() > 1) {
                last.append(String.format(
                        Locale.ROOT,
                        " %s/%s=%.2f",
                        masters.get(masters.size() - 1).replaceAll("[\\[\\]]", ""),
                        masters.get(0).replaceAll("[\\[\\]]", ""),
                        rates.get(rates.size() - 1) / rates.get(0)));
            }
            out.println(last);
            return Main.OK;
        } finally {
            deleteTree(work);
        }
    }

    private static SparkBatch.Settings settings(String input, Path out) {
        return new SparkBatch.Settings(
                input, out.toString(), 0, Limits.DEFAULT, EnumSet.allOf(SparkBatch.Format.class));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
