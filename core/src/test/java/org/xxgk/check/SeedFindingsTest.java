package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;

/** The checker on the five seeds, built from their golden files, finds exactly what the golden files list. */
class SeedFindingsTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    /** A finding reduced to what a golden file states. */
    record Seen(
            String rule,
            String severity,
            List<String> keys,
            Optional<BigDecimal> expected,
            Optional<BigDecimal> actual) {
        static Seen of(Finding f) {
            return new Seen(
                    f.rule(),
                    f.severity().name(),
                    f.keys(),
                    f.expected().map(Seen::norm),
                    f.actual().map(Seen::norm));
        }

        static Seen of(Golden.ExpectedFinding f) {
            return new Seen(f.rule(), f.severity(), f.keys(), f.expected().map(Seen::norm), f.actual().map(Seen::norm));
        }

        private static BigDecimal norm(BigDecimal v) {
            return v.stripTrailingZeros();
        }
    }

    private static List<Seen> seen(List<Finding> findings, String severity) {
        return findings.stream().map(Seen::of).filter(s -> s.severity().equals(severity)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void errorsAreExactlyTheGoldenErrors(String id) {
        AnnualReport report = GoldenReports.of(id);
        Golden golden = Golden.load(id);
        List<Finding> findings = checker.check(report);
        List<Seen> expected = golden.expectedFindings().stream()
                .map(Seen::of)
                .filter(s -> s.severity().equals("ERROR"))
                .toList();
        assertThat(seen(findings, "ERROR"))
                .as("ERRORs of %s: %s", id, findings)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void warningsIncludeTheGoldenWarnings(String id) {
        Golden golden = Golden.load(id);
        List<Finding> findings = checker.check(GoldenReports.of(id));
        List<Seen> expected = golden.expectedFindings().stream()
                .map(Seen::of)
                .filter(s -> s.severity().equals("WARNING"))
                .toList();
        assertThat(seen(findings, "WARNING")).as("WARNINGs of %s: %s", id, findings).containsAll(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void narrativeMismatchesAreTheGoldenOnes(String id) {
        Golden golden = Golden.load(id);
        List<Seen> narrative = checker.check(GoldenReports.of(id)).stream()
                .filter(f -> f.rule().equals("NARRATIVE_MISMATCH")).map(Seen::of).toList();
        List<Seen> expected = golden.narrativeFindings().stream().map(Seen::of).toList();
        assertThat(narrative).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyFindingOfTheSeedsIsAccountedFor(String id) {
        Golden golden = Golden.load(id);
        List<Seen> all = checker.check(GoldenReports.of(id)).stream().map(Seen::of).toList();
        List<Seen> expected = new java.util.ArrayList<>();
        golden.expectedFindings().forEach(f -> expected.add(Seen.of(f)));
        golden.narrativeFindings().forEach(f -> expected.add(Seen.of(f)));
        // the golden files list every finding the seeds' own numbers give; nothing else fires on them
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    }
}
