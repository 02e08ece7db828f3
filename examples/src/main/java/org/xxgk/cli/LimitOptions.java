package org.xxgk.cli;

import java.time.Duration;
import org.xxgk.Limits;
import org.xxgk.batch.BatchDurations;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * The per-document limits ({@link Limits}), as options shared by {@code xxgk extract}, {@code check},
 * {@code batch} and the Spark job.
 */
public final class LimitOptions {

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Largest file read (default ${DEFAULT-VALUE}); a larger one fails with too-large.")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--max-pages", paramLabel = "PAGES",
            description = "Most PDF pages read (default ${DEFAULT-VALUE}); more fail with too-many-pages.")
    int maxPages = Limits.DEFAULT.maxPages();

    @Option(names = "--max-cells", paramLabel = "CELLS",
            description = "Most table cells in one file (default ${DEFAULT-VALUE}); more fail with too-many-cells.")
    int maxCells = Limits.DEFAULT.maxCells();

    @Option(names = "--max-time", paramLabel = "TIME", converter = BatchDurations.Converter.class,
            description = "Longest time for one file, such as 60s, 500ms or 2m (default 60s); "
                    + "longer fails with time-limit.")
    Duration maxTime = Limits.DEFAULT.maxTime();

    /** The limits, or a usage error naming the bad one. */
    public Limits limits(CommandLine commandLine) {
        try {
            return new Limits(maxBytes, maxPages, maxCells, maxTime);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
    }
}
