package org.xxgk.check;

import java.util.Collection;
import java.util.List;
import org.xxgk.model.AnnualReport;

/**
 * Runs every rule of {@code spec/rules.md} on a report, or on a set of reports for the
 * cross-report rules. Immutable and thread-safe; results are ordered and deterministic.
 */
public final class ConsistencyChecker {

    public ConsistencyChecker() {}

    /** The findings of one report: its own sums, balances, prose figures and plausibility. */
    public List<Finding> check(AnnualReport report) {
        throw new UnsupportedOperationException("not implemented yet"); // TODO(issue 3)
    }

    /** The findings of every report of the set, followed by those of the cross-report rules. */
    public List<Finding> check(Collection<AnnualReport> reports) {
        throw new UnsupportedOperationException("not implemented yet"); // TODO(issue 3)
    }
}
