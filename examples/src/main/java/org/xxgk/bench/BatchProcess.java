package org.xxgk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xxgk.batch.BatchCommand;
import org.xxgk.cli.Main;

/**
 * {@code xxgk batch} as a process of its own, the way a user runs it, over a folder of copies of
 * the benchmark's files: on 1 and on 2 threads, with the measuring point of
 * {@link BatchCommand#STATS_PROPERTY} for the live heap and the cross-report stage.
 */
final class BatchProcess {

    /** The JVM options of {@code examples/bin/xxgk} for every command but {@code bench}. */
    static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

    /** Medians over the runs: wall times in ms, the live heap in MB, the cross-report stage. */
    record Figures(double oneThread, double twoThreads, double heapMb, double crossMs, double crossShare) {
        double speedUp() {
            return oneThread / twoThreads;
        }
    }

    private BatchProcess() {}

    /**
     * Runs the batch {@code runs} times on 1 and on 2 threads, interleaved, over {@code size} copies of {@code files},
     * after a run that is not counted.
     */
    static Figures measure(List<Path> files, int size, int runs, String jvmOptions, PrintWriter err)
            throws IOException {
        Path temp = Files.createTempDirectory("xxgk-bench-batch");
        try {
            Path folder = temp.resolve("in");
            Files.createDirectories(folder);
            for (int i = 0; i < size; i++) {
                Path file = files.get(i % files.size());
                Files.copy(file, folder.resolve(String.format(Locale.ROOT, "c%05d_%s", i, file.getFileName())));
            }
            // one run unmeasured: the first was up to 2.7 times slower than the next (the copies just
            // written, this JVM still compiling), and it was always a one-thread run
            Map<String, Double> warmUp = run(folder, temp.resolve("warm-up"), 2, jvmOptions, temp);
            err.printf(Locale.ROOT, "xxgk bench: batch of %d files, warm-up run (not counted): %.1f s%n", size,
                    warmUp.get("wallMs") / 1000);
            Map<Integer, List<Map<String, Double>>> stats = new HashMap<>();
            for (int run = 0; run < runs; run++) {
                for (int threads = 1; threads <= 2; threads++) {
                    Map<String, Double> figures = run(folder, temp.resolve("out" + threads), threads, jvmOptions, temp);
                    err.printf(Locale.ROOT, "xxgk bench: batch of %d files on %d thread(s): %.1f s%n", size, threads,
                            figures.get("wallMs") / 1000);
                    err.flush();
                    stats.computeIfAbsent(threads, t -> new ArrayList<>()).add(figures);
                }
            }
            List<Map<String, Double>> one = stats.get(1);
            List<Map<String, Double>> two = stats.get(2);
            List<Map<String, Double>> all = new ArrayList<>(one);
            all.addAll(two);
            double[] shares = all.stream().mapToDouble(s -> s.get("crossMs") / s.get("totalMs")).toArray();
            return new Figures(median(one, "wallMs"), median(two, "wallMs"), median(all, "liveHeapMB"),
                    median(all, "crossMs"), median(shares));
        } finally {
            deleteTree(temp);
        }
    }

    /** One run: its wall time from start to exit and the figures it wrote. */
    private static Map<String, Double> run(Path folder, Path out, int threads, String jvmOptions, Path temp)
            throws IOException {
        Path statsFile = temp.resolve("stats.txt");
        Files.deleteIfExists(statsFile);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
        command.add("-D" + BatchCommand.STATS_PROPERTY + "=" + statsFile);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(
                "batch",
                folder.toString(),
                "--out",
                out.toString(),
                "--threads",
                Integer.toString(threads),
                "--fresh"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolve("batch-" + threads + ".log").toFile());
        long start = System.nanoTime();
        Process process = awaitExit(builder.start(), "the batch process");
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0 || !Files.exists(statsFile)) {
            throw new IOException("the batch process failed (exit " + process.exitValue() + "); see "
                    + temp.resolve("batch-" + threads + ".log"));
        }
        Map<String, Double> figures = new HashMap<>();
        for (String pair : Files.readString(statsFile, StandardCharsets.UTF_8).trim().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], Double.parseDouble(kv[1]));
        }
        // the collection the measuring point makes is not the batch's: leave it out of the wall time
        double measuring = figures.get("gcMs");
        figures.put("wallMs", wallMs - measuring);
        return figures;
    }

    /** Waits for {@code process} to end, two hours at most (then, or when interrupted, it is killed); returns it. */
    static Process awaitExit(Process process, String what) throws IOException {
        try {
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(what + " did not finish in 2 hours");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return process;
    }

    private static double median(List<Map<String, Double>> stats, String key) {
        return median(stats.stream().mapToDouble(s -> s.get(key)).toArray());
    }

    /** The median of {@code values}; of an even count, the mean of the middle two. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
