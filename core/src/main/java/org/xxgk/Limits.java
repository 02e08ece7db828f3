package org.xxgk;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-document limits. A document over one fails alone with {@link LimitExceededException};
 * the defaults fit any real annual report with a wide margin.
 *
 * @param maxBytes largest input read, in bytes (default 64 MiB)
 * @param maxPages most PDF pages read (default 200)
 * @param maxCells most table cells in one document after spans are expanded (default 200,000); in
 *                 text and HTML each line of text outside the tables counts as a cell too
 * @param maxTime  longest time one document may take (default 60 s)
 */
public record Limits(long maxBytes, int maxPages, int maxCells, Duration maxTime) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Limits DEFAULT = new Limits(64L << 20, 200, 200_000, Duration.ofSeconds(60));

    public Limits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxPages <= 0) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        if (maxCells <= 0) throw new IllegalArgumentException("maxCells must be positive: " + maxCells);
        if (maxTime.isNegative() || maxTime.isZero())
            throw new IllegalArgumentException("maxTime must be positive: " + maxTime);
    }

    public Limits withMaxBytes(long value) { return new Limits(value, maxPages, maxCells, maxTime); }
    public Limits withMaxPages(int value) { return new Limits(maxBytes, value, maxCells, maxTime); }
    public Limits withMaxCells(int value) { return new Limits(maxBytes, maxPages, value, maxTime); }
    public Limits withMaxTime(Duration value) { return new Limits(maxBytes, maxPages, maxCells, value); }
}
