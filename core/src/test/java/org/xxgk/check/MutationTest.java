package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds without findings (001, 004), each changed in one cell that a rule reads: that rule
 * fires, and every finding reads the changed cell. Rules that apply but read no cell (TEMPLATE_YEAR,
 * MISSING_TABLE, EMPTY_SECTION) are in {@link RuleCasesTest}; MISSING_TOTAL needs a blank total
 * beside a non-zero part, two cells on these all-zero tables, and is there too. 001 prints no
 * 三(六) sum row, so APP_OTHER_SUM does not apply to it; 004 has no prose figures and V2019 no
 * stated unit, so NARRATIVE_MISMATCH and UNIT_MISMATCH do not apply to it.
 */
class MutationTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation(
                        "001",
                        "APP_ROW_SUM",
                        "applications.granted.naturalPerson",
                        b -> b.set("applications.granted.naturalPerson", 1)),
                mutation(
                        "001",
                        "APP_RESULT_SUM",
                        "applications.resultTotal.commercial",
                        b -> b.set("applications.resultTotal.commercial", 1)),
                mutation(
                        "001",
                        "APP_BALANCE",
                        "applications.carriedForward.research",
                        b -> b.set("applications.carriedForward.research", 1)),
                mutation(
                        "001",
                        "REVIEW_SUM",
                        "review.litigationDirect.pending",
                        b -> b.set("review.litigationDirect.pending", 2)),
                mutation(
                        "001",
                        "NON_NEGATIVE_COUNT",
                        "active.licensing.decisions",
                        b -> b.set("active.licensing.decisions", -1)),
                mutation(
                        "001",
                        "NON_NEGATIVE_COUNT",
                        "active.rules.issued",
                        b -> b.set("active.rules.issued", new BigDecimal("1.5"))),
                mutation("001", "UNIT_MISMATCH", "active.fees.amount", b -> b.set("active.fees.amount", 2_500_000)),
                mutation("001", "UNIT_MISMATCH", "active.fees.amount", b -> b.unit("active.fees.amount", "元")),
                mutation(
                        "001",
                        "NARRATIVE_MISMATCH",
                        "review.reconsideration.total",
                        b -> b.set("review.reconsideration.total", 1)),
                mutation(
                        "001",
                        "NARRATIVE_MISMATCH",
                        "applications.newlyReceived.total",
                        b -> b.set("applications.newlyReceived.total", 3)),
                mutation(
                        "004",
                        "APP_ROW_SUM",
                        "applications.refused.query.otherOrg",
                        b -> b.set("applications.refused.query.otherOrg", 3)),
                mutation(
                        "004",
                        "APP_RESULT_SUM",
                        "applications.resultTotal.naturalPerson",
                        b -> b.set("applications.resultTotal.naturalPerson", 1)),
                mutation(
                        "004",
                        "APP_BALANCE",
                        "applications.newlyReceived.legalService",
                        b -> b.set("applications.newlyReceived.legalService", 2)),
                mutation(
                        "004",
                        "REVIEW_SUM",
                        "review.reconsideration.corrected",
                        b -> b.set("review.reconsideration.corrected", 1)),
                mutation(
                        "004",
                        "NON_NEGATIVE_COUNT",
                        "active.penalty.decisions",
                        b -> b.set("active.penalty.decisions", -3)),
                mutation(
                        "004",
                        "NON_NEGATIVE_COUNT",
                        "active.procurement.amount",
                        b -> b.set("active.procurement.amount", -1)),
                mutation(
                        "004",
                        "ACTIVE_PUBLISHED_LE_TOTAL",
                        "active.normativeDocs.newlyPublished",
                        b -> b.set("active.normativeDocs.newlyPublished", 4)));
    }

    private static Arguments mutation(
            String seed, String rule, String key, UnaryOperator<GoldenReports.Builder> change) {
        return Arguments.of(seed, rule, key, change);
    }

    @ParameterizedTest(name = "{0}: {2} -> {1}")
    @MethodSource("mutations")
    void aChangedCellFiresTheRulesThatReadIt(
            String seed, String rule, String key, UnaryOperator<GoldenReports.Builder> change) {
        assertThat(checker.check(GoldenReports.of(seed))).isEmpty();

        List<Finding> findings = checker.check(change.apply(GoldenReports.builder(seed)).build());

        assertThat(findings).as("findings").anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.keys()).contains(key);
        });
        assertThat(findings).as("only rules that read %s", key).allSatisfy(f -> assertThat(f.keys()).contains(key));
    }
}
