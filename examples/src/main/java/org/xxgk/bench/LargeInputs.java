package org.xxgk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.xxgk.Limits;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.model.AnnualReport;

/**
 * The memory benchmark: the largest inputs that the default limits admit, of each format, each
 * read by {@code Xxgk.read} in a JVM of its own with {@code -Xmx256m} (the heap the README asks
 * for per worker thread). Prints per input its size, the outcome (a report, or the typed error
 * of the limit it passed: both are fine, an {@code OutOfMemoryError} is not), the time with and
 * without JVM start, and the most heap in use just after a collection (what the read kept live,
 * plus the garbage a young collection leaves in the old generation: an upper bound).
 *
 * <pre>java -cp examples/target/xxgk.jar org.xxgk.bench.LargeInputs [--samples examples/samples] [--heap 256m] [--only
 * NAME]</pre>
 *
 * The inputs are built in a temporary folder from the bundled samples, one at a time, and deleted
 * after their run: copies of a report (a concatenated export), a report flattened to one line,
 * junk prose, a web page copied, one huge table, and a PDF at the page limit.
 */
public final class LargeInputs {

    private static final long MAX_BYTES = Limits.DEFAULT.maxBytes();
    private static final String CHILD = "--child";

    /**
     * One input: its name and how to write it. One made {@code toFill} the cell limit is written
     * smaller (scale 0.9, 0.8 ...) until it no longer exceeds it: the largest such input that is read.
     */
    private record Input(String name, String suffix, boolean toFill, Writer writer) {
        Input(String name, String suffix, Writer writer) {
            this(name, suffix, false, writer);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path samples, Path file, double scale) throws IOException;
    }

    private LargeInputs() {}

