package org.xxgk.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
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
 * The outputs of a batch and how they are published. {@code OUT} holds:
 *
 * <pre>
 * OUT/results/        the outputs of the last run that completed, all of them from that run
 *     reports.jsonl  cells.csv  values.csv  findings.csv  failures.csv  skipped.csv
 *     manifest.json  what the folder holds: each file's size and SHA-256, and the counts
 * OUT/journal/        the run's working state ({@link BatchJournal}): what a rerun resumes from
 *     records  lock   and, while a run publishes, next/ (the new results) and previous/ (the old)
 * </pre>
 *
 * Publishing: every file is written into {@code journal/next}, pushed to the disk, the manifest
 * last; then {@code results} is renamed to {@code journal/previous}, {@code next} to
 * {@code results}, and {@code previous} deleted. A reader of {@code OUT/results} sees the old
 * outputs, the new ones, or (for the instant between the two renames) none, never a mix. A run
 * killed at any point leaves nothing that lasts: the next run finishes an interrupted swap (a
 * {@code next} with its manifest is complete) and deletes a {@code next} without one.
 */
public final class BatchOutputs {

    static final String RESULTS = "results";
    static final String JOURNAL = "journal";
    static final String NEXT = "next";
    static final String PREVIOUS = "previous";

    public static final String REPORTS = "reports.jsonl";
    public static final String CELLS = "cells.csv";
    public static final String VALUES = "values.csv";
    public static final String FINDINGS = "findings.csv";
    public static final String FAILURES = "failures.csv";
    static final String SKIPPED = "skipped.csv";
    static final String MANIFEST = "manifest.json";
    /** The data files, in the order they are written; the manifest follows them. */
    static final List<String> FILES = List.of(REPORTS, CELLS, VALUES, FINDINGS, FAILURES, SKIPPED);

    /** The columns of {@code failures.csv}. */
    public static final List<String> FAILURES_HEADER = List.of("file", "reason", "message");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** What the published outputs hold. */
    /** What a publication wrote, and how long its cross-report stage took. */
    record Summary(int files, int read, int failed, int skipped, Map<Severity, Integer> findings, long crossNanos) {}

    private BatchOutputs() {}

    /** Where the published outputs are. */
    static Path results(Path out) {
        return out.resolve(RESULTS);
    }

    /** Where the journal and the publish's working folders are. */
    /** The stack traces of the defects of xxgk this run hit, appended (beside the results, not in them). */
    static Path internalErrors(Path out) {
        return out.resolve("internal-errors.log");
    }

    static Path journal(Path out) {
        return out.resolve(JOURNAL);
    }

