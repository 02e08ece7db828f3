package org.xxgk.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xxgk.Limits;
import org.xxgk.Reason;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.check.ReportDigest;
import org.xxgk.check.Severity;
import org.xxgk.cli.LimitOptions;
import org.xxgk.cli.Main;
import org.xxgk.cli.Session;
import org.xxgk.cli.Version;
import org.xxgk.spark.SparkDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk batch DIR --out OUT}: a whole folder in parallel, to JSON Lines and CSV files. */
@Command(
        name = "batch",
        header = "Reads and checks a whole folder in parallel and writes JSON Lines and CSV files.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads every .txt, .html, .htm, .shtml, .pdf, .md and .markdown file under DIR, and each .js and .json"
                + " file that holds a page (subdirectories and symbolic links to files and folders included, in"
                + " sorted order) on several threads, checks each report, runs the cross-report rules on all that"
                + " were read, and writes into OUT/results:",
            "  reports.jsonl  one JSON object per report, as 'xxgk extract' prints it, findings included",
            "  cells.csv      one row per report: source, template, year, agency, then every canonical key of"
                    + " spec/cells.md",
            "  values.csv     one row per printed cell of every report, LEGACY indicators included: source, key,"
                    + " label, value, unit, raw, page, table, row, column, line",
            "  findings.csv   one row per finding, the cross-report ones included",
            "  failures.csv   one row per file that could not be read: file, reason (a stable code such as "
                    + "corrupt-pdf, encrypted, not-a-report, time-limit), message",
            "  skipped.csv    one row per file or link the walk did not read: path, reason (link-cycle, broken-link, "
                    + "same-file, not-a-report-file, not-a-regular-file), detail",
            "  manifest.json  each file's size and SHA-256, and the counts",
            "Rows are in file order whatever the threads do. The CSV files start with a UTF-8 byte order mark, so "
                    + "that Excel opens them with the Chinese intact (--no-bom leaves it out).",
            "",
            "Each result goes to OUT/journal as soon as it is read. A run that is stopped, however it is stopped, "
                    + "resumes when run again with the same OUT: files already read with the same content are not "
                    + "read again, and the outputs are those of an uninterrupted run. The outputs are written into "
                    + "OUT/journal/next and swapped in as OUT/results at the end, all together: OUT/results holds "
                    + "the outputs of one complete run or nothing, never a mix.",
            "",
            "A file that cannot be read is a row of failures.csv and the run goes on. Each file runs under the "
                    + "limits below, and under a watchdog that gives up on it after twice --max-time.",
            "Progress goes to stderr (a bar on a terminal, else a line every 2 s or 10%%), then a summary line."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run completed and the outputs were written (even if files failed or reports have ERROR findings)",
            "2:DIR could not be read or holds no report files, OUT could not be written or is in use by another "
                    + "batch, or a wrong command line",
            "3:an internal error in xxgk (the outputs are written; the files it hit are in failures.csv with reason "
                    + "internal, the stack traces in OUT/internal-errors.log)"
        },
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  xxgk batch reports/ --out results/",
            "  xxgk batch reports/ --out results/ --threads 8 --max-time 30s"
        })
public final class BatchCommand implements Callable<Integer> {

