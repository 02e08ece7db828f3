package org.xxgk.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.xxgk.check.Severity;
import org.xxgk.output.Csv;

/**
 * The outputs of a batch and how they are published. {@code OUT} holds:
 *
 * <pre>
 * OUT/results/        the outputs of the last run that completed, all of them from that run
 *     reports.jsonl  cells.csv  values.csv  findings.csv  failures.csv  skipped.csv
 *     manifest.json  what the folder holds: each file's size and SHA-256, and the counts
 * OUT/journal/        the run's working state ({@link BatchJournal}): what a rerun resumes from
 *     records  lock   and, while a run writes, next/ (the new results) and previous/ (the old)
 * </pre>
 *
 * Publishing: every file is written into {@code journal/next} as the documents are read
 * ({@code BatchWriter}), pushed to the disk at the end, the manifest last; then {@code results}
 * is renamed to {@code journal/previous}, {@code next} to {@code results}, and {@code previous}
 * deleted. A reader of {@code OUT/results} sees the old
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

    /** What a publication wrote, and how long its cross-report stage took. */
    record Summary(int files, int read, int failed, int skipped, Map<Severity, Integer> findings, long crossNanos) {}

    private BatchOutputs() {}

    /** Where the published outputs are. */
    static Path results(Path out) {
        return out.resolve(RESULTS);
    }

    /** The stack traces of the defects of xxgk this run hit, appended (beside the results, not in them). */
    static Path internalErrors(Path out) {
        return out.resolve("internal-errors.log");
    }

    /** Where the journal and the publish's working folders are. */
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
     * {@code results} to {@code previous}, {@code next} to {@code results}, {@code previous}
     * deleted: each a rename within {@code OUT}.
     */
    static void swap(Path out, Path next, Path previous, Runnable between) throws IOException {
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

    static void writeManifest(Path folder, Map<String, Output> outputs, Summary summary) throws IOException {
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

    /**
     * One output file: bytes (rows made on the worker threads) or text in UTF-8, its SHA-256 and size
     * counted as it is written, forced to disk on close.
     */
    static final class Output implements Closeable {
        private final Path path;
        private final FileChannel channel;
        private final MessageDigest digest;
        private final BufferedOutputStream stream;
        private long written;
        private boolean closed;

        Output(Path path, boolean bom) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            this.stream = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest),
                    1 << 16);
            if (bom) write(String.valueOf(Csv.BOM));
        }

        Path path() {
            return path;
        }

        void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }

        void write(byte[] bytes, int offset, int length) throws IOException {
            stream.write(bytes, offset, length);
            written += length;
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** The bytes written so far, those still buffered included. */
        long bytes() {
            return written;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            try {
                stream.flush();
                channel.force(true);
            } finally {
                channel.close();
            }
        }

        /** Closes the file, written whole but not pushed to the disk: a draft, read back and deleted. */
        void closeDraft() throws IOException {
            if (closed) return;
            closed = true;
            try {
                stream.flush();
            } finally {
                channel.close();
            }
        }

        /** Closes the file as it is (a run that failed: the next run deletes it). */
        void abandon() throws IOException {
            if (closed) return;
            closed = true;
            channel.close();
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
