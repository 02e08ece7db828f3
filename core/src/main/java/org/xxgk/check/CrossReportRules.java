package org.xxgk.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

/**
 * The rules over a set of reports: carried applications, item counts across years, copied text.
 * They read {@link ReportDigest}s, never whole reports, so that the same code runs on one machine
 * and, fed the digests that pair, on many.
 */
final class CrossReportRules {

    private CrossReportRules() {}

    private static final Set<Template> TABLES = EnumSet.of(Template.V2019, Template.V2021);
    static final double DUPLICATE_THRESHOLD = 0.9;

    /** An earlier and a later report of one agency, for consecutive years. */
    record YearPair(ReportDigest earlier, ReportDigest later) {}

    /**
     * Pairs of one agency's reports for consecutive years, ordered by the later report, then the
     * earlier. Linear: the reports are indexed once by agency and year.
     */
    static List<YearPair> consecutiveYears(List<ReportDigest> reports, Predicate<ReportDigest> owners) {
        Map<String, List<ReportDigest>> byYear = new HashMap<>();
        for (ReportDigest report : reports) {
            if (report.agency().isEmpty() || report.year().isEmpty()) continue;
            String key = agencyYear(report.agency().get(), report.year().getAsInt());
            byYear.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
        }
        List<YearPair> pairs = new ArrayList<>();
        for (ReportDigest later : reports) {
            if (later.agency().isEmpty() || later.year().isEmpty() || !owners.test(later)) continue;
            String before = agencyYear(later.agency().get(), later.year().getAsInt() - 1);
            for (ReportDigest earlier : byYear.getOrDefault(before, List.of())) pairs.add(new YearPair(earlier, later));
        }
        return pairs;
    }

    private static String agencyYear(String agency, int year) {
        return agency + "\u0000" + year;
    }

    /** CROSS_YEAR_CARRY: carriedOver.c (year) = carriedForward.c (year − 1), for c ∈ C+. */
    static List<Finding> carriedApplications(
            CrossRule rule, List<ReportDigest> reports, Predicate<ReportDigest> owners) {
        List<Finding> out = new ArrayList<>();
        for (YearPair pair : consecutiveYears(reports, owners)) {
            if (!TABLES.contains(pair.earlier().template()) || !TABLES.contains(pair.later().template())) continue;
            // a blank beside a printed number is 0, but a report without table 三 says nothing
            if (!pair.earlier().printsApplications() || !pair.later().printsApplications()) continue;
            for (Item column : Keys.columnsWithTotal()) {
                String over = Keys.application(Keys.CARRIED_OVER, column.id());
                String forward = Keys.application(Keys.CARRIED_FORWARD, column.id());
                Optional<BigDecimal> carriedOver = pair.later().value(over);
                Optional<BigDecimal> carriedForward = pair.earlier().value(forward);
                if (carriedOver.isEmpty() && carriedForward.isEmpty()) continue;
                BigDecimal expected = carriedForward.orElse(BigDecimal.ZERO);
                BigDecimal actual = carriedOver.orElse(BigDecimal.ZERO);
                if (expected.compareTo(actual) == 0) continue;
                Map<String, Provenance> provenance = new LinkedHashMap<>();
                pair.later().provenance(over).ifPresent(p -> provenance.put(over, p));
                pair.earlier().provenance(forward).ifPresent(p -> provenance.put(forward, p));
                out.add(finding(
                        rule,
                        pair,
                        List.of(over, forward),
                        Optional.of(expected),
                        Optional.of(actual),
                        provenance,
                        column.label() + " 列:" + year(pair.later()) + " 年上年结转 " + Audit.plain(actual) + ",而 "
                                + year(pair.earlier()) + " 年结转下年度 " + Audit.plain(expected),
                        "column " + column.id() + ": carried over into " + year(pair.later()) + " "
                                + Audit.plain(actual) + ", carried forward from " + year(pair.earlier()) + " "
                                + Audit.plain(expected),
                        ""));
            }
        }
        return out;
    }

