package org.xxgk.extract;

import java.util.Objects;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.Reason;

/**
 * What an extractor is told besides the bytes: the document's name for errors, the limits it must
 * keep, and the {@link Vocabulary} that says what the documents' words mean (the reader passes the
 * report forms'). Extractors call {@link #checkTime()} in their loops so that a pathological input
 * fails within the time limit instead of hanging a batch.
 */
public record ExtractionContext(String source, Limits limits, long deadlineNanos, Vocabulary vocabulary) {

    public ExtractionContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** A context that knows no document's words ({@link Vocabulary#NONE}). */
    public ExtractionContext(String source, Limits limits, long deadlineNanos) {
        this(source, limits, deadlineNanos, Vocabulary.NONE);
    }

    /** A context whose clock starts now, knowing no document's words ({@link Vocabulary#NONE}). */
    public static ExtractionContext start(String source, Limits limits) {
        return start(source, limits, Vocabulary.NONE);
    }

    /** A context whose clock starts now. */
    public static ExtractionContext start(String source, Limits limits, Vocabulary vocabulary) {
        return new ExtractionContext(source, limits, System.nanoTime() + limits.maxTime().toNanos(), vocabulary);
    }

    /** Throws {@link LimitExceededException} ({@code time-limit}) once the deadline has passed. */
    public void checkTime() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new LimitExceededException(source, Reason.TIME_LIMIT,
                    "took longer than the limit of " + limits.maxTime().toMillis() + " ms");
        }
    }

    /** Throws {@link LimitExceededException} ({@code too-many-pages}) when {@code pages} is over the limit. */
    public void checkPages(int pages) {
        if (pages > limits.maxPages()) {
            throw new LimitExceededException(source, Reason.TOO_MANY_PAGES,
                    pages + " pages, more than the limit of " + limits.maxPages());
        }
    }

    /** Throws {@link LimitExceededException} ({@code too-many-cells}) when {@code cells} is over the limit. */
    public void checkCells(long cells) {
        if (cells > limits.maxCells()) {
            throw new LimitExceededException(source, Reason.TOO_MANY_CELLS,
                    cells + " table cells, more than the limit of " + limits.maxCells());
        }
    }

    /**
     * As {@link #checkCells(long)}, for a count in which every line of text outside the tables is a
     * cell too (plain text, where a table may be printed one cell per line; HTML): it bounds the
     * memory a huge text takes as well as a huge table.
     */
    public void checkCellsAndLines(long cells) {
        if (cells > limits.maxCells()) {
            throw new LimitExceededException(
                    source,
                    Reason.TOO_MANY_CELLS,
                    "more than " + limits.maxCells() + " table cells and lines of text, the limit of "
                            + limits.maxCells() + " cells");
        }
    }
}