    public static void main(String[] args) throws Exception {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        if (args.length == 2 && args[0].equals(CHILD)) {
            child(Path.of(args[1]));
            return;
        }
        Path samples = Path.of("examples/samples");
        String heap = "256m";
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--samples" -> samples = Path.of(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--only" -> only = args[++i];
                default -> {
                    System.err.println("usage: LargeInputs [--samples DIR] [--heap SIZE] [--only NAME-PART]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("xxgk-large-");
        System.out.printf(
                Locale.ROOT,
                "each input read by Xxgk.read in its own JVM, -Xmx%s, default limits (%d bytes, %d pages, %d cells, %d"
                        + " s)%n",
                heap,
                MAX_BYTES,
                Limits.DEFAULT.maxPages(),
                Limits.DEFAULT.maxCells(),
                Limits.DEFAULT.maxTime().toSeconds());
        System.out.printf(
                Locale.ROOT, "%-56s %7s  %-62s %7s %7s %8s%n", "input", "MB", "outcome", "wall s", "read s", "peak MB");
        boolean failed = false;
        try {
            for (Input input : inputs()) {
                if (only != null && !input.name().contains(only)) continue;
                Path file = dir.resolve("input" + input.suffix());
                String[] outcome;
                double scale = 1;
                while (true) {
                    input.writer().write(samples, file, scale);
                    outcome = run(file, heap);
                    if (!input.toFill() || !outcome[0].contains("too-many-cells") || scale < 0.35) break;
                    scale -= 0.1;
                }
                double mb = Files.size(file) / 1048576.0;
                failed |= outcome[0].startsWith("OUT OF MEMORY") || outcome[0].startsWith("failed");
                System.out.printf(
                        Locale.ROOT,
                        "%-56s %7.1f  %-62s %7s %7s %8s%n",
                        input.name(),
                        mb,
                        outcome[0],
                        outcome[1],
                        outcome[2],
                        outcome[3]);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        System.exit(failed ? 1 : 0);
    }

    private static List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        String report = "000_5657be0d32f901c0.txt";
        in.add(new Input(
                "text: a report × copies, 20 MB", ".txt", (s, f, x) -> copies(s.resolve(report), f, 20L << 20)));
        in.add(new Input(
                "text: a report × copies, 64 MB", ".txt", (s, f, x) -> copies(s.resolve(report), f, MAX_BYTES)));
        in.add(new Input(
                "text: a report × copies, up to the cell limit",
                ".txt",
                true,
                (s, f, x) -> underCellLimit(s.resolve(report), f, x)));
        in.add(new Input(
                "text: a report on one line × copies, 64 MB",
                ".txt",
                (s, f, x) -> oneLineCopies(s.resolve(report), f, "\n")));
        in.add(new Input(
                "text: the same, all on a single line, 64 MB",
                ".txt",
                (s, f, x) -> oneLineCopies(s.resolve(report), f, " ")));
        in.add(new Input("text: junk Chinese prose, 64 MB", ".txt", (s, f, x) -> junkProse(f, new byte[0], "", "\n")));
        in.add(new Input(
                "text: a report then junk prose, 64 MB",
                ".txt",
                (s, f, x) -> junkProse(f, Files.readAllBytes(s.resolve(report)), "", "\n")));
        in.add(new Input("text: ASCII junk with some Chinese, 64 MB", ".txt", (s, f, x) -> asciiJunk(f)));
        in.add(new Input(
                "html: a page × copies, 64 MB", ".html", (s, f, x) -> copies(s.resolve("002.html"), f, MAX_BYTES)));
        in.add(new Input(
                "html: a page × copies, up to the cell limit",
                ".html",
                true,
                (s, f, x) -> htmlUnderCellLimit(s.resolve("002.html"), f, x)));
        in.add(new Input("html: one table of short cells, 64 MB", ".html", (s, f, x) -> hugeTable(f)));
        in.add(new Input("html: one table of 150,000 long cells, 64 MB", ".html", (s, f, x) -> longCells(f)));
        in.add(new Input(
                "html: junk paragraphs, 64 MB",
                ".html",
                (s, f, x) -> junkProse(
                        f,
                        "<html><head><meta charset=\"utf-8\"></head><body>".getBytes(StandardCharsets.UTF_8),
                        "<p>",
                        "</p>\n")));
        in.add(new Input(
                "html: junk paragraphs behind a crawler's header, 64 MB",
                ".html",
                (s, f, x) -> junkProse(
                        f,
                        "来源: 某网站 抓取于 2021-01-01\n<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                                .getBytes(StandardCharsets.UTF_8),
                        "<p>",
                        "</p>\n")));
        in.add(new Input(
                "pdf: a report's pages × copies, 200 pages",
                ".pdf",
                (s, f, x) -> pdfPages(s.resolve("001.pdf"), f, Limits.DEFAULT.maxPages())));
        return in;
    }

    // ---- the child: one read, its outcome, time and heap ----

    private static void child(Path file) {
        AtomicLong peak = new AtomicLong();
        watchHeap(peak);
        long start = System.nanoTime();
        String outcome;
        try {
            AnnualReport r = Xxgk.read(file);
            outcome = "read: " + r.template() + ", " + r.cells().size() + " cells, warnings "
                    + r.warnings().stream().map(w -> w.code().toString()).distinct().toList();
        } catch (XxgkException e) {
            outcome = e.getClass().getSimpleName() + " " + e.reason().code();
        } catch (OutOfMemoryError e) {
            outcome = "OUT OF MEMORY";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            Thread.sleep(200); // the last collection's notification comes on another thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(Locale.ROOT, "%s\t%.1f\t%d%n", outcome, seconds, peak.get() >> 20);
    }

    /** Records the largest heap in use just after a collection: what the read kept live. */
    private static void watchHeap(AtomicLong peak) {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener(
                    (notification, handback) -> {
                        if (!notification
                                .getType()
                                .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> pool :
                                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(pool.getKey()))
                                used += pool.getValue().getUsed();
                        }
                        peak.accumulateAndGet(used, Math::max);
                    },
                    null,
                    null);
        }
    }

    private static String[] run(Path file, String heap) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                LargeInputs.class.getName(), CHILD, file.toString());
        Path out = Files.createTempFile("xxgk-large-", ".out");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            long limit = Limits.DEFAULT.maxTime().toSeconds() * 2;
            if (!p.waitFor(limit, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new String[] {"failed: still running after " + limit + " s", "", "", ""};
            }
            String wall = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            String[] parts = last.split("\t");
            if (parts.length != 3) {
                boolean oom = lines.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
                return new String[] {oom ? "OUT OF MEMORY" : "failed: exit " + p.exitValue() + " " + last, wall, "", ""
                };
            }
            return new String[] {parts[0], wall, parts[1], parts[2]};
        } finally {
            Files.deleteIfExists(out);
        }
    }

    // ---- the inputs ----

