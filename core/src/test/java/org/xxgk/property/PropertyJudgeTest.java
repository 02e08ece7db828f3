package org.xxgk.property;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.property.ReadBackPropertyTest.Case;
import org.xxgk.property.SplitOracle.Reading;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three properties judged on hand-made readings, without the reader: a perfect one passes, each kind of slip is
 * caught.
 */
class PropertyJudgeTest {

    private static AnnualReport reading(Template template, Map<String, BigDecimal> values) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        values.forEach((k, v) ->
                cells.put(k, new CellValue(k, Optional.of(v), Optional.empty(), v.toPlainString(), Provenance.NONE)));
        return new AnnualReport(
                "judge.txt",
                DocumentFormat.TEXT,
                template,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                cells,
                Map.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Case judged(GeneratedReport rep, Reading oracle, AnnualReport read) {
        return new Case(rep.template(), Layout.RUN_TOGETHER, rep.seed(), rep, "", rep.truth(), oracle, read, null);
    }

    @Test
    void aPerfectReadingPassesAndEverySlipIsCaught() {
        // a V2021 report without the 三(六) sum row whose run-together text leaves some cells ambiguous
        GeneratedReport rep = null;
        Reading oracle = null;
        for (long seed = 1; rep == null; seed++) {
            GeneratedReport g = ReportGenerator.generate(Template.V2021, seed);
            Reading o = SplitOracle.read(
                    ReportRenderer.tokens(g, Layout.RUN_TOGETHER), g.kinds(), g.equations(), g.atMost());
            if (!o.ambiguous().isEmpty() && !g.printed().containsKey("applications.other.total")) {
                rep = g;
                oracle = o;
            }
        }
        Map<String, BigDecimal> perfect = new LinkedHashMap<>(rep.truth());
        List<String> ambiguous = oracle.ambiguous();
        ambiguous.forEach(perfect::remove);
        String determinedKey = perfect.keySet().iterator().next();

        Case ok = judged(rep, oracle, reading(Template.V2021, perfect));
        assertThat(ReadBackPropertyTest.misfiled(ok)).isEmpty();
        assertThat(ReadBackPropertyTest.template(ok)).isEmpty();
        assertThat(ReadBackPropertyTest.determined(ok)).isEmpty();

        Map<String, BigDecimal> wrong = new LinkedHashMap<>(perfect);
        wrong.put(determinedKey, perfect.get(determinedKey).add(BigDecimal.ONE));
        Case misfiled = judged(rep, oracle, reading(Template.V2021, wrong));
        assertThat(ReadBackPropertyTest.misfiled(misfiled)).singleElement().asString().startsWith(determinedKey + ":");
        assertThat(ReadBackPropertyTest.determined(misfiled))
                .singleElement()
                .asString()
                .startsWith(determinedKey + ": DETERMINED");

        Map<String, BigDecimal> missing = new LinkedHashMap<>(perfect);
        missing.remove(determinedKey);
        Case absent = judged(rep, oracle, reading(Template.V2021, missing));
        assertThat(ReadBackPropertyTest.misfiled(absent)).isEmpty();
        assertThat(ReadBackPropertyTest.determined(absent)).singleElement().asString().contains("read absent");

        Map<String, BigDecimal> lucky = new LinkedHashMap<>(perfect);
        lucky.put(ambiguous.get(0), rep.truth().get(ambiguous.get(0)));
        Case guessed = judged(rep, oracle, reading(Template.V2021, lucky));
        assertThat(ReadBackPropertyTest.misfiled(guessed)).isEmpty();
        assertThat(ReadBackPropertyTest.determined(guessed))
                .singleElement()
                .asString()
                .contains("AMBIGUOUS", "by luck");

        Map<String, BigDecimal> invented = new LinkedHashMap<>(perfect);
        invented.put("applications.other.total", BigDecimal.ZERO);  // the sum row this report does not print
        Case unprinted = judged(rep, oracle, reading(Template.V2021, invented));
        assertThat(ReadBackPropertyTest.misfiled(unprinted)).singleElement().asString().contains("prints no such cell");

        Case otherTemplate = judged(rep, oracle, reading(Template.V2019, perfect));
        assertThat(ReadBackPropertyTest.template(otherTemplate)).singleElement().asString().contains("expected V2021");
    }
}
