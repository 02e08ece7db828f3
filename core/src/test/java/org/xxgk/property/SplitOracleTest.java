package org.xxgk.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.AtMost;
import org.xxgk.property.Forms.Equation;
import org.xxgk.property.Forms.Kind;
import org.xxgk.property.SplitOracle.Reading;
import org.xxgk.property.SplitOracle.Token;

/**
 * The reference reading on hand-made rows whose answer is known, and the generator/renderer/oracle harness on many
 * seeds.
 */
class SplitOracleTest {

    private static final List<String> APP = Forms.APP_COLUMNS;

    private static List<String> appKeys(String row) {
        return APP.stream().map(c -> "applications." + row + "." + c).toList();
    }

    private static Map<String, Kind> counts(List<String> keys) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String k : keys) kinds.put(k, Kind.COUNT);
        return kinds;
    }

    private static Equation rowSum(String row) {
        List<String> keys = appKeys(row);
        return Equation.sum(row, keys.get(6), keys.subList(0, 6));
    }

    private static List<BigDecimal> values(Reading r, List<String> keys) {
        List<BigDecimal> out = new ArrayList<>();
        for (String k : keys) out.add(r.value(k).orElse(null));
        return out;
    }

    private static List<BigDecimal> nums(long... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (long x : v) out.add(BigDecimal.valueOf(x));
        return out;
    }

    @Test
    void seed008FirstRowSplitsOneWayUnderItsRowSum() {
        List<String> keys = appKeys("newlyReceived");
        Reading r = SplitOracle.read(
                List.of(new Token("640020470", keys)), counts(keys), List.of(rowSum("newlyReceived")), List.of());
        assertThat(r.ambiguous()).isEmpty();
        assertThat(values(r, keys)).containsExactlyElementsOf(nums(64, 0, 0, 2, 0, 4, 70));
    }

    @Test
    void withoutItsRowSumTheSameRowIsAmbiguous() {
        List<String> keys = appKeys("newlyReceived");
        Reading r = SplitOracle.read(List.of(new Token("640020470", keys)), counts(keys), List.of(), List.of());
        assertThat(r.ambiguous()).containsExactlyElementsOf(keys);
    }

    @Test
    void seed008NormativeDocsAreAmbiguous() {
        List<String> keys =
                List.of("active.normativeDocs.issued", "active.normativeDocs.repealed", "active.normativeDocs.inForce");
        Reading r = SplitOracle.read(List.of(new Token("693665", keys)), counts(keys), List.of(), List.of());
        assertThat(r.ambiguous()).containsExactlyElementsOf(keys);
        assertThat(r.values().get(keys.get(0)))
                .contains(new BigDecimal("6"), new BigDecimal("69"), new BigDecimal("693"));
        assertThat(r.values().get(keys.get(2)))
                .contains(new BigDecimal("665"), new BigDecimal("3665"), new BigDecimal("5"));
        // every cut of 6 digits into 3 non-empty pieces (no zero among them): C(5,2) = 10
        assertThat(SplitOracle.cuts(new Token("693665", keys), counts(keys), List.of(), List.of())).hasSize(10);
    }

    @Test
    void zerosRunTogetherReadOneWay() {
        List<String> keys = appKeys("refused.stateSecret");
        Reading r = SplitOracle.read(List.of(new Token("0000000", keys)), counts(keys), List.of(), List.of());
        assertThat(r.ambiguous()).isEmpty();
        assertThat(values(r, keys)).containsExactlyElementsOf(nums(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void seed008ReviewRunSplitsOneWayUnderItsThreeRowSums() {
        List<String> keys = Forms.reviewKeys();
        Reading r = SplitOracle.read(
                List.of(new Token("10203120001200000", keys)), counts(keys), Forms.reviewEquations(), List.of());
        assertThat(r.ambiguous()).isEmpty();
        assertThat(values(r, keys)).containsExactlyElementsOf(nums(1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0));
    }

    @Test
    void aSignWordPinsTheChangeColumn() {
        List<String> keys =
                List.of("active.licensing.previousYear", "active.licensing.change", "active.licensing.decisions");
        Map<String, Kind> kinds = counts(keys);
        kinds.put(keys.get(1), Kind.CHANGE);
        Reading r = SplitOracle.read(List.of(new Token("396减3181", keys)), kinds, List.of(), List.of());
        assertThat(r.value(keys.get(0))).contains(new BigDecimal("396"));
        assertThat(r.values().get(keys.get(1)))
                .containsExactly(new BigDecimal("-318"), new BigDecimal("-31"), new BigDecimal("-3"));
        assertThat(r.values().get(keys.get(2)))
                .containsExactly(new BigDecimal("1"), new BigDecimal("81"), new BigDecimal("181"));
        // a sign only where a change may stand: none of these cuts is a count with a sign
        assertThat(SplitOracle.cell("-3", Kind.COUNT)).isNull();
        assertThat(SplitOracle.cell("增47", Kind.CHANGE)).isEqualByComparingTo("47");
        assertThat(SplitOracle.cell("3.5", Kind.COUNT)).isNull();
        assertThat(SplitOracle.cell("3.5", Kind.AMOUNT)).isEqualByComparingTo("3.5");
        assertThat(SplitOracle.cell("03", Kind.AMOUNT)).isNull();
        assertThat(SplitOracle.cell("0.3", Kind.AMOUNT)).isEqualByComparingTo("0.3");
    }

    @Test
    void theDecimalPointBelongsToTheAmount() {
        List<String> keys = List.of("active.procurement.count", "active.procurement.amount");
        Map<String, Kind> kinds = counts(keys);
        kinds.put(keys.get(1), Kind.AMOUNT);
        Reading r = SplitOracle.read(List.of(new Token("13575394432.52", keys)), kinds, List.of(), List.of());
        assertThat(r.values().get(keys.get(0))).hasSize(10).contains(new BigDecimal("135"));
        assertThat(r.values().get(keys.get(1))).contains(new BigDecimal("75394432.52"), new BigDecimal("2.52"));
    }

    /** Row sums allow two cuts of 11011 (1|10|11 and 11|0|11); a column sum elsewhere picks one. */
    @Test
    void aColumnSumSettlesWhatTheRowSumLeavesOpen() {
        List<String> row = List.of("a", "b", "t");
        Map<String, Kind> kinds = counts(List.of("a", "b", "t", "colA"));
        Equation rowSum = Equation.sum("row", "t", List.of("a", "b"));
        Reading alone = SplitOracle.read(List.of(new Token("11011", row)), kinds, List.of(rowSum), List.of());
        assertThat(alone.ambiguous()).containsExactly("a", "b");
        assertThat(alone.value("t")).contains(new BigDecimal("11"));

        Reading joint = SplitOracle.read(List.of(new Token("11011", row), new Token("1", List.of("colA"))), kinds,
                List.of(rowSum, Equation.sum("column", "colA", List.of("a"))), List.of());
        assertThat(joint.ambiguous()).isEmpty();
        assertThat(joint.value("a")).contains(BigDecimal.ONE);
        assertThat(joint.value("b")).contains(BigDecimal.TEN);
    }

    /** Seed 030's 主动公开 rows: 4251516 = 425|1516 only because its children 418|1509 and 7|7 add up to it. */
    @Test
    void legacyParentsAndChildrenSettleEachOther() {
        List<Forms.LegacyRow> rows = List.of(
                new Forms.LegacyRow("legacy.1", "主动公开信息数", "条", List.of("legacy.1.1", "legacy.1.2")),
                new Forms.LegacyRow("legacy.1.1", "其中：1.网站公开", "条", List.of()),
                new Forms.LegacyRow("legacy.1.2", "2.政府公报公开", "条", List.of()));
        List<Token> tokens = List.of(
                new Token("4251516", List.of("legacy.1", "legacy.1.cumulative")),
                new Token("4181509", List.of("legacy.1.1", "legacy.1.1.cumulative")),
                new Token("77", List.of("legacy.1.2", "legacy.1.2.cumulative")));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        tokens.forEach(t -> kinds.putAll(counts(t.keys())));
        Reading alone = SplitOracle.read(tokens.subList(0, 1), counts(tokens.get(0).keys()), List.of(),
                List.of(new AtMost("legacy.1", "legacy.1.cumulative")));
        // 4|251516, 42|51516, 425|1516 (4251|516 breaks year ≤ cumulative)
        assertThat(alone.values().get("legacy.1")).hasSize(3);

        Reading joint = SplitOracle.read(tokens, kinds, Forms.legacyEquations(rows), Forms.legacyAtMost(rows));
        assertThat(joint.ambiguous()).isEmpty();
        assertThat(joint.value("legacy.1")).contains(new BigDecimal("425"));
        assertThat(joint.value("legacy.1.cumulative")).contains(new BigDecimal("1516"));
        assertThat(joint.value("legacy.1.1")).contains(new BigDecimal("418"));
        assertThat(joint.value("legacy.1.1.cumulative")).contains(new BigDecimal("1509"));
    }

    /** Seed 002: a parent with one non-zero child reads as the child does; nothing in the table settles 294981916. */
    @Test
    void legacyParentEqualToItsOnlyNonZeroChildStaysAmbiguous() {
        List<Forms.LegacyRow> rows = List.of(
                new Forms.LegacyRow("legacy.1", "主动公开文件数", "条", List.of("legacy.1.1", "legacy.1.2")),
                new Forms.LegacyRow("legacy.1.1", "其中：1、政府网站公开数", "条", List.of()),
                new Forms.LegacyRow("legacy.1.2", "2、政府公报公开数", "条", List.of()));
        List<Token> tokens = List.of(
                new Token("294981916", List.of("legacy.1", "legacy.1.cumulative")),
                new Token("294981916", List.of("legacy.1.1", "legacy.1.1.cumulative")),
                new Token("00", List.of("legacy.1.2", "legacy.1.2.cumulative")));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        tokens.forEach(t -> kinds.putAll(counts(t.keys())));
        Reading r = SplitOracle.read(tokens, kinds, Forms.legacyEquations(rows), Forms.legacyAtMost(rows));
        assertThat(r.ambiguous())
                .containsExactly("legacy.1", "legacy.1.cumulative", "legacy.1.1", "legacy.1.1.cumulative");
        assertThat(r.values().get("legacy.1"))
                .contains(new BigDecimal("2949"), new BigDecimal("2"), new BigDecimal("29"));
        assertThat(r.value("legacy.1.2")).contains(BigDecimal.ZERO);
    }

    // ---- the harness itself ---------------------------------------------------------------------

    /**
     * On many seeds: the generated truth satisfies its form, the renderer prints every token in order,
     * the oracle's reading contains the truth, and outside layout (a) every cell is determined.
     */
    @Test
    void generatorRendererAndOracleAgree() {
        for (Template t : List.of(Template.V2019, Template.V2021, Template.LEGACY)) {
            for (Layout layout : Layout.values()) {
                for (int i = 0; i < 60; i++) {
                    long seed = 9_000_000L + t.ordinal() * 1000 + layout.ordinal() * 100 + i;
                    GeneratedReport rep = ReportGenerator.generate(t, seed);
                    String where = t + "/" + layout.letter + "/" + seed;
                    Map<String, BigDecimal> truth = rep.truth();
                    for (Equation e : rep.equations()) {
                        BigDecimal l = e.left().stream().map(truth::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                        BigDecimal r = e.right().stream().map(truth::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                        assertThat(l).as("%s %s", where, e.name()).isEqualByComparingTo(r);
                    }
                    for (AtMost le : rep.atMost()) {
                        assertThat(truth.get(le.small()))
                                .as("%s %s", where, le)
                                .isLessThanOrEqualTo(truth.get(le.large()));
                    }
                    String text = ReportRenderer.render(rep, layout);
                    List<Token> tokens = ReportRenderer.tokens(rep, layout);
                    int at = 0;
                    for (Token tok : tokens) {
                        int found = text.indexOf(tok.text(), at);
                        assertThat(found)
                                .as("%s: token %s after %d in%n%s", where, tok, at, text)
                                .isGreaterThanOrEqualTo(0);
                        at = found + tok.text().length();
                    }
                    Reading reading = SplitOracle.read(tokens, rep.kinds(), rep.equations(), rep.atMost());
                    assertThat(reading.values().keySet()).as(where).containsExactlyInAnyOrderElementsOf(truth.keySet());
                    truth.forEach((k, v) -> assertThat(reading.values().get(k)).as("%s %s", where, k).contains(v));
                    if (layout != Layout.RUN_TOGETHER) assertThat(reading.ambiguous()).as(where).isEmpty();
                }
            }
        }
    }
}