    /** CROSS_YEAR_PREVIOUS: V2019, active.X.previousYear (year) = previousYear + change (year − 1). */
    static List<Finding> previousYearCounts(
            CrossRule rule, List<ReportDigest> reports, Predicate<ReportDigest> owners) {
        List<Finding> out = new ArrayList<>();
        for (YearPair pair : consecutiveYears(reports, owners)) {
            if (pair.earlier().template() != Template.V2019 || pair.later().template() != Template.V2019) continue;
            for (ActiveRow row : CrossReportItems.CARRIED_ACTIVE_ROWS) {
                String previous = Keys.active(row.id(), Keys.PREVIOUS_YEAR);
                String change = Keys.active(row.id(), Keys.CHANGE);
                Optional<BigDecimal> before = pair.earlier().value(previous);
                Optional<BigDecimal> delta = pair.earlier().value(change);
                Optional<BigDecimal> now = pair.later().value(previous);
                if (now.isEmpty() || (before.isEmpty() && delta.isEmpty())) continue;
                BigDecimal expected = before.orElse(BigDecimal.ZERO).add(delta.orElse(BigDecimal.ZERO));
                if (expected.compareTo(now.get()) == 0) continue;
                Map<String, Provenance> provenance = new LinkedHashMap<>();
                pair.later().provenance(previous).ifPresent(p -> provenance.put(previous, p));
                pair.earlier().provenance(change).ifPresent(p -> provenance.put(change, p));
                out.add(finding(
                        rule,
                        pair,
                        List.of(previous, change),
                        Optional.of(expected),
                        now,
                        provenance,
                        row.label() + ":" + year(pair.later()) + " 年上一年项目数量 " + Audit.plain(now.get()) + ",而 "
                                + year(pair.earlier()) + " 年的上一年项目数量加本年增减为 " + Audit.plain(expected),
                        row.id() + ": previous-year count in " + year(pair.later()) + " is " + Audit.plain(now.get())
                                + ", " + year(pair.earlier()) + "'s previous-year count plus change gives "
                                + Audit.plain(expected),
                        ""));
            }
        }
        return out;
    }

    /**
     * DUPLICATE_TEXT: for each report and section (一, or the problems section: 五, LEGACY 六, or
     * wherever its heading names it), one finding naming the earliest report before it in the set's
     * order, of another agency or year, whose normalised text has shingle Jaccard ≥ 0.9 with its own.
     * A boilerplate section shared by k reports gives k - 1 findings, each naming the first of them,
     * not one a pair: the output of a folder of many look-alike reports stays linear in its size.
     */
    static List<Finding> duplicateText(CrossRule rule, List<ReportDigest> reports, Predicate<ReportDigest> owners) {
        // one report read twice (same agency and year) is no copy: not even compared. Each report's
        // edition is numbered once, so that a bucket of copies of one edition costs no comparison.
        int[] editions = new int[reports.size()];
        boolean[] owned = new boolean[reports.size()];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            editions[i] = numbers.computeIfAbsent(reports.get(i).edition(), e -> numbers.size());
            owned[i] = owners.test(reports.get(i));
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < CrossReportItems.COMPARED_SECTIONS.size(); k++) {
            CrossReportItems.ComparedSection kind = CrossReportItems.COMPARED_SECTIONS.get(k);
            List<String> texts = new ArrayList<>();
            List<long[]> buckets = new ArrayList<>();
            for (ReportDigest report : reports) {
                texts.add(report.comparedText(k));
                buckets.add(report.buckets(k));
            }
            List<NearDuplicates.Pair> pairs =
                    NearDuplicates.find(texts, buckets, editions, DUPLICATE_THRESHOLD, i -> owned[i]);
            for (NearDuplicates.Pair p : pairs) {
                ReportDigest a = reports.get(p.first());
                ReportDigest b = reports.get(p.second());
                BigDecimal similarity = BigDecimal.valueOf(p.similarity()).setScale(3, RoundingMode.HALF_UP);
                out.add(finding(
                        rule,
                        new YearPair(a, b),
                        List.of(),
                        Optional.empty(),
                        Optional.of(similarity),
                        Map.of(),
                        kind.nameZh() + " 与 " + a.source() + " 内容雷同(相似度 " + similarity.toPlainString() + ")",
                        kind.nameEn() + " is near-identical to that of " + a.source() + " (similarity "
                                + similarity.toPlainString() + ")",
                        kind.nameEn()));
            }
        }
        return out;
    }

    private static String year(ReportDigest report) {
        return report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "?";
    }

    /** A finding on the later report of a pair, fingerprinted by both. */
    private static Finding finding(CrossRule rule, YearPair pair, List<String> keys, Optional<BigDecimal> expected,
                                   Optional<BigDecimal> actual, Map<String, Provenance> provenance,
                                   String detailZh, String detailEn, String discriminator) {
        return new Finding(
                pair.later().source(),
                rule.id(),
                rule.severity(),
                rule.titleZh() + "。" + pair.later().source() + " / "
                        + pair.earlier().source() + ":" + detailZh,
                rule.titleEn() + ". " + pair.later().source() + " / "
                        + pair.earlier().source() + ": " + detailEn,
                keys,
                expected,
                actual,
                provenance,
                Audit.fingerprint(
                        List.of(pair.earlier().identity(), pair.later().identity()), rule.id(), keys, discriminator));
    }
}
