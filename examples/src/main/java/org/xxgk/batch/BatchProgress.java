package org.xxgk.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a batch on stderr: a progress bar on a terminal; elsewhere (a log file, a pipe, a
 * test) a plain line every {@link #EVERY} or every 10%, which a log keeps readable where a
 * redrawn bar would leave a mess of carriage returns.
 */
abstract class BatchProgress implements BatchRunner.Listener, AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(2);

    final int total;
    int done;
    int failed;

    private BatchProgress(int total) {
        this.total = total;
    }

    /** A bar when stderr is a terminal, else plain lines. */
    static BatchProgress on(PrintWriter err, int total) {
        return System.console() != null ? new Bar(err, total) : new Lines(err, total);
    }

    @Override
    public void done(BatchOutcome outcome) {
        counted(outcome instanceof BatchOutcome.Failed);
    }

    /** One more file done (read now, or found done in the journal). */
    void counted(boolean failure) {
        done++;
        if (failure) failed++;
        shown();
    }

    @Override
    public void idle() {
        shown();
    }

    abstract void shown();

    @Override
    public abstract void close();

    private static final class Bar extends BatchProgress {
        private final PrintWriter err;
        private final ProgressBar bar;

        Bar(PrintWriter err, int total) {
            super(total);
            this.err = err;
            // through the tool's own UTF-8 stderr writer, redrawn in place with a carriage return
            this.bar = new ProgressBarBuilder()
                    .setTaskName("batch")
                    .setInitialMax(total)
                    .setUnit(" files", 1)
                    .showSpeed()
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print('\r');
                        err.print(line);
                        err.flush();
                    }))
                    .build();
        }

        @Override
        void shown() {
            bar.stepTo(done);
            if (failed > 0) bar.setExtraMessage(" " + failed + " failed");
        }

        @Override
        public void close() {
            bar.close();
            err.println();
            err.flush();
        }
    }

    private static final class Lines extends BatchProgress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long lastLine = start;
        private int lastDecile;

        Lines(PrintWriter err, int total) {
            super(total);
            this.err = err;
        }

        @Override
        void shown() {
            long now = System.nanoTime();
            int decile = total == 0 ? 10 : done * 10 / total;
            if (decile <= lastDecile && now - lastLine < EVERY.toNanos()) return;
            if (done == total && decile == lastDecile) return; // the summary follows at once
            lastDecile = decile;
            lastLine = now;
            err.println(String.format(
                    Locale.ROOT,
                    "xxgk batch: %d/%d files (%d%%), %d failed, %s",
                    done,
                    total,
                    total == 0 ? 100 : done * 100 / total,
                    failed,
                    BatchDurations.text(Duration.ofNanos(now - start))));
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