    /** Whole copies of a file up to {@code bytes}. */
    private static void copies(Path sample, Path file, long bytes) throws IOException {
        byte[] one = Files.readAllBytes(sample);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = bytes / one.length; n > 0; n--) out.write(one);
        }
    }

    /** Copies of a text report whose non-blank lines, times {@code scale}, fill the cell limit. */
    private static void underCellLimit(Path sample, Path file, double scale) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        long n = (long) (scale * Limits.DEFAULT.maxCells() / lines);
        copies(sample, file, n * Files.size(sample));
    }

    /** Copies of a web page whose {@code <td>} cells, times {@code scale}, fill the cell limit. */
    private static void htmlUnderCellLimit(Path sample, Path file, double scale) throws IOException {
        String page = Files.readString(sample, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int cells = page.split("<td[\\s>]", -1).length - 1;
        long n = (long) (scale * Limits.DEFAULT.maxCells() / Math.max(1, cells));
        copies(sample, file, n * Files.size(sample));
    }

    /** A report flattened to one line (a crawler's copy), the copies joined by {@code separator}. */
    private static void oneLineCopies(Path sample, Path file, String separator) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String l : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) line.append(l.strip()).append(' ');
        }
        byte[] one = (line.toString().strip() + separator).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = MAX_BYTES / one.length; n > 0; n--) out.write(one);
        }
    }

    /**
     * {@code head}, then lines of 1,000 random Chinese characters with digits and punctuation, each between {@code
     * open} and {@code close}.
     */
    private static void junkProse(Path file, byte[] head, String open, String close) throws IOException {
        Random random = new Random(13);
        String marks = "，。、；：0123456789";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long size = head.length;
            StringBuilder line = new StringBuilder();
            while (true) {
                line.setLength(0);
                line.append(open);
                for (int i = 0; i < 1000; i++) {
                    int k = random.nextInt(3000 + marks.length());
                    line.append(k < 3000 ? (char) (0x4E00 + k) : marks.charAt(k - 3000));
                }
                line.append(close);
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                if (size + bytes.length > MAX_BYTES) break;
                out.write(bytes);
                size += bytes.length;
            }
        }
    }

    /** Lines of ASCII letters and digits with a Chinese word in each: as a string, two bytes a character. */
    private static void asciiJunk(Path file) throws IOException {
        byte[] line = ("x".repeat(200) + " 年 " + "1 2 3 ".repeat(33) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = MAX_BYTES / line.length; n > 0; n--) out.write(line);
        }
    }

    /** One table of rows of four short cells up to the size limit. */
    private static void hugeTable(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><table>\n".getBytes(StandardCharsets.UTF_8);
            byte[] tail = "</table></body></html>\n".getBytes(StandardCharsets.UTF_8);
            out.write(head);
            long size = head.length + tail.length;
            for (int r = 0; ; r++) {
                byte[] row = String.format(
                                Locale.ROOT,
                                "<tr><td>第%d行 行政许可</td><td>%d</td><td>%d</td><td>0</td></tr>\n",
                                r,
                                r,
                                2 * r)
                        .getBytes(StandardCharsets.UTF_8);
                if (size + row.length > MAX_BYTES) break;
                out.write(row);
                size += row.length;
            }
            out.write(tail);
        }
    }

    /** One table of 150,000 cells of 140 Chinese characters: under the cell limit, at the size limit. */
    private static void longCells(Path file) throws IOException {
        Random random = new Random(17);
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < 140; i++) cell.append((char) (0x4E00 + random.nextInt(3000)));
        byte[] row = ("<tr><td>" + cell + "</td><td>" + cell + "</td></tr>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><table>\n".getBytes(StandardCharsets.UTF_8);
            byte[] tail = "</table></body></html>\n".getBytes(StandardCharsets.UTF_8);
            out.write(head);
            long rows = Math.min((MAX_BYTES - head.length - tail.length) / row.length, 75_000);
            for (long r = 0; r < rows; r++) out.write(row);
            out.write(tail);
        }
    }

    /** The pages of a PDF repeated up to {@code pages}. */
    private static void pdfPages(Path sample, Path file, int pages) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            while (out.getNumberOfPages() < pages) {
                PDDocument source = PDDocument.load(sample.toFile());
                sources.add(source);
                for (PDPage page : source.getPages()) {
                    if (out.getNumberOfPages() == pages) break;
                    out.importPage(page);
                }
            }
            out.save(file.toFile());
        } finally {
            for (PDDocument d : sources) d.close();
        }
    }
}
