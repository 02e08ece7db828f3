package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.interpret.SpacedRowsTest.cells;
import static org.xxgk.interpret.SpacedRowsTest.golden;
import static org.xxgk.interpret.SpacedRowsTest.n;
import static org.xxgk.interpret.SpacedRowsTest.values;

/** Crawler copies that run a row's cells together ({@code 行政许可396442278}): only the table's arithmetic splits them. */
class RunTogetherRowsTest {

    /** Seed 000 (one cell per line) with each row's values put on its label's line, joined by {@code separator}. */
    private static List<String> rowsOnOneLine(SeedText t, String separator) {
        List<String> out = new ArrayList<>();
        for (String line : t.lines) {
            String s = line.strip();
            boolean value = s.matches("(增|减)?[0-9.]+(万元)?") && !out.isEmpty();
            if (value) out.set(out.size() - 1, out.get(out.size() - 1) + separator + s);
            else out.add(s);
        }
        return out;
    }

    private static SeedText seed000() {
        return SeedText.load("000");
    }

    private static List<Warning> ambiguous(AnnualReport r) {
        return r.warnings().stream().filter(w -> w.code().code().equals("VALUE_AMBIGUOUS")).toList();
    }

    private static void set(List<String> lines, String prefix, String line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, line);
                return;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    @Test
    void spaceSeparatedRowsReadAsTheSeed() {
        AnnualReport r = SeedText.read(String.join("\n", rowsOnOneLine(seed000(), " ")));
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("000", Map.of()));
    }

    /** Every row of seed 000 whose digits allow one split only comes back; the rest are absent with a warning. */
    @Test
    void runTogetherRowsSplitWhereTheDigitsOrTheSumsAllowOneReading() {
        List<String> lines = rowsOnOneLine(seed000(), "");
        set(lines, "行政许可", "行政许可396442278");
        AnnualReport r = SeedText.read(String.join("\n", lines));

        Map<String, Optional<BigDecimal>> expected = golden("000", Map.of());
        // 1406万元 splits as 1 | 406万元 or 140 | 6万元; 396442278 in as many ways: no arithmetic decides
        expected.remove("active.procurement.count");
        expected.remove("active.procurement.amount");
        expected.keySet().removeIf(k -> k.startsWith("active.licensing."));
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(ambiguous(r))
                .extracting(Warning::message)
                .anySatisfy(m -> assertThat(m).contains("行政许可", "396442278"));
        assertThat(r.warnings()).extracting(Warning::message).anySatisfy(m -> assertThat(m).contains("政府集中采购"));
        // 三(六): 0000004 reads one way only, though its row sum fails (the checker reports that)
        assertThat(r.value("applications.other.total")).contains(BigDecimal.valueOf(4));
    }

    @Test
    void rowSumAmbiguityIsSettledByTheColumnSums() {
        List<String> lines = rowsOnOneLine(seed000(), " ");
        set(lines, "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量 10 1 0 0 0 0 11");
        // 10|1|0|0|0|0|11 or 1|0|10|0|0|0|11: the row sum cannot tell; 三(七) = Σ result rows can
        set(lines, "(一)予以公开", "(一)予以公开101000011");
        set(lines, "(六)其他处理", "(六)其他处理 0 0 0 0 0 0 0");
        set(lines, "(七)总计", "(七)总计 10 1 0 0 0 0 11");
        AnnualReport r = SeedText.read(String.join("\n", lines));

        Map<String, Optional<BigDecimal>> changes = cells(
                "applications.newlyReceived.naturalPerson", 10L,
                "applications.newlyReceived.commercial", 1L,
                "applications.newlyReceived.total", 11L,
                "applications.granted.naturalPerson", 10L,
                "applications.granted.commercial", 1L,
                "applications.granted.total", 11L,
                "applications.other.total", 0L,
                "applications.resultTotal.naturalPerson", 10L,
                "applications.resultTotal.commercial", 1L,
                "applications.resultTotal.total", 11L);
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("000", changes));
        assertThat(ambiguous(r)).isEmpty();
    }

    @Test
    void rowsTheArithmeticCannotSettleAreAbsentWithAWarning() {
        List<String> lines = rowsOnOneLine(seed000(), " ");
        set(lines, "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量101000011");
        set(lines, "(一)予以公开", "(一)予以公开101000011");
        set(lines, "(六)其他处理", "(六)其他处理 0 0 0 0 0 0 0");
        set(lines, "(七)总计", "(七)总计101000011");
        AnnualReport r = SeedText.read(String.join("\n", lines));

        Map<String, Optional<BigDecimal>> expected = golden("000", Map.of("applications.other.total", n(0)));
        // 1|0|10|… or 10|1|0|…: the three columns the two readings disagree on are absent, the four they agree on are
        // read
        expected.keySet()
                .removeIf(k -> (k.startsWith("applications.newlyReceived.")
                                || k.startsWith("applications.granted.")
                                || k.startsWith("applications.resultTotal."))
                        && (k.endsWith(".naturalPerson") || k.endsWith(".commercial") || k.endsWith(".research")));
        expected.put("applications.newlyReceived.total", n(11));
        expected.put("applications.granted.total", n(11));
        expected.put("applications.resultTotal.total", n(11));
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(ambiguous(r))
                .hasSize(3)
                .allSatisfy(w -> assertThat(w.message()).contains("101000011", "split 2 ways"));
    }

    @Test
    void reviewRowSplitByItsGroupSums() {
        List<String> lines = rowsOnOneLine(seed000(), " ");
        int last = lines.size() - 1;
        while (!lines.get(last).startsWith("总计")) last--;
        // the fifteen values run together after the last header cell: 10 2 0 0 12 | 0 0 0 0 0 | 1 0 0 0 1
        lines.set(last, "总计 102001200000" + "10001");
        AnnualReport r = SeedText.read(String.join("\n", lines));
        Map<String, Optional<BigDecimal>> changes = cells(
                "review.reconsideration.upheld", 10L,
                "review.reconsideration.corrected", 2L,
                "review.reconsideration.total", 12L,
                "review.litigationAfterReview.upheld", 1L,
                "review.litigationAfterReview.total", 1L);
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("000", changes));
    }

    @Test
    void digitRunsTooLongToEnumerateAreAbsentWithAWarning() {
        List<String> lines = rowsOnOneLine(seed000(), " ");
        set(lines, "(一)予以公开", "(一)予以公开" + "12345678901234567890123456789012345678901");
        AnnualReport r = SeedText.read(String.join("\n", lines));
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.granted."));
        assertThat(ambiguous(r)).singleElement().satisfies(w -> assertThat(w.message()).contains("予以公开", "too many"));
    }
}