    /**
     * Finishes what a killed run left half done: a complete {@code next} is swapped in (the run had
     * written it all), an incomplete one deleted, a {@code previous} deleted or, if the run died
     * between the two renames with no {@code next} to show for it, put back.
     */
    static void recover(Path out) throws IOException {
        Path results = results(out);
        Path next = journal(out).resolve(NEXT);
        Path previous = journal(out).resolve(PREVIOUS);
        if (Files.exists(next)) {
            if (complete(next)) {
                swap(out, next, previous, () -> {});
            } else {
                deleteTree(next);
            }
        }
        if (Files.exists(previous)) {
            if (Files.exists(results)) deleteTree(previous);
            else Files.move(previous, results, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A pause point for the tests that kill a run there. */
    interface Pause {
        void at(String point);
    }

    /**
     * Writes the outputs of every file of {@code walk} from their journal records, in source order,
     * and publishes them as {@code OUT/results}. The cross-report rules run first, on the digests
     * alone: those the run kept of the files it read ({@code kept}, by source), the others' (files
     * an earlier run read) from their records. The records are decoded on {@code threads} threads,
     * ahead of the writing, in order.
     */
    static Summary publish(Path out, BatchJournal journal, BatchFiles walk, Map<String, ReportDigest> kept, int threads,
                           boolean bom, Pause pause) throws IOException {
        Path next = journal(out).resolve(NEXT);
        deleteTree(next);
        Files.createDirectories(next);

        // the cross-report rules on the digests: all a run holds of every report at once
        long crossStart = System.nanoTime();
        List<ReportDigest> digests = new ArrayList<>();
        for (BatchFiles.Found file : walk.found()) {
            BatchJournal.Entry entry = entry(journal, file);
            if (entry.failed()) continue;
            ReportDigest digest = kept.get(file.source());
            digests.add(digest != null ? digest : ((SparkDocument.Read) journal.read(entry)).digest());
        }
        Map<String, List<Finding>> across = new LinkedHashMap<>();
        for (Finding finding : Xxgk.checkAcross(digests)) {
            across.computeIfAbsent(finding.source(), s -> new ArrayList<>()).add(finding);
        }
        digests = null; // NOPMD: let them go before the reports are read again
        long crossNanos = System.nanoTime() - crossStart;

        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) bySeverity.put(severity, 0);
        int read = 0;
        int failed = walk.unreadable().size();
        Map<String, Output> outputs = new LinkedHashMap<>();
        ExecutorService decoders = Executors.newFixedThreadPool(threads, Watchdog.daemons("xxgk-publish-"));
        try {
            Iterator<SparkDocument> documents = decoded(journal, walk.found(), decoders, threads * 4);
            for (String name : FILES) outputs.put(name, new Output(next.resolve(name), bom && name.endsWith(".csv")));
            Writer reports = outputs.get(REPORTS).writer();
            ReportJson json = ReportJson.compact();
            try (CellsCsv cells = new CellsCsv(outputs.get(CELLS).writer());
                 ValuesCsv values = new ValuesCsv(outputs.get(VALUES).writer());
                 FindingsCsv findings = new FindingsCsv(outputs.get(FINDINGS).writer());
                 CSVPrinter failures = new CSVPrinter(outputs.get(FAILURES).writer(), Csv.FORMAT);
                 CSVPrinter skipped = new CSVPrinter(outputs.get(SKIPPED).writer(), Csv.FORMAT)) {
                failures.printRecord(FAILURES_HEADER);
                skipped.printRecord(BatchFiles.SKIPPED_HEADER);
                List<BatchOutcome.Failed> unreadable = walk.unreadable();
                int u = 0;
                for (BatchFiles.Found file : walk.found()) {
                    while (u < unreadable.size()
                            && BatchFiles.SOURCE_ORDER.compare(unreadable.get(u).source(), file.source()) < 0) {
                        failure(failures, unreadable.get(u++));
                    }
                    SparkDocument document = documents.next();
                    if (document instanceof SparkDocument.Failed f) {
                        failures.printRecord(f.source(), f.reason(), f.message());
                        failed++;
                        continue;
                    }
                    SparkDocument.Read doc = (SparkDocument.Read) document;
                    List<Finding> all = new ArrayList<>();
                    doc.findings().forEach(f -> all.add(f.finding()));
                    all.addAll(across.getOrDefault(doc.source(), List.of()));
                    across.remove(doc.source());
                    reports.write(json.withFindings(doc.json(), all));
                    reports.write('\n');
                    cells.addRow(doc.cells());
                    values.addRows(doc.values());
                    findings.addAll(all);
                    all.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
                    read++;
                }
                while (u < unreadable.size()) failure(failures, unreadable.get(u++));
                // findings of a source that is not among the reports: none, unless a rule names another
                for (List<Finding> rest : across.values()) {
                    findings.addAll(rest);
                    rest.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
                }
                for (BatchFiles.Skipped s : walk.skipped()) skipped.printRecord(s.path(), s.reason(), s.detail());
                pause.at("publish-writing");
            }
        } finally {
            decoders.shutdownNow();
            for (Output output : outputs.values()) output.close();
        }
        Summary summary = new Summary(
                walk.found().size() + walk.unreadable().size(),
                read,
                failed,
                walk.skipped().size(),
                bySeverity,
                crossNanos);
        writeManifest(next, outputs, summary);
        swap(out, next, journal(out).resolve(PREVIOUS), () -> pause.at("publish-swapping"));
        return summary;
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
                    BatchJournal.Entry entry = entry(journal, files.get(submitted++));
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

    private static BatchJournal.Entry entry(BatchJournal journal, BatchFiles.Found file) {
        return journal.entry(file.source())
                .orElseThrow(() -> new IllegalStateException("no journal record for " + file.source()));
    }

    private static void failure(CSVPrinter failures, BatchOutcome.Failed failed) throws IOException {
        failures.printRecord(failed.source(), failed.reason(), failed.message());
    }

    /**
     * {@code results} to {@code previous}, {@code next} to {@code results}, {@code previous}
     * deleted: each a rename within {@code OUT}.
     */
    private static void swap(Path out, Path next, Path previous, Runnable between) throws IOException {
        Path results = results(out);
        deleteTree(previous);
        if (Files.exists(results)) Files.move(results, previous, StandardCopyOption.ATOMIC_MOVE);
        between.run();
        Files.move(next, results, StandardCopyOption.ATOMIC_MOVE);
        sync(out);
        sync(previous.getParent());
        deleteTree(previous);
    }

    // ---- the manifest --------------------------------------------------------------------------

    private static void writeManifest(Path folder, Map<String, Output> outputs, Summary summary) throws IOException {
        Path part = folder.resolve(MANIFEST + ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             JsonGenerator g = JSON.createGenerator(Channels.newOutputStream(channel))) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            g.writeStartObject();
            g.writeStringField("format", "xxgk batch results 1");
            g.writeArrayFieldStart("files");
            for (Output output : outputs.values()) {
                g.writeStartObject();
                g.writeStringField("name", output.path().getFileName().toString());
                g.writeNumberField("bytes", output.bytes());
                g.writeStringField("sha256", output.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("files_read", summary.read());
            g.writeNumberField("files_failed", summary.failed());
            g.writeNumberField("files_skipped", summary.skipped());
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
            channel.force(true);
        }
        Files.move(part, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
        sync(folder);
    }

    /** Whether a folder holds a manifest, and every file it lists with the size it lists. */
    static boolean complete(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return false;
        try (JsonParser p = JSON.createParser(Files.readAllBytes(manifest))) {
            int files = 0;
            String name = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) continue;
                switch (p.currentName()) {
                    case "name" -> name = p.nextTextValue();
                    case "bytes" -> {
                        p.nextToken();
                        Path file = folder.resolve(name == null ? "" : name);
                        if (name == null || !Files.isRegularFile(file) || Files.size(file) != p.getLongValue())
                            return false;
                        files++;
                        name = null;
                    }
                    default -> { }
                }
            }
            return files == FILES.size();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ---- files ---------------------------------------------------------------------------------

    /** One output file: UTF-8 text, its SHA-256 and size counted as it is written, forced to disk on close. */
    private static final class Output implements Closeable {
        private final Path path;
        private final FileChannel channel;
        private final MessageDigest digest;
        private final Counting counting;
        private final BufferedWriter writer;
        private boolean closed;

        Output(Path path, boolean bom) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            this.counting = new Counting(new DigestOutputStream(Channels.newOutputStream(channel), digest));
            this.writer = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
            if (bom) writer.write(Csv.BOM);
        }

        Path path() {
            return path;
        }

        /** The writer; closing it does not close the file (the printers close what they are given). */
        Writer writer() {
            return new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) throws IOException {
                    writer.write(buffer, offset, length);
                }

                @Override
                public void write(String text) throws IOException {
                    writer.write(text);
                }

                @Override
                public void flush() throws IOException {
                    writer.flush();
                }

                @Override
                public void close() throws IOException {
                    writer.flush();
                }
            };
        }

        long bytes() {
            return counting.count;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            try {
                writer.flush();
                channel.force(true);
            } finally {
                channel.close();
            }
        }
    }

    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Pushes a folder's entries (renames, new files) to the disk where the platform can. */
    private static void sync(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform opens a folder (Windows does not): its renames are durable anyway
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
