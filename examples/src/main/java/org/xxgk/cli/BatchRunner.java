package org.xxgk.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.model.AnnualReport;

/**
 * Reads and checks many documents on a fixed number of threads, one outcome per document in input
 * order whatever the timing. Each document runs under the reader's limits and, besides, under a
 * watchdog: a document with no result after {@code watchdog} is recorded as {@code time-limit}
 * and abandoned (its thread is interrupted and, being a daemon, cannot keep the JVM alive), so
 * one pathological file never stalls the run.
 */
final class BatchRunner {

    /** One document to read: its name and how to read it. */
    record Job(String source, Reader read) {
        Job {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(read, "read");
        }
    }

    /** Reads one document with the shared reader. */
    @FunctionalInterface
    interface Reader {
        AnnualReport read(XxgkReader reader);
    }

    /** Told of each outcome as it arrives, and every {@link #TICK} while none does. */
    interface Listener {
        void done(BatchOutcome outcome);

        void idle();
    }

    static final Listener SILENT = new Listener() {
        @Override
        public void done(BatchOutcome outcome) {}

        @Override
        public void idle() {}
    };

    static final Duration TICK = Duration.ofSeconds(2);

    private final XxgkReader reader;
    private final int threads;
    private final Duration watchdog;

    BatchRunner(XxgkReader reader, int threads, Duration watchdog) {
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        this.threads = threads;
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
    }

    private record Indexed(int index, BatchOutcome outcome) {}

    /** Every job's outcome, in the order of {@code jobs}. */
    List<BatchOutcome> run(List<Job> jobs, Listener listener) throws InterruptedException {
        // at most `threads` documents at a time: a supervisor each; the reading itself runs on a
        // worker of its own so that the supervisor can give up on it
        ExecutorService supervisors = Executors.newFixedThreadPool(threads, daemons("xxgk-batch-"));
        ExecutorService workers = Executors.newCachedThreadPool(daemons("xxgk-batch-read-"));
        try {
            CompletionService<Indexed> completed = new ExecutorCompletionService<>(supervisors);
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                Job job = jobs.get(i);
                completed.submit(() -> new Indexed(index, supervise(workers, job)));
            }
            BatchOutcome[] outcomes = new BatchOutcome[jobs.size()];
            for (int received = 0; received < jobs.size(); ) {
                Future<Indexed> next = completed.poll(TICK.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    listener.idle();
                    continue;
                }
                Indexed result = result(next);
                outcomes[result.index()] = result.outcome();
                received++;
                listener.done(result.outcome());
            }
            return Arrays.asList(outcomes);
        } finally {
            supervisors.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static Indexed result(Future<Indexed> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            // supervise() catches everything, so this is a bug here
            throw new IllegalStateException("a batch supervisor failed", e.getCause());
        } catch (InterruptedException e) {
            // the future is complete: get() does not wait
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private BatchOutcome supervise(ExecutorService workers, Job job) {
        Future<BatchOutcome> work = workers.submit(() -> attempt(job));
        try {
            return work.get(watchdog.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return new BatchOutcome.Failed(job.source(), "time-limit",
                    "no result within " + BatchDurations.text(watchdog) + " (the batch watchdog); abandoned");
        } catch (ExecutionException e) {
            return internalError(job, e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return new BatchOutcome.Failed(job.source(), "interrupted", "the batch was interrupted");
        }
    }

    private BatchOutcome attempt(Job job) {
        try {
            AnnualReport report = job.read().read(reader);
            return new BatchOutcome.Read(job.source(), report, reader.check(report));
        } catch (XxgkException e) {
            return BatchOutcome.Failed.of(job.source(), e);
        } catch (Throwable e) { // NOPMD: whatever a document does, the batch goes on and records it
            return internalError(job, e);
        }
    }

    private static BatchOutcome internalError(Job job, Throwable e) {
        return new BatchOutcome.Failed(job.source(), "internal-error", "internal error, please report it: " + e);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
