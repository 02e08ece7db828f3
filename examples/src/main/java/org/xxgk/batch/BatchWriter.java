package org.xxgk.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.Xxgk;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.check.Severity;
import org.xxgk.output.CellsCsv;
import org.xxgk.output.Csv;
import org.xxgk.output.FindingsCsv;
import org.xxgk.output.ReportJson;
import org.xxgk.output.ValuesCsv;
import org.xxgk.spark.SparkDocument;

/**
 * Writes a run's outputs into {@code OUT/journal/next} while the documents are read, in source order
 * whatever order they come in, then publishes them ({@link BatchOutputs}). Each document's rows are
 * made on the worker thread that read it ({@link Rows#of}), so that the thread taking the results
 * only puts them in order and writes them, and the end of the run has little left to do. The
 * cross-report findings are known only at the end: the reports they belong to are written again
 * then, their JSON line from the journal record and their findings rows followed by the new ones.
 */
final class BatchWriter implements Closeable {

    /**
     * The most bytes of rows held for documents that came before their turn (a slow file holds up
     * the order); the rows of those that come later are made again from the journal in their turn.
     */
    static final long HELD = 32L << 20;

    private static final ReportJson JSON = ReportJson.compact();
    private static final int SEVERITIES = Severity.values().length;

    /**
     * One document's rows as UTF-8 bytes: a report's JSON line, cells row, values rows and own
     * findings rows, or a failure's row.
     */
    record Rows(String source, byte[] report, byte[] cells, byte[] values, byte[] findings, byte[] failure,
                int[] severities) {

        boolean failed() {
            return failure.length > 0;
        }

        long size() {
            return report.length + cells.length + values.length + findings.length + failure.length;
        }

        /** Made as the outputs hold them; on any thread. */
        static Rows of(SparkDocument document) {
            byte[] none = new byte[0];
            int[] severities = new int[SEVERITIES];
            if (document instanceof SparkDocument.Failed f) {
                return new Rows(f.source(), none, none, none, none,
                        utf8(csv(p -> p.printRecord(f.source(), f.reason(), f.message()))), severities);
            }
            SparkDocument.Read doc = (SparkDocument.Read) document;
            List<Finding> own = doc.findings().stream().map(SparkDocument.FindingRow::finding).toList();
            own.forEach(f -> severities[f.severity().ordinal()]++);
            return new Rows(doc.source(),
                    utf8(JSON.withFindings(doc.json(), own) + "\n"),
                    utf8(csv(p -> p.printRecord(doc.cells()))),
                    utf8(csv(p -> p.printRecords(doc.values()))),
                    utf8(csv(p -> {
                        for (Finding f : own) p.printRecord(FindingsCsv.row(f));
                    })),
                    none,
                    severities);
        }
    }

    private final Path next;
    private final long heldMost;
    private final BatchJournal journal;
    private final List<BatchFiles.Found> files;
    private final List<BatchOutcome.Failed> unreadable;
    private final int skipped;
    private final Map<String, BatchOutputs.Output> outputs = new LinkedHashMap<>();
    /** Documents that came before their turn: their rows, or null to make them from the journal. */
    private final Map<Integer, Rows> early = new HashMap<>();
    private long held;
    private int written;
    private int unreadableWritten;
    private int read;
    private int failed;
    private final int[] severities = new int[SEVERITIES];
    /** Which documents are reports, and where each report's JSON line and findings rows end. */
    private final BitSet reports = new BitSet();
    private long[] reportEnds = new long[64];
    private long[] findingEnds = new long[64];

    /** Starts the outputs in {@code OUT/journal/next}, in place of whatever a killed run left there. */
    BatchWriter(Path out, BatchJournal journal, BatchFiles walk, boolean bom) throws IOException {
        this(out, journal, walk, bom, HELD);
    }

