package org.xxgk.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import org.xxgk.XxgkReader;

/**
 * Reads and checks many documents on a fixed number of threads, each under a {@link Watchdog}, so
 * that one pathological file never stalls the run. {@link #stream} hands each result to the caller
 * as it comes and starts no more than {@link #AHEAD} documents per thread beyond those the caller has
 * taken, so memory holds a few results whatever the number of documents; {@link #run} collects the
 * outcomes in input order, for a set that fits in memory.
 */
public final class BatchRunner {

    /** Told of each outcome as it arrives, and every {@link #TICK} while none does. */
    interface Listener {
        void done(BatchOutcome outcome);

        void idle();
    }

    public static final Listener SILENT = new Listener() {
        @Override
        public void done(BatchOutcome outcome) {}

        @Override
        public void idle() {}
    };

    /** The work on one document, on a worker thread; it must not throw. */
    @FunctionalInterface
    interface Work<R> {
        public R run(int index, Watchdog watchdog);
    }

    /** Takes each result on the thread that called {@link #stream}, in the order they complete. */
    interface Sink<R> {
        void take(R result) throws IOException;

        void idle();
    }

    static final Duration TICK = Duration.ofSeconds(2);

    /** Documents started per thread beyond those whose results were taken. */
    static final int AHEAD = 4;

    private final XxgkReader reader;
    private final int threads;
    private final Duration watchdog;
    private final Watchdog.InternalErrors internalErrors;

    public BatchRunner(XxgkReader reader, int threads, Duration watchdog) {
        this(reader, threads, watchdog, Watchdog.InternalErrors.STDERR);
    }

    public BatchRunner(XxgkReader reader, int threads, Duration watchdog, Watchdog.InternalErrors internalErrors) {
        this.internalErrors = Objects.requireNonNull(internalErrors, "internalErrors");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        this.threads = threads;
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
    }

    /** Every job's outcome, in the order of {@code jobs}. */
    public List<BatchOutcome> run(List<Watchdog.Job> jobs, Listener listener) throws InterruptedException {
        BatchOutcome[] outcomes = new BatchOutcome[jobs.size()];
        record Indexed(int index, BatchOutcome outcome) {}
        Sink<Indexed> sink = new Sink<>() {
            @Override
            public void take(Indexed result) {
                outcomes[result.index()] = result.outcome();
                listener.done(result.outcome());
            }

            @Override
            public void idle() {
                listener.idle();
            }
        };
        try {
            stream(jobs.size(), (index, dog) -> new Indexed(index, dog.outcome(jobs.get(index))), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink above writes nothing
        }
        return Arrays.asList(outcomes);
    }

    /**
     * Runs {@code work} for the indexes {@code 0 .. count - 1} on the threads and hands every result
     * to {@code sink} on this thread as it completes; returns when all are taken. An exception of
     * the sink stops the run and is thrown.
     */
    <R> void stream(int count, Work<R> work, Sink<R> sink) throws InterruptedException, IOException {
        // at most `threads` documents at a time, each waiting on the watchdog's worker that reads it
        ExecutorService supervisors = Executors.newFixedThreadPool(threads, Watchdog.daemons("xxgk-batch-"));
        try (Watchdog dog = new Watchdog(reader, watchdog, "xxgk-batch-read-", internalErrors)) {
            CompletionService<R> completed = new ExecutorCompletionService<>(supervisors);
            int window = threads * AHEAD;
            int submitted = 0;
            while (submitted < Math.min(count, window)) {
                int index = submitted++;
                completed.submit(() -> work.run(index, dog));
            }
            for (int taken = 0; taken < count; ) {
                Future<R> next = completed.poll(TICK.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    sink.idle();
                    continue;
                }
                sink.take(result(next));
                taken++;
                if (submitted < count) {
                    int index = submitted++;
                    completed.submit(() -> work.run(index, dog));
                }
            }
        } finally {
            supervisors.shutdownNow();
        }
    }

    private static <R> R result(Future<R> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            // the work catches everything, so this is a bug here
            throw new IllegalStateException("a batch supervisor failed", e.getCause());
        } catch (InterruptedException e) {
            // the future is complete: get() does not wait
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
