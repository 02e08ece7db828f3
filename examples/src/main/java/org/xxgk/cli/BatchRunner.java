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
import java.util.concurrent.TimeUnit;
import org.xxgk.XxgkReader;

/**
 * Reads and checks many documents on a fixed number of threads, one outcome per document in input
 * order whatever the timing, each under a {@link Watchdog}, so that one pathological file never
 * stalls the run.
 */
final class BatchRunner {

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
    List<BatchOutcome> run(List<Watchdog.Job> jobs, Listener listener) throws InterruptedException {
        // at most `threads` documents at a time, each waiting on the watchdog's worker that reads it
        ExecutorService supervisors = Executors.newFixedThreadPool(threads, Watchdog.daemons("xxgk-batch-"));
        try (Watchdog dog = new Watchdog(reader, watchdog, "xxgk-batch-read-")) {
            CompletionService<Indexed> completed = new ExecutorCompletionService<>(supervisors);
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                Watchdog.Job job = jobs.get(i);
                completed.submit(() -> new Indexed(index, dog.outcome(job)));
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
        }
    }

    private static Indexed result(Future<Indexed> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            // the watchdog catches everything, so this is a bug here
            throw new IllegalStateException("a batch supervisor failed", e.getCause());
        } catch (InterruptedException e) {
            // the future is complete: get() does not wait
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
