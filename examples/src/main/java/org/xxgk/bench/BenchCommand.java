package org.xxgk.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.batch.BatchFiles;
import org.xxgk.batch.BatchOutcome;
import org.xxgk.batch.BatchRunner;
import org.xxgk.batch.Watchdog;
import org.xxgk.cli.Main;
import org.xxgk.cli.Version;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.FormatDetector;
import org.xxgk.interpret.ReportInterpreter;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * {@code xxgk bench DIR}: how fast xxgk reads, and how that compares with the bare libraries it is
 * built on, measured on the same files in the same run. A plain timing loop rather than JMH: the
 * unit of work is a whole document (tens to hundreds of milliseconds), far above the timer's
 * resolution, and the figures are meant to be run by anyone on their own folder of reports.
 */
@Command(name = "bench",
        header = "Measures reading speed against the bare PDF and HTML libraries.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads every report in DIR into memory, then, after a warm-up (each workload alone for"
                    + " --warmup-seconds, then --warmup rounds, then whole rounds until the JIT is quiet), times each"
                    + " round of:",
            "  xxgk reading and checking every PDF, HTML and text report (per format);",
            "  Tabula alone on every PDF page (ObjectExtractor + SpreadsheetExtractionAlgorithm, the lattice mode);",
            "  PDFBox alone extracting the text of every PDF (PDFTextStripper);",
            "  jsoup alone parsing every HTML file (Jsoup.parse of the same bytes);",
            "  the whole folder as 'xxgk batch' reads it (in memory, no output files) on 1 and on 2 threads;",
            "  interpretation and check alone of every report (from its extracted document), in microseconds a report;",
            "  with --chromium DIR (by default the Chromium-printed PDFs of the test resources, when run from the "
                    + "repository), xxgk on those PDFs against PDFBox's text of them;",
            "  with --batch-sizes N,M..., 'xxgk batch' as a process of its own over a folder of N copies of DIR's "
                    + "files, on 1 and on 2 threads (--batch-runs times each, medians, after one run not counted): "
                    + "the speed-up, the live heap after a collection once every file is read, and the share of the "
                    + "cross-report stage.",
            "Each figure is the median round; a workload shorter than 50 ms runs back to back in its turn (one run's"
                    + " time is shown). Files that xxgk cannot read are named on stderr and left out. With --forks F,"
                    + " the rounds run in F JVMs of their own, one after the other: a line each ('fork 1: ...'), then"
                    + " the medians of their figures as the last line.",
            "",
            "The last line is for scripts: xxgk's time over each bare library's on the same files, text reports "
                    + "per second, and the speed-up of 2 threads over 1:",
            "  pdf/tabula=R pdf/pdfbox=R html/jsoup=R text=N/s batch2/batch1=R order-ideal=R interpret+check=Nus "
                    + "[chromium/pdfbox=R] [batch2/batch1@N=R heap@N=MB cross@N=P%%]...",
            "(n/a where DIR holds no file of that format)."},
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the benchmark ran",
            "2:DIR could not be read or holds no readable report, or a wrong command line",
            "3:an internal error in xxgk"},
        footerHeading = "%n",
        footer = {
            "Example:",
            "  xxgk bench examples/samples --rounds 10 --warmup 3"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "examples/samples",
            description = "The folder of reports (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--rounds",
            paramLabel = "R",
            defaultValue = "10",
            description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--warmup",
            paramLabel = "W",
            defaultValue = "5",
            description = "Warm-up rounds, not measured, so that the JIT has compiled the hot code (default"
                    + " ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--warmup-seconds",
            paramLabel = "S",
            defaultValue = "3",
            description = "Before the warm-up rounds, each workload runs alone for this long, as JMH warms a"
                    + " benchmark: the JIT compiles code after thousands of calls, more than a few rounds make"
                    + " (default ${DEFAULT-VALUE}; 0 for none).")
    double warmupSeconds;

    @Option(
            names = "--settle-seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "After the warm-up rounds, whole rounds run until the JIT compiles for less than 2 %% of"
                    + " one, for at most this long; then a measured turn in which it compiled that much is taken"
                    + " again, up to " + RETAKES + " times (default ${DEFAULT-VALUE}; 0 for neither).")
    double settleSeconds;

    @Option(
            names = "--chromium",
            paramLabel = "DIR",
            defaultValue = CHROMIUM,
            description =
                    "Chromium-printed PDFs to time against PDFBox's text (default: ${DEFAULT-VALUE}, left out when "
                            + "missing).")
    Path chromium;

    @Option(
            names = "--batch-sizes",
            paramLabel = "N",
            split = ",",
            description =
                    "Folder sizes for the batch as a process (copies of DIR's files), e.g. 300,3000; none by default.")
    List<Integer> batchSizes = List.of();

    @Option(names = "--batch-runs", paramLabel = "R", defaultValue = "1",
            description = "Runs of each batch process per thread count, interleaved (default ${DEFAULT-VALUE}).")
    int batchRuns;

    @Option(names = "--forks", paramLabel = "F", defaultValue = "1",
            description = "Measures in F JVMs of its own, one after the other, and ends with the medians of their "
                    + "figures, as JMH forks: the JIT does not compile alike in every JVM (default ${DEFAULT-VALUE}: "
                    + "this JVM).")
    int forks;

    @Option(names = "--against", paramLabel = "JAR",
            description = "Instead of the figures above: this build against another build of xxgk (its jar, or a "
                    + "class path), both in this JVM, each in a class loader of its own, reading each format's reports "
                    + "in alternate turns (--warmup-seconds of both first, then --pairs pairs of turns, the first of "
                    + "a pair alternating), each turn timed by the thread's CPU: the median of the pairs' ratios sees "
                    + "a change of a few per cent through a machine's noise. Says too whether both read every report "
                    + "alike.")
    String against;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "100",
            description = "With --against, the measured pairs of turns per format (default ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--turn-ms", paramLabel = "MS", defaultValue = "100",
            description = "With --against, the least length of a turn, in milliseconds (default ${DEFAULT-VALUE}).")
    int turnMillis;

    @Option(names = "--batch-jvm", paramLabel = "OPTIONS", defaultValue = BatchProcess.JVM_OPTIONS,
            description = "The JVM options of the batch processes (default: those of examples/bin/xxgk, "
                    + "'${DEFAULT-VALUE}').")
    String batchJvm;

    /** The Chromium-printed copies of the samples, in the repository's test resources. */
    static final String CHROMIUM = "extract-pdf/src/test/resources/derived/chromium";

    public BenchCommand() {}

    /** Keeps the JIT from dropping work whose result is never used. */
    private static volatile long sink;

    /** One input, in memory. */
    private record Input(String name, byte[] content, DocumentFormat format) {}

    // a workload's turn in a round lasts about this long at least (it runs several times when short)
    private static final double MIN_TURN_NANOS = 50e6;
    private static final int MAX_REPEATS = 1000;
    // a measured turn in which the JIT compiled is taken again at most this many times
    private static final int RETAKES = 3;

    /** Something timed once per round. */
    private interface Work {
        void run() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be at least 1: " + rounds);
        if (forks < 1) throw new ParameterException(spec.commandLine(), "--forks must be at least 1: " + forks);
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must not be negative: " + warmup);
        if (!(warmupSeconds >= 0)) {
            throw new ParameterException(
                    spec.commandLine(), "--warmup-seconds must not be negative: " + warmupSeconds);
        }
        if (!(settleSeconds >= 0)) {
            throw new ParameterException(
                    spec.commandLine(), "--settle-seconds must not be negative: " + settleSeconds);
        }
        if (against != null && (forks > 1 || !batchSizes.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--against times both builds in this JVM: "
                    + "no --forks or --batch-sizes with it");
        }
        if (pairs < 1) throw new ParameterException(spec.commandLine(), "--pairs must be at least 1: " + pairs);
        if (turnMillis < 1) {
            throw new ParameterException(spec.commandLine(), "--turn-ms must be at least 1: " + turnMillis);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        BatchFiles walk;
        try {
            walk = BatchFiles.walk(dir);
        } catch (IOException | RuntimeException e) {
            err.println("xxgk: " + dir + ": the directory could not be read: " + e.getMessage());
            return Main.UNREADABLE;
        }
        if (forks > 1) {
            List<String> lines = Forks.run(forks, List.of(dir.toString(), "--rounds", Integer.toString(rounds),
                    "--warmup", Integer.toString(warmup), "--warmup-seconds", Double.toString(warmupSeconds),
                    "--settle-seconds", Double.toString(settleSeconds),
                    "--chromium", chromium.toString(), "--forks", "1"));
            for (int i = 0; i < lines.size(); i++) out.println("fork " + (i + 1) + ": " + lines.get(i));
            String batches = batchProcesses(walk.files(), out, err);
            out.println(Forks.medians(lines) + batches);
            out.flush();
            return Main.OK;
        }
        XxgkReader reader = Xxgk.builder().build();
        Map<DocumentFormat, List<Input>> byFormat = new EnumMap<>(DocumentFormat.class);
        List<Input> all = new ArrayList<>();
        for (Path file : walk.files()) {
            byte[] content = Files.readAllBytes(file);
            String name = file.toString();
            try {
                reader.check(reader.read(content, name)); // also loads the classes and builds PDFBox's font cache
            } catch (XxgkException e) {
                err.println("xxgk: left out: " + e.getMessage() + " [" + e.reason().code() + "]");
                continue;
            }
            Input input = new Input(name, content, FormatDetector.detect(content, name));
            byFormat.computeIfAbsent(input.format(), f -> new ArrayList<>()).add(input);
            all.add(input);
        }
        if (all.isEmpty()) {
            err.println("xxgk: " + dir + ": no readable report in this directory");
            return Main.UNREADABLE;
        }
        List<Input> pdf = byFormat.getOrDefault(DocumentFormat.PDF, List.of());
        List<Input> html = byFormat.getOrDefault(DocumentFormat.HTML, List.of());
        List<Input> text = byFormat.getOrDefault(DocumentFormat.TEXT, List.of());
        if (against != null) return compareAgainst(all, byFormat, out, err);

        Map<String, Work> work = new LinkedHashMap<>();
        work.put("xxgk pdf", () -> xxgk(reader, pdf));
        work.put("tabula", () -> tabula(pdf));
        work.put("pdfbox", () -> pdfbox(pdf));
        work.put("xxgk html", () -> xxgk(reader, html));
        work.put("jsoup", () -> jsoup(html));
        work.put("extract html", () -> extractOnly(reader, html));
        work.put("extract pdf", () -> extractOnly(reader, pdf));
        work.put("xxgk text", () -> xxgk(reader, text));
        List<long[]> oneThread = new ArrayList<>(); // each document's time in each run on one thread
        work.put("batch1", () -> oneThread.add(batch(reader, all, 1)));
        work.put("batch2", () -> batch(reader, all, 2));
        List<ExtractedDocument> documents = new ArrayList<>();
        for (Input input : all) documents.add(reader.extract(input.content(), input.name()));
        ReportInterpreter interpreter = new ReportInterpreter();
        work.put("interpret+check", () -> interpretAndCheck(reader, interpreter, documents));
        List<Input> chromiumPdfs = chromiumPdfs(reader, err);
        if (!chromiumPdfs.isEmpty()) {
            work.put("xxgk chromium", () -> xxgk(reader, chromiumPdfs));
            work.put("pdfbox chromium", () -> pdfbox(chromiumPdfs));
        }

        // each workload alone until the JIT has seen enough of it (steady state), then whole rounds
        Map<String, Integer> repeats = new LinkedHashMap<>();
        for (Map.Entry<String, Work> w : work.entrySet()) {
            long start = System.nanoTime();
            long until = start + (long) (warmupSeconds * 1e9);
            int runs = 0;
            do {
                w.getValue().run();
                runs++;
            } while (System.nanoTime() < until);
            // a workload of a few milliseconds runs back to back within its turn, as JMH times an operation: run
            // once between the others, it would be timed with the caches the others left cold
            double perRun = (System.nanoTime() - start) / (double) runs;
            repeats.put(w.getKey(), (int) Math.max(1, Math.min(MAX_REPEATS, Math.round(MIN_TURN_NANOS / perRun))));
        }
        for (int i = 0; i < warmup; i++) {
            for (Work w : work.values()) w.run();
        }
        JitClock jit = JitClock.ofThisJvm();
        long settled = settle(work.values(), jit);
        // each round runs every workload in turn, so that a slow phase of the machine hits all alike
        Map<String, long[]> times = new LinkedHashMap<>();
        work.keySet().forEach(k -> times.put(k, new long[rounds]));
        Turns turns = new Turns(jit, retakes());
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, Work> w : work.entrySet()) {
                times.get(w.getKey())[i] = turns.time(w.getValue(), repeats.get(w.getKey()));
            }
        }
        double orderIdeal = orderIdeal(oneThread.subList(oneThread.size() - rounds, oneThread.size()),
                all.stream().mapToLong(input -> input.content().length).toArray());
        Map<String, Double> ms = new LinkedHashMap<>();
        times.forEach((k, v) -> ms.put(k, BatchProcess.median(Arrays.stream(v).asDoubleStream().toArray()) / 1e6));

        out.printf(
                Locale.ROOT,
                "xxgk bench: %s: %d reports (%d PDF, %d HTML, %d text); %s s alone + %d warm-up + %d measured"
                        + " rounds; "
                        + "median round; %d processors, Java %s%n",
                dir,
                all.size(),
                pdf.size(),
                html.size(),
                text.size(),
                seconds(warmupSeconds),
                warmup,
                rounds,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(
                Locale.ROOT,
                "JIT: %s; %d of %d measured turns taken again because it compiled in them, %d compiling still%n",
                settled >= 0
                        ? String.format(Locale.ROOT, "quiet after %.1f s of whole rounds", settled / 1e9)
                        : settleSeconds > 0 ? "still compiling after --settle-seconds" : "not waited for",
                turns.retaken,
                turns.taken,
                turns.compiling);
        out.printf(
                Locale.ROOT,
                "%-6s %7s %12s %11s  %-28s %12s %7s%n",
                "format",
                "reports",
                "xxgk ms",
                "reports/s",
                "bare work",
                "bare ms",
                "ratio");
        row(out, "pdf", pdf.size(), ms.get("xxgk pdf"), "Tabula lattice, every page", ms.get("tabula"));
        row(out, "pdf", pdf.size(), ms.get("xxgk pdf"), "PDFBox PDFTextStripper", ms.get("pdfbox"));
        row(out, "html", html.size(), ms.get("xxgk html"), "jsoup Jsoup.parse", ms.get("jsoup"));
        // extraction alone (bytes to the neutral document), the part a format module owns
        row(out, "pdf>", pdf.size(), ms.get("extract pdf"), "Tabula lattice, every page", ms.get("tabula"));
        row(out, "html>", html.size(), ms.get("extract html"), "jsoup Jsoup.parse", ms.get("jsoup"));
        row(out, "text", text.size(), ms.get("xxgk text"), "-", Double.NaN);
        out.printf(
                Locale.ROOT,
                "batch  %7d  1 thread %8.1f ms = %6.1f reports/s;  2 threads %8.1f ms = %6.1f reports/s%n",
                all.size(),
                ms.get("batch1"),
                perSecond(all.size(), ms.get("batch1")),
                ms.get("batch2"),
                perSecond(all.size(), ms.get("batch2")));
        out.printf(Locale.ROOT, "batch  handed out as batch does (of the %d started ahead, the largest first), each "
                + "to the first thread free, with their times on 1 thread and no other cost, 2 threads would be %.2f "
                + "times as fast%n", 2 * BatchRunner.AHEAD, orderIdeal);
        double perReportUs = ms.get("interpret+check") * 1000 / all.size();
        out.printf(Locale.ROOT, "interpretation + check %7d reports %8.1f ms = %8.1f us a report%n", all.size(),
                ms.get("interpret+check"), perReportUs);
        if (!chromiumPdfs.isEmpty()) {
            row(
                    out,
                    "chrome",
                    chromiumPdfs.size(),
                    ms.get("xxgk chromium"),
                    "PDFBox PDFTextStripper",
                    ms.get("pdfbox chromium"));
        }
        String batches = batchProcesses(walk.files(), out, err);
        out.println("pdf/tabula=" + ratio(pdf, ms.get("xxgk pdf"), ms.get("tabula"))
                + " pdf/pdfbox=" + ratio(pdf, ms.get("xxgk pdf"), ms.get("pdfbox"))
                + " html/jsoup=" + ratio(html, ms.get("xxgk html"), ms.get("jsoup"))
                + " text=" + (text.isEmpty() ? "n/a" : Math.round(perSecond(text.size(), ms.get("xxgk text"))) + "/s")
                + " batch2/batch1=" + String.format(Locale.ROOT, "%.2f", ms.get("batch1") / ms.get("batch2"))
                + " order-ideal=" + String.format(Locale.ROOT, "%.2f", orderIdeal)
                + " interpret+check=" + Math.round(perReportUs) + "us"
                + (chromiumPdfs.isEmpty() ? "" : " chromium/pdfbox=" + ratio(chromiumPdfs, ms.get("xxgk chromium"),
                        ms.get("pdfbox chromium")))
                + batches);
        out.flush();
        return Main.OK;
    }

    /**
     * {@code --against}: this build (the class path this JVM runs) against the other, format by format, with a line
     * each and the ratios last.
     */
    private int compareAgainst(List<Input> all, Map<DocumentFormat, List<Input>> byFormat, PrintWriter out,
            PrintWriter err) throws ReflectiveOperationException {
        JarComparison.Build self;
        JarComparison.Build other;
        try {
            self = JarComparison.Build.load(System.getProperty("java.class.path"));
            other = JarComparison.Build.load(against);
        } catch (JarComparison.UnusableBuild e) {
            err.println("xxgk: --against " + against + ": " + e.getMessage());
            return Main.UNREADABLE;
        }
        out.printf(Locale.ROOT, "xxgk bench: %s against %s: %d reports; this build and the other in one JVM, each in a"
                        + " class loader of its own, reading each format in turns: %s s of warm-up, %d pairs of turns"
                        + " of at least %d ms, thread CPU a report; %d processors, Java %s%n",
                dir, against, all.size(), seconds(warmupSeconds), pairs, turnMillis,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        JarComparison.Agreement agreement = JarComparison.agreement(self, other, reports(all));
        out.println(agreement.differ().isEmpty()
                ? "readings: the same in both builds, all " + all.size() + " reports"
                : "readings: " + agreement.differ().size() + " of " + all.size() + " reports read differently: "
                        + String.join(", ", agreement.differ()));
        StringBuilder summary = new StringBuilder("this/other");
        for (Map.Entry<DocumentFormat, List<Input>> format : byFormat.entrySet()) {
            String name = format.getKey().name().toLowerCase(Locale.ROOT);
            // a report one build cannot read is not timed
            List<JarComparison.Report> reports = reports(format.getValue()).stream()
                    .filter(r -> agreement.readByBoth().contains(r.name()))
                    .toList();
            if (reports.isEmpty()) {
                out.printf(Locale.ROOT, "%-5s no report both builds read%n", name);
                summary.append(' ').append(name).append("=n/a");
                continue;
            }
            JarComparison.Figures f = JarComparison.compare(self, other, reports, (long) (warmupSeconds * 1e9),
                    pairs, turnMillis * 1_000_000L);
            out.printf(Locale.ROOT, "%-5s %3d reports: this %10.1f us, other %10.1f us a report (medians); this/other"
                            + " %.3f (pairs' ratios: median, quartiles %.3f-%.3f)%n",
                    name, reports.size(), f.thisMicros(), f.otherMicros(), f.ratio(), f.lowerQuartile(),
                    f.upperQuartile());
            summary.append(String.format(Locale.ROOT, " %s=%.3f", name, f.ratio()));
        }
        out.println(summary);
        out.flush();
        return Main.OK;
    }

    private static List<JarComparison.Report> reports(List<Input> inputs) {
        return inputs.stream().map(i -> new JarComparison.Report(i.name(), i.content())).toList();
    }

    private static String seconds(double seconds) {
        return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(seconds);
    }

    /** The batch as a process at each of {@code --batch-sizes}: a line each, and their figures for the summary. */
    private String batchProcesses(List<Path> files, PrintWriter out, PrintWriter err) throws IOException {
        StringBuilder batches = new StringBuilder();
        for (int size : batchSizes) {
            BatchProcess.Figures f = BatchProcess.measure(files, size, batchRuns, batchJvm, err);
            out.printf(
                    Locale.ROOT,
                    "batch process %6d files: 1 thread %8.1f s, 2 threads %8.1f s = %.2fx; live heap after GC "
                            + "%.1f MB; cross-report stage %.1f ms = %.2f %% of the run%n",
                    size,
                    f.oneThread() / 1000,
                    f.twoThreads() / 1000,
                    f.speedUp(),
                    f.heapMb(),
                    f.crossMs(),
                    f.crossShare() * 100);
            batches.append(String.format(
                    Locale.ROOT,
                    " batch2/batch1@%d=%.2f heap@%d=%.0fMB cross@%d=%.2f%%",
                    size,
                    f.speedUp(),
                    size,
                    f.heapMb(),
                    size,
                    f.crossShare() * 100));
        }
        return batches.toString();
    }

    /**
     * How much faster two threads would be than one on the batch's documents, handed out as the batch hands them out
     * (in their order, {@link BatchRunner#AHEAD} a thread started ahead, the largest of those first, each to the
     * first thread free), if each took its median time of the runs on one thread and nothing else cost anything: a
     * small folder of unequal documents may still end with one thread alone on a large one.
     */
    private static double orderIdeal(List<long[]> runs, long[] weights) {
        double[] each = new double[runs.get(0).length];
        for (int i = 0; i < each.length; i++) {
            double[] times = new double[runs.size()];
            for (int r = 0; r < times.length; r++) times[r] = runs.get(r)[i];
            each[i] = BatchProcess.median(times);
        }
        return ListSchedule.speedUp(each, weights, 2, 2 * BatchRunner.AHEAD);
    }

    /** Retakes of a measured turn in which the JIT compiled: none when the bench does not settle it. */
    private int retakes() {
        return settleSeconds > 0 ? RETAKES : 0;
    }

    /**
     * Whole rounds until one passes with the JIT quiet, for at most {@code --settle-seconds}: the nanoseconds that
     * took, or -1 when it did not settle (or was not asked to).
     */
    private long settle(Iterable<Work> workloads, JitClock jit) throws Exception {
        long start = System.nanoTime();
        long until = start + (long) (settleSeconds * 1e9);
        while (System.nanoTime() < until) {
            long compiled = jit.millis();
            long round = System.nanoTime();
            for (Work w : workloads) w.run();
            if (JitClock.quiet(jit.millis() - compiled, System.nanoTime() - round)) return System.nanoTime() - start;
        }
        return -1;
    }

    private static void row(PrintWriter out, String format, int reports, double xxgkMs, String bare, double bareMs) {
        if (reports == 0) return;
        out.printf(
                Locale.ROOT,
                "%-6s %7d %12.1f %11.1f  %-28s %12s %7s%n",
                format,
                reports,
                xxgkMs,
                perSecond(reports, xxgkMs),
                bare,
                Double.isNaN(bareMs) ? "-" : String.format(Locale.ROOT, "%.1f", bareMs),
                Double.isNaN(bareMs) ? "-" : String.format(Locale.ROOT, "%.2f", xxgkMs / bareMs));
    }

    private static String ratio(List<Input> inputs, double xxgkMs, double bareMs) {
        return inputs.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", xxgkMs / bareMs);
    }

    private static double perSecond(int reports, double ms) {
        return reports / (ms / 1000);
    }

    /** The PDFs of {@link #chromium} that xxgk reads, in memory; none when the folder is missing. */
    private List<Input> chromiumPdfs(XxgkReader reader, PrintWriter err) throws IOException {
        List<Input> inputs = new ArrayList<>();
        if (!Files.isDirectory(chromium)) return inputs;
        List<Path> files;
        try (Stream<Path> listing = Files.list(chromium)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            try {
                reader.check(reader.read(content, file.toString()));
                inputs.add(new Input(file.toString(), content, DocumentFormat.PDF));
            } catch (XxgkException e) {
                err.println("xxgk: left out: " + e.getMessage() + " [" + e.reason().code() + "]");
            }
        }
        return inputs;
    }

    /**
     * Interpretation and check of documents extracted beforehand: the part of a read that is neither parsing nor I/O.
     */
    private static void interpretAndCheck(
            XxgkReader reader, ReportInterpreter interpreter, List<ExtractedDocument> documents) {
        long cells = 0;
        for (ExtractedDocument document : documents) {
            AnnualReport report = interpreter.interpret(document);
            cells += report.cells().size() + reader.check(report).size();
        }
        sink += cells;
    }

    private static void extractOnly(XxgkReader reader, List<Input> inputs) {
        long blocks = 0;
        for (Input input : inputs) blocks += reader.extract(input.content(), input.name()).blocks().size();
        sink += blocks;
    }

    private static void xxgk(XxgkReader reader, List<Input> inputs) {
        long cells = 0;
        for (Input input : inputs) {
            AnnualReport report = reader.read(input.content(), input.name());
            cells += report.cells().size() + reader.check(report).size();
        }
        sink += cells;
    }

    private static void tabula(List<Input> inputs) throws IOException {
        long rows = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        for (Input input : inputs) {
            try (PDDocument document = PDDocument.load(input.content())) {
                ObjectExtractor objects = new ObjectExtractor(document);
                for (PageIterator pages = objects.extract(); pages.hasNext(); ) {
                    Page page = pages.next();
                    for (Table table : lattice.extract(page)) rows += table.getRowCount();
                }
            }
        }
        sink += rows;
    }

    private static void pdfbox(List<Input> inputs) throws IOException {
        long chars = 0;
        for (Input input : inputs) {
            try (PDDocument document = PDDocument.load(input.content())) {
                chars += new PDFTextStripper().getText(document).length();
            }
        }
        sink += chars;
    }

    private static void jsoup(List<Input> inputs) {
        long nodes = 0;
        for (Input input : inputs) {
            try {
                // the charset as jsoup finds it (BOM, <meta>, else UTF-8): the bare parse, no sniffing of ours
                nodes += Jsoup.parse(new ByteArrayInputStream(input.content()), null, "").getAllElements().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        sink += nodes;
    }

    /** The batch in memory; how long each document's reading took. */
    private static long[] batch(XxgkReader reader, List<Input> inputs, int threads) throws InterruptedException {
        long[] took = new long[inputs.size()];
        List<Watchdog.Job> jobs = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            int index = i;
            jobs.add(new Watchdog.Job(input.name(), r -> {
                long start = System.nanoTime();
                try {
                    return r.read(input.content(), input.name());
                } finally {
                    took[index] = System.nanoTime() - start;
                }
            }));
        }
        // a generous watchdog: the bench measures, it does not police
        List<BatchOutcome> outcomes = new BatchRunner(reader, threads, Duration.ofMinutes(10))
                .run(jobs, index -> inputs.get(index).content().length, BatchRunner.SILENT); // as batch weighs files
        sink += outcomes.stream().filter(o -> o instanceof BatchOutcome.Read).count();
        return took;
    }

    /** Measured turns, each taken again while the JIT compiled in it, up to a number of times. */
    private static final class Turns {
        private final JitClock jit;
        private final int retakes;
        int taken;
        int retaken;
        int compiling;

        Turns(JitClock jit, int retakes) {
            this.jit = jit;
            this.retakes = retakes;
        }

        /** Nanoseconds a run of {@code n} runs of {@code work} back to back. */
        long time(Work work, int n) throws Exception {
            taken++;
            for (int attempt = 0; ; attempt++) {
                long compiled = jit.millis();
                long start = System.nanoTime();
                for (int k = 0; k < n; k++) work.run();
                long took = System.nanoTime() - start;
                boolean quiet = JitClock.quiet(jit.millis() - compiled, took);
                if (quiet || attempt >= retakes) {
                    if (!quiet) compiling++;
                    return took / n;
                }
                retaken++;
            }
        }
    }
}
