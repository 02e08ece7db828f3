package org.xxgk;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.model.AnnualReport;

/**
 * The entry point. {@code Xxgk.read(path)} reads a report with the default {@link Limits};
 * {@code Xxgk.builder().limits(...).build()} makes a reader with other options. Readers are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * AnnualReport report = Xxgk.read(Path.of("report.pdf"));
 * report.value("applications.newlyReceived.total");
 * List<Finding> findings = Xxgk.check(report);
 * }</pre>
 */
public final class Xxgk {

    private Xxgk() {}

    /** Reads a report from a file (PDF, HTML or text, told apart by content). */
    public static AnnualReport read(Path path) {
        return XxgkReader.defaults().read(path);
    }

    /** Reads a report from a stream, which is read to its end and not closed; {@code name} names it in errors. */
    public static AnnualReport read(InputStream in, String name) {
        return XxgkReader.defaults().read(in, name);
    }

    /** Runs the consistency rules on one report. */
    public static List<Finding> check(AnnualReport report) {
        return XxgkReader.defaults().check(report);
    }

    /** Runs the consistency rules on each report, then the cross-report rules on the set. */
    public static List<Finding> check(Collection<AnnualReport> reports) {
        return XxgkReader.defaults().check(reports);
    }

    /**
     * Runs the cross-report rules alone on the digests of a set of reports
     * ({@link ReportDigest#of}), for a caller that checked each report as it read it.
     */
    public static List<Finding> checkAcross(Collection<ReportDigest> digests) {
        return XxgkReader.defaults().checkAcross(digests);
    }

    /**
     * The cross-report findings of one report from the reports it may pair with alone (see
     * {@link ReportDigest}), for a distributed run: the same as {@link #checkAcross(Collection)}
     * gives it over any set that holds them.
     */
    public static List<Finding> checkAcross(ReportDigest report, Collection<ReportDigest> partners) {
        return XxgkReader.defaults().checkAcross(report, partners);
    }

    /** A builder for a reader with other options. */
    public static XxgkReader.Builder builder() {
        return new XxgkReader.Builder();
    }
}