    /** With another bound than {@link #HELD} on the rows held (a test's). */
    BatchWriter(Path out, BatchJournal journal, BatchFiles walk, boolean bom, long heldMost) throws IOException {
        this.heldMost = heldMost;
        this.journal = journal;
        this.files = walk.found();
        this.unreadable = walk.unreadable();
        this.skipped = walk.skipped().size();
        this.next = BatchOutputs.journal(out).resolve(BatchOutputs.NEXT);
        BatchOutputs.deleteTree(next);
        Files.createDirectories(next);
        try {
            for (String name : BatchOutputs.FILES) {
                outputs.put(name, new BatchOutputs.Output(next.resolve(name), bom && name.endsWith(".csv")));
            }
            output(BatchOutputs.CELLS).write(csv(p -> p.printRecord(CellsCsv.HEADER)));
            output(BatchOutputs.VALUES).write(csv(p -> p.printRecord(ValuesCsv.HEADER)));
            output(BatchOutputs.FINDINGS).write(csv(p -> p.printRecord(FindingsCsv.HEADER)));
            output(BatchOutputs.FAILURES).write(csv(p -> p.printRecord(BatchOutputs.FAILURES_HEADER)));
            output(BatchOutputs.SKIPPED).write(csv(p -> {
                p.printRecord(BatchFiles.SKIPPED_HEADER);
                for (BatchFiles.Skipped s : walk.skipped()) p.printRecord(s.path(), s.reason(), s.detail());
            }));
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The rows of document {@code index} of the walk, on the thread that takes the results; null
     * to make them from its journal record in its turn.
     */
    void add(int index, Rows rows) throws IOException {
        if (index != written) {
            // kept until its turn, within heldMost bytes: past that, made again from the journal then
            Rows kept = rows != null && held + rows.size() <= heldMost ? rows : null;
            if (kept != null) held += kept.size();
            early.put(index, kept);
            return;
        }
        write(rows);
        while (early.containsKey(written)) {
            Rows kept = early.remove(written);
            if (kept != null) held -= kept.size();
            write(kept);
        }
    }

    private void write(Rows given) throws IOException {
        BatchFiles.Found file = files.get(written);
        while (unreadableWritten < unreadable.size()
                && BatchFiles.SOURCE_ORDER.compare(unreadable.get(unreadableWritten).source(), file.source()) < 0) {
            failure(unreadable.get(unreadableWritten++));
        }
        Rows rows = given != null ? given : Rows.of(journal.read(entry(file)));
        if (rows.failed()) {
            output(BatchOutputs.FAILURES).write(rows.failure());
            failed++;
        } else {
            int k = read++;
            if (k == reportEnds.length) {
                reportEnds = Arrays.copyOf(reportEnds, 2 * k);
                findingEnds = Arrays.copyOf(findingEnds, 2 * k);
            }
            reports.set(written);
            output(BatchOutputs.REPORTS).write(rows.report());
            reportEnds[k] = output(BatchOutputs.REPORTS).bytes();
            output(BatchOutputs.CELLS).write(rows.cells());
            output(BatchOutputs.VALUES).write(rows.values());
            output(BatchOutputs.FINDINGS).write(rows.findings());
            findingEnds[k] = output(BatchOutputs.FINDINGS).bytes();
            for (int s = 0; s < SEVERITIES; s++) severities[s] += rows.severities()[s];
        }
        written++;
    }

    /**
     * Once every document is written: runs the cross-report rules on the digests (those the run
     * kept, by source; a report's missing one from its record), adds their findings, and publishes
     * the outputs as {@code OUT/results}. Records to read again are decoded on {@code threads}
     * threads.
     */
    BatchOutputs.Summary publish(Path out, Map<String, ReportDigest> kept, int threads, BatchOutputs.Pause pause)
            throws IOException {
        if (written != files.size()) throw new IllegalStateException(written + " of " + files.size() + " written");
        while (unreadableWritten < unreadable.size()) failure(unreadable.get(unreadableWritten++));

        // the cross-report rules on the digests: all a run holds of every report at once
        long crossStart = System.nanoTime();
        List<ReportDigest> digests = new ArrayList<>();
        for (int i = reports.nextSetBit(0); i >= 0; i = reports.nextSetBit(i + 1)) {
            BatchFiles.Found file = files.get(i);
            ReportDigest digest = kept.get(file.source());
            digests.add(digest != null ? digest : ((SparkDocument.Read) journal.read(entry(file))).digest());
        }
        Map<String, List<Finding>> across = new LinkedHashMap<>();
        for (Finding finding : Xxgk.checkAcross(digests)) {
            across.computeIfAbsent(finding.source(), s -> new ArrayList<>()).add(finding);
        }
        digests = null; // NOPMD: let them go before the reports are read again
        long crossNanos = System.nanoTime() - crossStart;

        if (!across.isEmpty()) addAcross(across, threads);
        // findings of a source that is not among the reports: none, unless a rule names another
        for (List<Finding> rest : across.values()) findingRows(output(BatchOutputs.FINDINGS), rest);
        pause.at("publish-writing");
        for (BatchOutputs.Output output : outputs.values()) output.close();

        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) bySeverity.put(severity, severities[severity.ordinal()]);
        BatchOutputs.Summary summary = new BatchOutputs.Summary(files.size() + unreadable.size(), read,
                failed + unreadable.size(), skipped, bySeverity, crossNanos);
        BatchOutputs.writeManifest(next, outputs, summary);
        BatchOutputs.swap(out, next, BatchOutputs.journal(out).resolve(BatchOutputs.PREVIOUS),
                () -> pause.at("publish-swapping"));
        return summary;
    }

    /**
     * Writes {@code reports.jsonl} and {@code findings.csv} again with the cross-report findings of
     * the reports they name: each such report's JSON line made again from its record, its findings
     * rows followed by the new ones; the other bytes copied as they were. Removes what it adds.
     */
    private void addAcross(Map<String, List<Finding>> across, int threads) throws IOException {
        List<Integer> named = new ArrayList<>(); // report numbers, in order
        List<BatchFiles.Found> namedFiles = new ArrayList<>();
        int k = 0;
        for (int i = reports.nextSetBit(0); i >= 0; i = reports.nextSetBit(i + 1), k++) {
            if (across.containsKey(files.get(i).source())) {
                named.add(k);
                namedFiles.add(files.get(i));
            }
        }
        Path reportsDraft = draft(BatchOutputs.REPORTS);
        Path findingsDraft = draft(BatchOutputs.FINDINGS);
        BatchOutputs.Output reportsOut = replace(BatchOutputs.REPORTS);
        ExecutorService decoders = Executors.newFixedThreadPool(threads, Watchdog.daemons("xxgk-publish-"));
        try (InputStream in = Files.newInputStream(reportsDraft)) {
            Iterator<SparkDocument> documents = decoded(journal, namedFiles, decoders, threads * 4);
            long at = 0;
            for (int n : named) {
                long start = n == 0 ? 0 : reportEnds[n - 1];
                copy(in, reportsOut, start - at);
                in.skipNBytes(reportEnds[n] - start);
                at = reportEnds[n];
                SparkDocument.Read doc = (SparkDocument.Read) documents.next();
                List<Finding> all = new ArrayList<>();
                doc.findings().forEach(f -> all.add(f.finding()));
                all.addAll(across.get(doc.source()));
                reportsOut.write(JSON.withFindings(doc.json(), all) + "\n");
            }
            copy(in, reportsOut, Long.MAX_VALUE);
        } finally {
            decoders.shutdownNow();
        }
        BatchOutputs.Output findingsOut = replace(BatchOutputs.FINDINGS);
        try (InputStream in = Files.newInputStream(findingsDraft)) {
            long at = 0;
            for (int i = 0; i < named.size(); i++) {
                int n = named.get(i);
                copy(in, findingsOut, findingEnds[n] - at);
                at = findingEnds[n];
                findingRows(findingsOut, across.remove(namedFiles.get(i).source()));
            }
            copy(in, findingsOut, Long.MAX_VALUE);
        }
        Files.delete(reportsDraft);
        Files.delete(findingsDraft);
    }

    /** Closes output {@code name} and moves it aside, as the draft of its new version. */
    private Path draft(String name) throws IOException {
        BatchOutputs.Output output = output(name);
        output.closeDraft();
        Path draft = next.resolve(name + ".draft");
        Files.move(output.path(), draft);
        return draft;
    }

    /** A new output {@code name} in place of the one moved aside; it starts empty, BOM and all copied in. */
    private BatchOutputs.Output replace(String name) throws IOException {
        BatchOutputs.Output output = new BatchOutputs.Output(next.resolve(name), false);
        outputs.put(name, output);
        return output;
    }

    private static void copy(InputStream in, BatchOutputs.Output out, long length) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) return;
                throw new IOException("an output draft was cut short");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private void findingRows(BatchOutputs.Output output, List<Finding> findings) throws IOException {
        output.write(csv(p -> {
            for (Finding f : findings) p.printRecord(FindingsCsv.row(f));
        }));
        findings.forEach(f -> severities[f.severity().ordinal()]++);
    }

