package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.model.AnnualReport;

/**
 * A row of section 二 (no sum to check a reading against) printing its values apart but fewer than its columns: a
 * cell left blank leaves nothing in a text copy, so {@code 18 8} may be 18, 8 and a blank as well as 1, 8, 8; only
 * digits that cannot be one value ({@code 00}) are split. One number alone on a line below its label ({@code 505}), or
 * spaced off it on its line, is one value too, where digits run on to the label on its line are a crawler's run of the
 * row's cells.
 */
class FewerValuesTest {

    private static AnnualReport withRulesRow(String values) {
        SeedText t = SeedText.load("000");
        int at = t.indexOf("规章");
        for (int k = 0; k < 3; k++) t.lines.remove(at + 1);
        t.lines.add(at + 1, values);
        return t.read();
    }

    /** Seed 000 with the row labelled {@code label} printed as {@code line}, its label and values on one line. */
    private static SeedText onItsLabelsLine(String label, String line) {
        SeedText t = SeedText.load("000");
        int at = t.indexOf(label);
        for (int k = 0; k < 3; k++) t.lines.remove(at + 1);
        t.lines.set(at, line);
        return t;
    }

    // 18 8: 18 may be one value; 505 alone on a line below its label (plain pdftotext of a row whose other cells were
    // blank) is one value in a column the copy does not say
    @ParameterizedTest
    @ValueSource(strings = {"18 8", "505"})
    void aNumberThatMayBeOneValueIsNotSplitToFillTheColumns(String values) {
        AnnualReport r = withRulesRow(values);
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.rules."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("规章").contains(values));
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("ROW_INCOMPLETE");
    }

    // alone on a line or not
    @ParameterizedTest
    @ValueSource(strings = {"0 00", "000"})
    void digitsThatCannotBeOneValueAreSplit(String values) {
        AnnualReport r = withRulesRow(values);
        assertZeros(r, "active.rules.", "newlyMade", "newlyPublished", "totalPublished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章 505", "规章　505"})
    void aNumberSpacedOffItsLabelOnItsLineIsOneValueToo(String line) {
        // plain pdftotext: 其他对外管理服务事项 ８０５, the row's other cells blank and dropped: not 8|0|5
        AnnualReport r = onItsLabelsLine("规章", line).read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.rules."));
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("ROW_INCOMPLETE");
    }

    @Test
    void digitsRunOnToTheLabelOnItsLineAreTheRowsCells() {
        // a crawler's copy runs a row's cells together and on to its label: 规章505 is 5, 0 and 5
        AnnualReport r = onItsLabelsLine("规章", "规章505").read();
        assertThat(r.value("active.rules.newlyMade")).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(5));
        assertThat(r.value("active.rules.newlyPublished")).hasValueSatisfying(v -> assertThat(v.intValue()).isZero());
        assertThat(r.value("active.rules.totalPublished"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(5));
    }

    /** Seed 000 with 行政处罚's values moved under 行政强制's label, as {@code values}, 行政强制's own left out. */
    private static AnnualReport withPenaltyValuesUnderEnforcement(String... values) {
        SeedText t = SeedText.load("000");
        int penalty = t.indexOf("行政处罚");
        for (int k = 0; k < 3; k++) t.lines.remove(penalty + 1);
        int enforcement = t.indexOf("行政强制");
        for (int k = 0; k < 3; k++) t.lines.remove(enforcement + 1);
        t.lines.addAll(enforcement + 1, List.of(values));
        return t.read();
    }

    @Test
    void twoRowsValuesWithBlanksDroppedUnderTheSecondLabelAreNeitherRows() {
        // plain pdftotext of a sub-table with blank cells: 行政处罚 / 行政强制 / 6 0 0 95, whose values are whose unknown
        AnnualReport r = withPenaltyValuesUnderEnforcement("6", "0", "0", "95");
        assertThat(r.cells().keySet())
                .noneMatch(k -> k.startsWith("active.enforcement.") || k.startsWith("active.penalty."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("行政强制").contains("6 0 0 95")
                .contains("row before it"));
    }

    @Test
    void valuesAllAlikeUnderTheSecondLabelAreReadAsEver() {
        AnnualReport r = withPenaltyValuesUnderEnforcement("0", "0", "0", "0");
        assertZeros(r, "active.enforcement.", "previousYear", "change", "decisions");
    }

    @Test
    void aMinusStartsAValueOnlyInTheChangeColumn() {
        // seed 000 flattened with its cells run together, 行政许可 printing 27 | 减3 | 5,508 as 27-35,508: 27, -3 and
        // 5,508 or 27, -35 and 508; 2, 7 and -35,508 would put a minus in a count
        SeedText t = onItsLabelsLine("行政许可", "行政许可27-35,508");
        AnnualReport r = SeedText.read(String.join("", t.lines.stream().map(String::strip).toList()));
        assertThat(r.value("active.licensing.decisions").filter(v -> v.signum() < 0)).isEmpty();
        assertThat(r.value("active.licensing.previousYear").filter(v -> v.intValue() == 2)).isEmpty();
    }

    private static void assertZeros(AnnualReport r, String row, String... columns) {
        for (String column : columns) {
            assertThat(r.value(row + column)).as(row + column)
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isZero());
        }
    }
}