    /**
     * A fault-injection point for the tests that kill a run with SIGKILL at a fixed point
     * ({@code reports:N} after N records are journaled, {@code publish-writing},
     * {@code publish-swapping}): the run says so on stderr and waits there to be killed.
     */
    static final String PAUSE_PROPERTY = "xxgk.batch.pause";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of reports.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The folder to write into (created if missing): OUT/results and OUT/journal; nothing else "
                    + "in it is touched.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read at once (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fresh",
            description = "Read every file again, whatever OUT/journal holds from an earlier run.")
    boolean fresh;

    @Option(names = "--no-bom",
            description = "Write the CSV files without the UTF-8 byte order mark (for tools that do not skip it).")
    boolean noBom;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    public BatchCommand() {}

    /**
     * A measuring point for {@code xxgk bench --batch}: when set to a file name, the run writes
     * into it one line of figures (files, times of the stages, the live heap after a collection at
     * the end of the reading, with every digest held); the collection's own time is left out.
     */
    public static final String STATS_PROPERTY = "xxgk.batch.stats";

    /**
     * What became of file {@code index} on a worker thread: its new journal record, if any; the
     * digest of a report; its output rows (none to make them from the journal in their turn).
     */
    private record Done(int index, String source, Optional<BatchJournal.Record> record, Optional<ReportDigest> digest,
                        Optional<BatchWriter.Rows> rows, boolean resumed, boolean failed) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        Limits limits = limitOptions.limits(spec.commandLine());
        long start = System.nanoTime();

        BatchFiles walk;
        try {
            walk = BatchFiles.walk(dir, List.of(BatchOutputs.results(out), BatchOutputs.journal(out)));
        } catch (IOException | RuntimeException e) {
            err.println("xxgk: " + dir + ": the directory could not be read: " + message(e));
            return Main.UNREADABLE;
        }
        if (walk.found().isEmpty() && walk.unreadable().isEmpty()) {
            err.println("xxgk: " + dir + ": " + Session.NO_REPORT_FILES + " in this directory");
            return Main.UNREADABLE;
        }

        String settings = BatchJournal.settings(build(), limits);
        try (BatchJournal journal = BatchJournal.open(BatchOutputs.journal(out), settings, fresh)) {
            BatchOutputs.recover(out);
            journal.note().ifPresent(note -> err.println("xxgk: " + note));
            XxgkReader reader = Xxgk.builder().limits(limits).build();
            List<BatchFiles.Found> files = walk.found();
            int[] resumed = {0};
            int[] journaled = {0};
            // what the cross-report rules read, kept as the reports stream by: the only thing held for every report
            Map<String, ReportDigest> digests = new HashMap<>();
            InternalErrorLog internalErrors = new InternalErrorLog(BatchOutputs.internalErrors(out));
            long readNanos;
            long[] heap;
            long publishStart;
            BatchOutputs.Summary summary;
            // the outputs are written as the files are read, in order; published at the end
            try (BatchWriter writer = new BatchWriter(out, journal, walk, !noBom)) {
                try (BatchProgress progress = BatchProgress.on(err, files.size())) {
                    new BatchRunner(reader, threads, limits.maxTime().multipliedBy(2), internalErrors).stream(
                            files.size(),
                            index -> files.get(index).bytes(),
                            (index, guard) -> read(index, files.get(index), journal, guard, limits),
                            new BatchRunner.Sink<Done>() {
                                @Override
                                public void take(Done done) throws IOException {
                                    if (done.record().isPresent()) journal.append(done.record().get());
                                    done.digest().ifPresent(d -> digests.put(done.source(), d));
                                    writer.add(done.index(), done.rows().orElse(null));
                                    if (done.record().isPresent()) pause("reports:" + ++journaled[0], err);
                                    if (done.resumed()) resumed[0]++;
                                    progress.counted(done.failed());
                                }

                                @Override
                                public void idle() {
                                    progress.idle();
                                }
                            });
                }
                journal.force();
                readNanos = System.nanoTime() - start;
                heap = liveHeap(); // {bytes, nanos spent}; only for the bench
                publishStart = System.nanoTime();
                summary = writer.publish(out, digests, threads, point -> pause(point, err));
            }
            journal.compact(files.stream().map(BatchFiles.Found::source).toList());
            long end = System.nanoTime();
            stats(files.size(), digests.size(), readNanos, summary.crossNanos(), end - publishStart,
                    end - start - heap[1], heap);
            err.println(summary(summary, resumed[0], Duration.ofNanos(end - start - heap[1])));
            if (internalErrors.count() > 0) {
                err.println("xxgk: " + internalErrors.count()
                        + " file(s) hit a defect of xxgk (reason internal in failures.csv), "
                        + "please report it: the stack traces are in " + BatchOutputs.internalErrors(out));
            }
            err.flush();
            return internalErrors.count() > 0 ? Main.INTERNAL : Main.OK;
        } catch (BatchJournal.LockedException e) {
            err.println("xxgk: " + out
                    + ": another xxgk batch is writing into this folder; try again when it has finished");
            return Main.UNREADABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("xxgk: batch interrupted; what was read is kept in " + BatchOutputs.journal(out)
                    + " for the next run");
            return Main.UNREADABLE;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException && !(e.getCause() instanceof IOException)) throw (RuntimeException) e;
            err.println("xxgk: " + out + ": the outputs could not be written: " + message(e));
            return Main.UNREADABLE;
        }
    }

    /**
     * One file, on a worker thread: its content and its hash; when the journal has it with that
     * hash, its record decoded; else read and checked under the watchdog and made into a journal
     * record. Either way made into its output rows here, off the thread that writes them.
     */
    private static Done read(int index, BatchFiles.Found file, BatchJournal journal, BatchRunner.Guard guard,
                             Limits limits) {
        String source = file.source();
        try {
            byte[] content = null;
            String hash = "";
            try {
                if (Files.size(file.path()) <= limits.maxBytes()) {
                    content = Files.readAllBytes(file.path());
                    hash = BatchJournal.sha256(content);
                }
            } catch (IOException | RuntimeException e) {
                content =
                        null; // the reader reads it again and says why it cannot (with hash "", it is tried again next
                              // run)
            }
            Optional<BatchJournal.Entry> done = journal.done(source, hash);
            if (done.isPresent()) return resumed(index, source, journal, done.get());
            byte[] bytes = content;
            Watchdog.Job job = bytes != null
                    ? new Watchdog.Job(source, r -> r.read(bytes, source))
                    : new Watchdog.Job(source, r -> r.read(file.path()));
            BatchOutcome outcome = guard.outcome(job);
            boolean failed = outcome instanceof BatchOutcome.Failed;
            if (failed && ((BatchOutcome.Failed) outcome).reason().equals("interrupted")) {
                // the run is being stopped: nothing to keep
                return new Done(index, source, Optional.empty(), Optional.empty(), Optional.empty(), false, true);
            }
            SparkDocument document = SparkDocument.of(outcome);
            return new Done(index, source, Optional.of(BatchJournal.record(source, hash, document)), digest(document),
                    Optional.of(BatchWriter.Rows.of(document)), false, failed);
        } catch (RuntimeException
                | OutOfMemoryError e) { // NOPMD: whatever a document does, the batch goes on and records it
            SparkDocument failed = SparkDocument.of(
                    new BatchOutcome.Failed(source, Reason.INTERNAL.code(), "internal error, please report it: " + e));
            return new Done(index, source, Optional.of(BatchJournal.record(source, "", failed)), Optional.empty(),
                    Optional.of(BatchWriter.Rows.of(failed)), false, true);
        }
    }

    /**
     * A file the journal holds: its record decoded here, on a worker thread, for its digest and its
     * rows; if it cannot be, the writer decodes it in its turn and says why.
     */
    private static Done resumed(int index, String source, BatchJournal journal, BatchJournal.Entry entry) {
        try {
            SparkDocument document = journal.read(entry);
            return new Done(index, source, Optional.empty(), digest(document),
                    Optional.of(BatchWriter.Rows.of(document)), true, entry.failed());
        } catch (IOException | RuntimeException e) {
            return new Done(index, source, Optional.empty(), Optional.empty(), Optional.empty(), true, entry.failed());
        }
    }

    private static Optional<ReportDigest> digest(SparkDocument document) {
        return document instanceof SparkDocument.Read r ? Optional.of(r.digest()) : Optional.empty();
    }

    /**
     * The live heap after a full collection and the time that took, when {@link #STATS_PROPERTY} is set; else zeros.
     */
    private static long[] liveHeap() {
        if (System.getProperty(STATS_PROPERTY) == null) return new long[] {0, 0};
        long start = System.nanoTime();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // a collection may leave what a finaliser or a reference queue frees next
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return new long[] {used, System.nanoTime() - start};
    }

    /** Writes the figures of the run for the bench, when {@link #STATS_PROPERTY} names a file. */
    private static void stats(
            int files, int digests, long readNanos, long crossNanos, long publishNanos, long totalNanos, long[] heap) {
        String target = System.getProperty(STATS_PROPERTY);
        if (target == null) return;
        String line = String.format(
                Locale.ROOT,
                "files=%d digests=%d readMs=%.1f crossMs=%.1f publishMs=%.1f totalMs=%.1f "
                        + "liveHeapMB=%.1f gcMs=%.1f%n",
                files,
                digests,
                readNanos / 1e6,
                crossNanos / 1e6,
                publishNanos / 1e6,
                totalNanos / 1e6,
                heap[0] / 1048576.0,
                heap[1] / 1e6);
        try {
            Files.writeString(Path.of(target), line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the journal's records depend on besides the files and the limits: the xxgk version and,
     * for a jar, its size and time, so that a rebuilt jar reads everything again.
     */
    static String build() {
        StringBuilder build = new StringBuilder();
        try {
            build.append(new Version().getVersion()[0]);
            CodeSource code = BatchCommand.class.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null) {
                Path jar = Path.of(code.getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    build.append(' ')
                            .append(Files.size(jar))
                            .append(' ')
                            .append(Files.getLastModifiedTime(jar).toMillis());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // the version alone
        }
        return build.toString();
    }

    private static void pause(String point, PrintWriter err) {
        if (!point.equals(System.getProperty(PAUSE_PROPERTY))) return;
        err.println("xxgk batch: paused at " + point);
        err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String summary(BatchOutputs.Summary s, int resumed, Duration elapsed) {
        return String.format(Locale.ROOT, "xxgk batch: %d files, %d read, %d failed; %d skipped; "
                        + "findings: %d ERROR, %d WARNING, %d INFO; %s%s; written to %s",
                s.files(), s.read(), s.failed(), s.skipped(),
                s.findings().get(Severity.ERROR), s.findings().get(Severity.WARNING), s.findings().get(Severity.INFO),
                BatchDurations.text(elapsed), resumed == 0 ? "" : ", " + resumed + " files as an earlier run read them",
                BatchOutputs.results(out));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
