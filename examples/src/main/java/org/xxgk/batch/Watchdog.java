package org.xxgk.batch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xxgk.InternalErrorException;
import org.xxgk.Reason;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.model.AnnualReport;

/**
 * Reads and checks one document under the reader's limits and, besides, under a watchdog: a
 * document with no result after {@code patience} is recorded as {@code time-limit} and abandoned
 * (its thread is interrupted and, being a daemon, cannot keep the JVM alive). Whatever a document
 * does, the outcome is a value, never an exception. Thread-safe; used by each partition of the
 * Spark job. The batch reads on its own threads ({@link #attempt}) and keeps the time itself
 * ({@link BatchRunner}).
 */
public final class Watchdog implements AutoCloseable {

    /** One document to read: its name and how to read it. */
    public record Job(String source, Reader read) {
        public Job {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(read, "read");
        }
    }

    /** Where the stack traces of defects of xxgk go (a document failed with reason {@code internal}). */
    @FunctionalInterface
    interface InternalErrors {
        /** On stderr: the Spark job's executors log it there. */
        InternalErrors STDERR = (source, e) -> {
            System.err.println("xxgk: " + source + ": internal error in xxgk, please report it:");
            e.printStackTrace();
        };

        void record(String source, Throwable e);
    }

    /** Reads one document with the shared reader. */
    @FunctionalInterface
    public interface Reader {
        AnnualReport read(XxgkReader reader) throws Exception;
    }

    private final XxgkReader reader;
    private final Duration patience;
    private final ExecutorService workers;
    private final InternalErrors internalErrors;

    public Watchdog(XxgkReader reader, Duration patience, String threadPrefix) {
        this(reader, patience, threadPrefix, InternalErrors.STDERR);
    }

    public Watchdog(XxgkReader reader, Duration patience, String threadPrefix, InternalErrors internalErrors) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.internalErrors = Objects.requireNonNull(internalErrors, "internalErrors");
        this.patience = Objects.requireNonNull(patience, "patience");
        this.workers = Executors.newCachedThreadPool(daemons(threadPrefix));
    }

    /** The outcome of one document; the calling thread waits at most {@code patience}. */
    public BatchOutcome outcome(Job job) {
        Future<BatchOutcome> work = workers.submit(() -> attempt(job));
        try {
            return work.get(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return timedOut(job);
        } catch (ExecutionException e) {
            return internalError(job, e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return new BatchOutcome.Failed(job.source(), "interrupted", "the batch was interrupted");
        }
    }

    /** What a job that ran out of patience comes to. */
    BatchOutcome timedOut(Job job) {
        return new BatchOutcome.Failed(job.source(), "time-limit",
                "no result within " + BatchDurations.text(patience) + " (the batch watchdog); abandoned");
    }

    /** How long a job may take. */
    Duration patience() {
        return patience;
    }

    /**
     * The job run on the calling thread, with no patience: for a caller that watches the time
     * itself ({@link BatchRunner}), and so spares a hand-over between threads per document.
     */
    BatchOutcome attempt(Job job) {
        try {
            AnnualReport report = job.read().read(reader);
            return new BatchOutcome.Read(job.source(), report, reader.check(report));
        } catch (InternalErrorException e) {
            return internalError(job, e.getCause());
        } catch (XxgkException e) {
            return BatchOutcome.Failed.of(job.source(), e);
        } catch (OutOfMemoryError e) {
            // the heap the document took is free again once its objects are gone: the batch goes on
            return new BatchOutcome.Failed(
                    job.source(), "out-of-memory", "ran out of memory reading it (give each thread 256 MB)");
        } catch (Throwable e) { // NOPMD: whatever a document does, the batch goes on and records it
            return internalError(job, e);
        }
    }

    private BatchOutcome internalError(Job job, Throwable e) {
        internalErrors.record(job.source(), e);
        return new BatchOutcome.Failed(job.source(), Reason.INTERNAL.code(), "internal error, please report it: " + e);
    }

    /** Abandons whatever is still running. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
