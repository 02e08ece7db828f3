package org.xxgk.cli;

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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.FormatDetector;
import org.xxgk.model.AnnualReport;
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
            "Reads every report in DIR into memory, then, after the warm-up rounds, times each round of:",
            "  xxgk reading and checking every PDF, HTML and text report (per format);",
            "  Tabula alone on every PDF page (ObjectExtractor + SpreadsheetExtractionAlgorithm, the lattice mode);",
            "  PDFBox alone extracting the text of every PDF (PDFTextStripper);",
            "  jsoup alone parsing every HTML file (Jsoup.parse of the same bytes);",
            "  the whole folder as 'xxgk batch' reads it (in memory, no output files) on 1 and on 2 threads.",
            "Each figure is the median round. Files that xxgk cannot read are named on stderr and left out.",
            "",
            "The last line is for scripts: xxgk's time over each bare library's on the same files, text reports "
                    + "per second, and the speed-up of 2 threads over 1:",
            "  pdf/tabula=R pdf/pdfbox=R html/jsoup=R text=N/s batch2/batch1=R",
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
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "examples/samples",
            description = "The folder of reports (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "10", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "5",
            description = "Warm-up rounds, not measured, so that the JIT has compiled the hot code (default ${DEFAULT-VALUE}).")
    int warmup;

    BenchCommand() {}

    /** Keeps the JIT from dropping work whose result is never used. */
    private static volatile long sink;

    /** One input, in memory. */
    private record Input(String name, byte[] content, DocumentFormat format) {}

    /** Something timed once per round. */
    private interface Work {
        void run() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be at least 1: " + rounds);
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must not be negative: " + warmup);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        BatchFiles walk;
        try {
            walk = BatchFiles.walk(dir);
        } catch (IOException | RuntimeException e) {
            err.println("xxgk: " + dir + ": the directory could not be read: " + e.getMessage());
            return Main.UNREADABLE;
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
                err.println("xxgk: left out: " + e.getMessage() + " [" + e.reason() + "]");
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

        Map<String, Work> work = new LinkedHashMap<>();
        work.put("xxgk pdf", () -> xxgk(reader, pdf));
        work.put("tabula", () -> tabula(pdf));
        work.put("pdfbox", () -> pdfbox(pdf));
        work.put("xxgk html", () -> xxgk(reader, html));
        work.put("jsoup", () -> jsoup(html));
        work.put("extract html", () -> extractOnly(reader, html));
        work.put("extract pdf", () -> extractOnly(reader, pdf));
        work.put("xxgk text", () -> xxgk(reader, text));
        work.put("batch1", () -> batch(reader, all, 1));
        work.put("batch2", () -> batch(reader, all, 2));

        for (int i = 0; i < warmup; i++) {
            for (Work w : work.values()) w.run();
        }
        // each round runs every workload once, so that a slow phase of the machine hits all alike
        Map<String, long[]> times = new LinkedHashMap<>();
        work.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, Work> w : work.entrySet()) {
                long start = System.nanoTime();
                w.getValue().run();
                times.get(w.getKey())[i] = System.nanoTime() - start;
            }
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        times.forEach((k, v) -> ms.put(k, median(v) / 1e6));

        out.printf(Locale.ROOT, "xxgk bench: %s: %d reports (%d PDF, %d HTML, %d text); %d warm-up + %d measured rounds; "
                + "median round; %d processors, Java %s%n", dir, all.size(), pdf.size(), html.size(), text.size(),
                warmup, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "%-6s %7s %12s %11s  %-28s %12s %7s%n", "format", "reports", "xxgk ms", "reports/s", "bare work", "bare ms", "ratio");
        row(out, "pdf", pdf.size(), ms.get("xxgk pdf"), "Tabula lattice, every page", ms.get("tabula"));
        row(out, "pdf", pdf.size(), ms.get("xxgk pdf"), "PDFBox PDFTextStripper", ms.get("pdfbox"));
        row(out, "html", html.size(), ms.get("xxgk html"), "jsoup Jsoup.parse", ms.get("jsoup"));
        // extraction alone (bytes to the neutral document), the part a format module owns
        row(out, "pdf>", pdf.size(), ms.get("extract pdf"), "Tabula lattice, every page", ms.get("tabula"));
        row(out, "html>", html.size(), ms.get("extract html"), "jsoup Jsoup.parse", ms.get("jsoup"));
        row(out, "text", text.size(), ms.get("xxgk text"), "-", Double.NaN);
        out.printf(Locale.ROOT, "batch  %7d  1 thread %8.1f ms = %6.1f reports/s;  2 threads %8.1f ms = %6.1f reports/s%n",
                all.size(), ms.get("batch1"), perSecond(all.size(), ms.get("batch1")),
                ms.get("batch2"), perSecond(all.size(), ms.get("batch2")));
        out.println("pdf/tabula=" + ratio(pdf, ms.get("xxgk pdf"), ms.get("tabula"))
                + " pdf/pdfbox=" + ratio(pdf, ms.get("xxgk pdf"), ms.get("pdfbox"))
                + " html/jsoup=" + ratio(html, ms.get("xxgk html"), ms.get("jsoup"))
                + " text=" + (text.isEmpty() ? "n/a" : Math.round(perSecond(text.size(), ms.get("xxgk text"))) + "/s")
                + " batch2/batch1=" + String.format(Locale.ROOT, "%.2f", ms.get("batch1") / ms.get("batch2")));
        out.flush();
        return Main.OK;
    }

    private static void row(PrintWriter out, String format, int reports, double xxgkMs, String bare, double bareMs) {
        if (reports == 0) return;
        out.printf(Locale.ROOT, "%-6s %7d %12.1f %11.1f  %-28s %12s %7s%n", format, reports, xxgkMs, perSecond(reports, xxgkMs), bare,
                Double.isNaN(bareMs) ? "-" : String.format(Locale.ROOT, "%.1f", bareMs),
                Double.isNaN(bareMs) ? "-" : String.format(Locale.ROOT, "%.2f", xxgkMs / bareMs));
    }

    private static String ratio(List<Input> inputs, double xxgkMs, double bareMs) {
        return inputs.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", xxgkMs / bareMs);
    }

    private static double perSecond(int reports, double ms) {
        return reports / (ms / 1000);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
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

    private static void batch(XxgkReader reader, List<Input> inputs, int threads) throws InterruptedException {
        List<Watchdog.Job> jobs = inputs.stream()
                .map(input -> new Watchdog.Job(input.name(), r -> r.read(input.content(), input.name())))
                .toList();
        // a generous watchdog: the bench measures, it does not police
        List<BatchOutcome> outcomes = new BatchRunner(reader, threads, Duration.ofMinutes(10)).run(jobs, BatchRunner.SILENT);
        sink += outcomes.stream().filter(o -> o instanceof BatchOutcome.Read).count();
    }
}
