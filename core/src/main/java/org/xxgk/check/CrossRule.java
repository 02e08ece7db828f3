package org.xxgk.check;

import java.util.List;
import java.util.Objects;

/** A rule over a set of reports (rules.md, "Across reports"). */
record CrossRule(String id, Severity severity, String titleZh, String titleEn, Check check) {

    CrossRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(check, "check");
    }

    /** What a cross-report rule does with the reports, given in the checker's order. */
    @FunctionalInterface
    interface Check {
        List<Finding> run(CrossRule rule, List<ReportDigest> reports);
    }
}
