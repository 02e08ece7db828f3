package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xxgk.internal.RuleRuns;
import org.xxgk.model.AnnualReport;

/** The digest the cross-report rules read, and the promise a distributed run relies on. */
class ReportDigestTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    /** Reports on which each cross-report rule fires, beside the five seeds. */
    private static List<AnnualReport> collection() {
        List<AnnualReport> reports = new ArrayList<>();
        for (String id : List.of("000", "001", "002", "003", "004")) reports.add(GoldenReports.of(id));
        reports.add(GoldenReports.builder("001").source("001-2023.txt").year(2023)
                .set("applications.carriedOver.naturalPerson", 3).set("applications.carriedOver.total", 3).build());
        reports.add(GoldenReports.builder("001").source("001-2024.txt").year(2024)
                .set("applications.carriedOver.legalPersonOther", 2).set("applications.carriedOver.total", 2).build());
        reports.add(GoldenReports.builder("003").source("003-2019.txt").year(2019).build());
        reports.add(GoldenReports.builder("000").source("copy.txt").agency("重庆市某局").build());
        reports.add(GoldenReports.builder("000").source("another-copy.txt").agency("重庆市另一局").year(2021).build());
        reports.add(GoldenReports.builder("000").source("000-again.html").build());
        return reports;
    }

    @Test
    void theCrossReportFindingsOfTheCheckerAreThoseOfTheDigests() {
        List<AnnualReport> reports = collection();
        List<Finding> all = checker.check(reports);
        List<Finding> across = checker.checkAcross(reports.stream().map(ReportDigest::of).toList());
        assertThat(across)
                .extracting(Finding::rule)
                .contains("CROSS_YEAR_CARRY", "CROSS_YEAR_PREVIOUS", "DUPLICATE_TEXT");
        assertThat(all.subList(all.size() - across.size(), all.size())).isEqualTo(across);
        assertThat(all.subList(0, all.size() - across.size())).noneMatch(f -> across.contains(f));
    }

    @Test
    void aSetRunsEachRuleOncePerReportAndTheCrossReportCallNone() {
        List<AnnualReport> reports = collection();
        Map<String, Integer> runs = new HashMap<>();
        List<ReportDigest> digests = reports.stream().map(ReportDigest::of).toList();
        RuleRuns.Handle listening = RuleRuns.listen((source, rule) -> runs.merge(source + " " + rule, 1, Integer::sum));
        try {
            checker.checkAcross(digests);
            assertThat(runs).isEmpty();
            checker.check(reports);
        } finally {
            listening.close();
        }
        assertThat(runs).isNotEmpty().allSatisfy((run, count) -> assertThat(count).as(run).isEqualTo(1));
        assertThat(runs.keySet().stream().map(run -> run.substring(0, run.lastIndexOf(' '))).distinct())
                .hasSize(reports.size());
    }

    @Test
    void eachReportGetsTheSameFindingsFromTheReportsItPairsWithAsFromAll() {
        List<ReportDigest> digests = collection().stream().map(ReportDigest::of).toList();
        List<Finding> whole = checker.checkAcross(digests);
        int pairedReports = 0;
        for (ReportDigest report : digests) {
            // what a join on the keys gives: the report and every one whose offer meets its lookup
            Set<String> sought = new HashSet<>(report.lookupKeys());
            List<ReportDigest> partners = new ArrayList<>(List.of(report));
            for (ReportDigest other : digests) {
                if (other != report && !other.edition().equals(report.edition())
                        && other.offerKeys().stream().anyMatch(sought::contains)) partners.add(other);
            }
            if (partners.size() > 1) pairedReports++;
            List<Finding> expected = whole.stream().filter(f -> f.source().equals(report.source())).toList();
            assertThat(checker.checkAcross(partners).stream().filter(f -> f.source().equals(report.source())).toList())
                    .as(report.source()).isEqualTo(expected);
            assertThat(checker.checkAcross(report, partners)).as(report.source()).isEqualTo(expected);
            // partners that do not pair with it change nothing
            assertThat(checker.checkAcross(report, digests)).as(report.source()).isEqualTo(expected);
        }
        assertThat(pairedReports).isGreaterThanOrEqualTo(5);
        // nothing is lost: every finding belongs to a report of the collection
        assertThat(whole).allMatch(f -> digests.stream().anyMatch(d -> d.source().equals(f.source())));
    }

    @Test
    void onlyReportsThatCanPairShareAKey() {
        ReportDigest y2022 = ReportDigest.of(GoldenReports.of("001"));
        ReportDigest y2023 = ReportDigest.of(GoldenReports.builder("001").source("b.txt").year(2023).build());
        ReportDigest y2024 = ReportDigest.of(GoldenReports.builder("001").source("c.txt").year(2024).build());
        ReportDigest noAgency = ReportDigest.of(GoldenReports.builder("001").source("d.txt").agency(null).build());
        assertThat(y2023.lookupKeys()).containsAnyElementsOf(y2022.offerKeys());
        assertThat(y2024.lookupKeys().stream().filter(k -> k.startsWith("year")))
                .doesNotContainAnyElementsOf(y2022.offerKeys());
        assertThat(noAgency.lookupKeys()).noneMatch(k -> k.startsWith("year"));
        assertThat(noAgency.offerKeys()).noneMatch(k -> k.startsWith("year"));
    }

    @Test
    void aDigestKeepsOnlyWhatTheRulesReadAndSurvivesSerialisation() throws IOException, ClassNotFoundException {
        AnnualReport report = GoldenReports.of("004");
        ReportDigest digest = ReportDigest.of(report);
        assertThat(CrossReportItems.KEYS_READ).containsAll(digest.cells().keySet());
        assertThat(digest.cells()).isNotEmpty();
        assertThat(digest.source()).isEqualTo(report.source());
        assertThat(digest.agency()).isEqualTo(report.agency());
        assertThat(digest.year()).isEqualTo(report.year());
        assertThat(digest.identity()).isEqualTo(Audit.identity(report));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(digest);
        }
        assertThat(bytes.size()).isLessThan(16 * 1024);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ReportDigest copy = (ReportDigest) in.readObject();
            assertThat(copy).isEqualTo(digest).hasSameHashCodeAs(digest);
            assertThat(copy.lookupKeys()).isEqualTo(digest.lookupKeys());
        }
    }
}
