package org.xxgk.check;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A rule over a set of reports (rules.md, "Across reports"). */
record CrossRule(String id, Severity severity, String titleZh, String titleEn, Check check) {

    CrossRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(check, "check");
    }

    /**
     * What a cross-report rule does with the reports, given in the checker's order: the findings
     * that belong to the reports {@code owners} accepts (a finding belongs to the later report of
     * its pair), the pairs of other reports not even compared.
     */
    @FunctionalInterface
    interface Check {
        List<Finding> run(CrossRule rule, List<ReportDigest> reports, Predicate<ReportDigest> owners);
    }
}
