package org.xxgk.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch's log of defects of xxgk: each file that failed with reason {@code internal} gets its
 * stack trace appended here, for the bug report; the file itself is in {@code failures.csv}.
 * Thread-safe.
 */
final class InternalErrorLog implements Watchdog.InternalErrors {

    private final Path file;
    private final AtomicInteger count = new AtomicInteger();

    InternalErrorLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(String source, Throwable e) {
        count.incrementAndGet();
        StringWriter trace = new StringWriter();
        trace.append(Instant.now().toString()).append(' ').append(source).append(System.lineSeparator());
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    trace.toString(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException io) {
            throw new UncheckedIOException(file + ": the internal-error log could not be written", io);
        }
    }

    /** How many files hit a defect in this run. */
    int count() {
        return count.get();
    }
}
