package org.xxgk.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntToLongFunction;
import org.xxgk.XxgkReader;

/**
 * Reads and checks many documents on a fixed number of threads, each under a watchdog, so that one
 * pathological file never stalls the run. {@link #stream} hands each result to the caller as it
 * comes and starts no more than {@link #AHEAD} documents per thread beyond those the caller has
 * taken, so memory holds a few results whatever the number of documents; {@link #run} collects the
 * outcomes in input order, for a set that fits in memory. Of the documents started ahead, a free
 * thread takes the heaviest (the largest file): a large PDF among the last of a folder is then
 * begun while the small files after it are read on the other threads, not left to one thread alone
 * at the end. Over the samples' fifteen documents this lifts what two threads can gain, with their
 * times on one thread, from about 1.75 (in path order) to about 1.9 (the bench's order-ideal).
 *
 * <p>Each thread reads its documents itself, and the thread that takes the results watches the
 * time: a document still being read after the patience is recorded as {@code time-limit} by a new
 * thread, which takes the place of the one left with it (interrupted, a daemon, its result
 * dropped). A hand-over to another thread per document, as {@link Watchdog#outcome} makes, left
 * a tenth of two processors idle, waiting for threads to wake.
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
        public R run(int index, Guard guard);
    }

    /** Reads a document for a {@link Work}, on its thread, under the watchdog. */
    @FunctionalInterface
    interface Guard {
        BatchOutcome outcome(Watchdog.Job job);
    }

    /** Takes each result on the thread that called {@link #stream}, in the order they complete. */
    interface Sink<R> {
        void take(R result) throws IOException;

        void idle();
    }

    static final Duration TICK = Duration.ofSeconds(2);

    /** Documents started per thread beyond those whose results were taken. */
    public static final int AHEAD = 4;

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

    /** Every job's outcome, in the order of {@code jobs}, each started in its turn. */
    public List<BatchOutcome> run(List<Watchdog.Job> jobs, Listener listener) throws InterruptedException {
        return run(jobs, index -> 0, listener);
    }

    /**
     * Every job's outcome, in the order of {@code jobs}; of those started ahead, the heaviest by
     * {@code weight} (its size, say) first.
     */
    public List<BatchOutcome> run(List<Watchdog.Job> jobs, IntToLongFunction weight, Listener listener)
            throws InterruptedException {
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
            stream(jobs.size(), weight, (index, guard) -> new Indexed(index, guard.outcome(jobs.get(index))), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink above writes nothing
        }
        return Arrays.asList(outcomes);
    }

    /**
     * Runs {@code work} for the indexes {@code 0 .. count - 1} on the threads and hands every result
     * to {@code sink} on this thread as it completes; returns when all are taken. The indexes are
     * started in order, {@link #AHEAD} a thread beyond those taken, and of those a free thread takes
     * the heaviest by {@code weight} (ties in order). An exception of the sink stops the run and is
     * thrown.
     */
    <R> void stream(int count, IntToLongFunction weight, Work<R> work, Sink<R> sink)
            throws InterruptedException, IOException {
        try (Watchdog dog = new Watchdog(reader, watchdog, "xxgk-batch-read-", internalErrors);
             Lanes<R> lanes = new Lanes<>(work, dog, weight)) {
            int window = threads * AHEAD;
            int submitted = 0;
            // the first window before the threads, so that the first ones taken are the heaviest of it
            while (submitted < Math.min(count, window)) lanes.submit(submitted++);
            for (int i = 0; i < threads; i++) lanes.start(null);
            for (int taken = 0; taken < count; ) {
                Optional<R> next = lanes.poll(TICK.toNanos());
                if (next.isEmpty()) {
                    sink.idle();
                    continue;
                }
                sink.take(next.get());
                taken++;
                if (submitted < count) lanes.submit(submitted++);
            }
        }
    }

    /**
     * The threads of a {@link #stream}, each reading the documents it takes, and what they hand
     * back. Only the thread that calls {@link #poll} starts threads and gives up on documents.
     */
    private static final class Lanes<R> implements AutoCloseable {
        /** A failure of the work itself, which must not throw: a bug here. */
        private record Result<R>(R value, Throwable failure) {}

        /** A document being read on a lane, since {@code start}. */
        private record Reading(int index, long start) {}

        private final Work<R> work;
        private final Watchdog dog;
        private final long patience;
        private final ThreadFactory factory = Watchdog.daemons("xxgk-batch-");
        private final BlockingQueue<Integer> tasks;
        private final BlockingQueue<Result<R>> results = new LinkedBlockingQueue<>();
        private final List<Lane> lanes = new ArrayList<>();

        Lanes(Work<R> work, Watchdog dog, IntToLongFunction weight) {
            this.work = work;
            this.dog = dog;
            this.patience = dog.patience().toNanos();
            Comparator<Integer> heaviest = Comparator.comparingLong((Integer index) -> weight.applyAsLong(index))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder());
            this.tasks = new PriorityBlockingQueue<>(11, heaviest);
        }

        void submit(int index) {
            tasks.add(index);
        }

        /** A new lane; it first hands back document {@code timedOut} as out of time, if there is one. */
        void start(Integer timedOut) {
            Lane lane = new Lane(timedOut);
            lane.thread = factory.newThread(lane);
            lanes.add(lane);
            lane.thread.start();
        }

        /**
         * The next result, waiting at most {@code nanos}; meanwhile a document read for longer than
         * the patience is given up, and a new lane takes the place of its own.
         */
        Optional<R> poll(long nanos) throws InterruptedException {
            long end = System.nanoTime() + nanos;
            while (true) {
                long now = System.nanoTime();
                long wait = Math.min(end - now, giveUpOverdue(now));
                Result<R> result = wait > 0 ? results.poll(wait, TimeUnit.NANOSECONDS) : results.poll();
                if (result != null) {
                    if (result.failure() != null) {
                        // the work catches everything, so this is a bug here
                        throw new IllegalStateException("a batch thread failed", result.failure());
                    }
                    return Optional.of(result.value());
                }
                if (System.nanoTime() - end >= 0) return Optional.empty();
            }
        }

        /** Gives up the documents over the patience; how long until the next one could be. */
        private long giveUpOverdue(long now) {
            // checked at least every eighth of the patience: a document started since is late by that at most
            long next = Math.max(1, patience / 8);
            for (Lane lane : List.copyOf(lanes)) {
                Reading reading = lane.reading.get();
                if (reading == null) continue;
                long left = reading.start() + patience - now;
                if (left > 0) {
                    next = Math.min(next, left);
                } else if (lane.reading.compareAndSet(reading, null)) {
                    lanes.remove(lane);
                    lane.thread.interrupt();
                    start(reading.index());
                }
            }
            return next;
        }

        @Override
        public void close() {
            for (Lane lane : lanes) lane.thread.interrupt();
        }

        private final class Lane implements Runnable {
            /** The document being read, while it is; taken away by the watch when it runs late. */
            final AtomicReference<Reading> reading = new AtomicReference<>();
            final Integer timedOut;
            Thread thread;
            /** Whether the watch took the document away: read by this lane's thread alone. */
            private boolean late;
            private int index;

            Lane(Integer timedOut) {
                this.timedOut = timedOut;
            }

            @Override
            public void run() {
                try {
                    if (timedOut != null) results.put(attempt(timedOut, dog::timedOut));
                    while (true) {
                        index = tasks.take();
                        Result<R> result = attempt(index, this::outcome);
                        if (late) return; // its result is the time-limit a new lane handed back
                        results.put(result);
                    }
                } catch (InterruptedException e) {
                    // the run is over
                }
            }

            private Result<R> attempt(int task, Guard guard) {
                try {
                    return new Result<>(work.run(task, guard), null);
                } catch (Throwable e) { // NOPMD: handed to the thread that takes the results
                    return new Result<>(null, e);
                }
            }

            private BatchOutcome outcome(Watchdog.Job job) {
                Reading started = new Reading(index, System.nanoTime());
                reading.set(started);
                BatchOutcome outcome = dog.attempt(job);
                if (!reading.compareAndSet(started, null)) late = true;
                return outcome;
            }
        }
    }

}
