package org.xxgk.extract;

import java.util.Objects;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;

/**
 * What an extractor is told besides the bytes: the document's name for errors and the limits it
 * must keep. Extractors call {@link #checkTime()} in their loops so that a pathological input
 * fails within the time limit instead of hanging a batch.
 */
public record ExtractionContext(String source, Limits limits, long deadlineNanos) {

    public ExtractionContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
    }

    /** A context whose clock starts now. */
    public static ExtractionContext start(String source, Limits limits) {
        return new ExtractionContext(source, limits, System.nanoTime() + limits.maxTime().toNanos());
    }

    /** Throws {@link LimitExceededException} ({@code time-limit}) once the deadline has passed. */
    public void checkTime() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new LimitExceededException(source, "time-limit",
                    "took longer than the limit of " + limits.maxTime().toMillis() + " ms");
        }
    }

    /** Throws {@link LimitExceededException} ({@code too-many-pages}) when {@code pages} is over the limit. */
    public void checkPages(int pages) {
        if (pages > limits.maxPages()) {
            throw new LimitExceededException(source, "too-many-pages",
                    pages + " pages, more than the limit of " + limits.maxPages());
        }
    }

    /** Throws {@link LimitExceededException} ({@code too-many-cells}) when {@code cells} is over the limit. */
    public void checkCells(long cells) {
        if (cells > limits.maxCells()) {
            throw new LimitExceededException(source, "too-many-cells",
                    cells + " table cells, more than the limit of " + limits.maxCells());
        }
    }
}