    private void failure(BatchOutcome.Failed f) throws IOException {
        output(BatchOutputs.FAILURES).write(csv(p -> p.printRecord(f.source(), f.reason(), f.message())));
    }

    private BatchOutputs.Output output(String name) {
        return outputs.get(name);
    }

    private BatchJournal.Entry entry(BatchFiles.Found file) {
        return journal.entry(file.source())
                .orElseThrow(() -> new IllegalStateException("no journal record for " + file.source()));
    }

    /** Closes what is still open (a run that failed); what it wrote is deleted by the next run. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (BatchOutputs.Output output : outputs.values()) {
            try {
                output.abandon();
            } catch (IOException e) {
                if (failure == null) failure = e;
            }
        }
        if (failure != null) throw failure;
    }

    // ---- rows ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Printing {
        void print(CSVPrinter printer) throws IOException;
    }

    /** Rows printed in the CSV dialect of every output. */
    private static String csv(Printing printing) {
        StringBuilder text = new StringBuilder(256);
        try {
            printing.print(new CSVPrinter(text, Csv.FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The documents of {@code files}' records in their order, each decoded on {@code decoders} at
     * most {@code ahead} documents before it is asked for.
     */
    private static Iterator<SparkDocument> decoded(BatchJournal journal, List<BatchFiles.Found> files,
                                                   ExecutorService decoders, int ahead) {
        return new Iterator<>() {
            private final Deque<Future<SparkDocument>> pending = new ArrayDeque<>();
            private int submitted;

            @Override
            public boolean hasNext() {
                return submitted < files.size() || !pending.isEmpty();
            }

            @Override
            public SparkDocument next() {
                while (submitted < files.size() && pending.size() < ahead) {
                    BatchFiles.Found file = files.get(submitted++);
                    BatchJournal.Entry entry = journal.entry(file.source())
                            .orElseThrow(() -> new IllegalStateException("no journal record for " + file.source()));
                    pending.add(decoders.submit(() -> journal.read(entry)));
                }
                Future<SparkDocument> first = pending.poll();
                if (first == null) throw new NoSuchElementException();
                try {
                    return first.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) throw new UncheckedIOException(io);
                    if (cause instanceof RuntimeException r) throw r;
                    throw new IllegalStateException("decoding a journal record failed", cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new InterruptedIOException("interrupted while writing the outputs"));
                }
            }
        };
    }
}
