package org.xxgk.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.xxgk.internal.RuleRuns;
import org.xxgk.model.AnnualReport;

/**
 * Runs every rule of {@code spec/rules.md} on a report, or on a set of reports for the
 * cross-report rules. Immutable and thread-safe: the rules are constant data and each call keeps
 * its working state to itself.
 *
 * <p>Order of the results, the same on every run:
 * <ul>
 *   <li>one report: by rule, in the order of rules.md (APP_ROW_SUM, APP_OTHER_SUM, APP_RESULT_SUM,
 *       APP_BALANCE, REVIEW_SUM, NON_NEGATIVE_COUNT, MISSING_TOTAL, ACTIVE_PUBLISHED_LE_TOTAL,
 *       UNIT_MISMATCH, TEMPLATE_YEAR, MISSING_TABLE, EMPTY_SECTION, NARRATIVE_MISMATCH, then the
 *       LEGACY rules); within a rule, in the order of the cells it reads ({@code cells.md} order:
 *       rows, then columns; LEGACY indicators in print order), prose figures in the order the
 *       prose states them. A rule's INFO findings (an item it needs is missing) come first in its
 *       place.</li>
 *   <li>a set: the reports sorted by source name (then agency, year, template; ties keep the
 *       collection's order), each report's findings as above, then CROSS_YEAR_CARRY and
 *       CROSS_YEAR_PREVIOUS (by the later report of a pair in that sorted order, then the earlier
 *       one, then column or row), then DUPLICATE_TEXT (section 一 before the problems section,
 *       then by the report a finding belongs to: at most one a report and section, naming the
 *       earliest report before it that it copies).</li>
 * </ul>
 */
public final class ConsistencyChecker {

    /** The one order of a set: by source name, then agency, year, template (the parts of the identity). */
    private static final Comparator<ReportDigest> ORDER = Comparator.comparing(ReportDigest::source)
            .thenComparing(r -> r.agency().orElse(""))
            .thenComparingInt(r -> r.year().orElse(Integer.MIN_VALUE))
            .thenComparing(r -> r.template().name());

    public ConsistencyChecker() {}

    /** The findings of one report: its own sums, balances, prose figures and plausibility. */
    public List<Finding> check(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        Audit audit = new Audit(report, Rules.REPORT);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : Rules.REPORT) {
            if (!rule.appliesTo(report.template())) continue;
            RuleRuns.ran(report.source(), rule.id());
            findings.addAll(rule.check().run(rule, audit));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings of every report of the set, followed by those of the cross-report rules: each
     * report's rules run once, then the cross-report rules on the reports' digests.
     */
    public List<Finding> check(Collection<AnnualReport> reports) {
        Objects.requireNonNull(reports, "reports");
        record Entry(AnnualReport report, ReportDigest digest) {}
        List<Entry> sorted = new ArrayList<>();
        for (AnnualReport report : reports) {
            sorted.add(new Entry(Objects.requireNonNull(report, "reports contains null"), ReportDigest.of(report)));
        }
        sorted.sort(Comparator.comparing(Entry::digest, ORDER));
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : sorted) findings.addAll(check(entry.report()));
        findings.addAll(across(sorted.stream().map(Entry::digest).toList(), d -> true));
        return List.copyOf(findings);
    }

    /**
     * The findings of the cross-report rules alone ({@code CROSS_YEAR_CARRY}, {@code CROSS_YEAR_PREVIOUS},
     * {@code DUPLICATE_TEXT}), in the order {@link #check(Collection)} gives them. A finding belongs to
     * the later report of its pair (by the order above).
     */
    public List<Finding> checkAcross(Collection<ReportDigest> digests) {
        Objects.requireNonNull(digests, "digests");
        return across(digests, d -> true);
    }

    /**
     * The cross-report findings that belong to one report, for a run that never holds the whole
     * collection: given the reports it pairs with (those whose {@link ReportDigest#offerKeys()} meet
     * its {@link ReportDigest#lookupKeys()}; more do no harm), they are the findings
     * {@link #checkAcross(Collection)} gives it over any collection that holds them, in the same
     * order. Only the pairs that end on {@code report} are compared.
     */
    public List<Finding> checkAcross(ReportDigest report, Collection<ReportDigest> partners) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(partners, "partners");
        List<ReportDigest> set = new ArrayList<>(partners);
        set.removeIf(d -> d == report);
        set.add(report);
        return across(set, d -> d == report);
    }

    private static List<Finding> across(Collection<ReportDigest> digests, Predicate<ReportDigest> owners) {
        List<ReportDigest> sorted = new ArrayList<>(digests);
        sorted.forEach(d -> Objects.requireNonNull(d, "digests contains null"));
        sorted.sort(ORDER);
        List<ReportDigest> ordered = List.copyOf(sorted);
        List<Finding> findings = new ArrayList<>();
        for (CrossRule rule : Rules.CROSS) findings.addAll(rule.check().run(rule, ordered, owners));
        return List.copyOf(findings);
    }
}
