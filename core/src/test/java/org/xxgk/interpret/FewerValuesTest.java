package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A row of section 二 (no sum to check a reading against) printing its values apart but fewer than its columns: a
 * cell left blank leaves nothing in a text copy, so {@code 18 8} may be 18, 8 and a blank as well as 1, 8, 8; only
 * digits that cannot be one value ({@code 00}) are split.
 */
class FewerValuesTest {

    private static AnnualReport withRulesRow(String values) {
        SeedText t = SeedText.load("000");
        int at = t.indexOf("规章");
        for (int k = 0; k < 3; k++) t.lines.remove(at + 1);
        t.lines.add(at + 1, values);
        return t.read();
    }

    @Test
    void aNumberThatMayBeOneValueIsNotSplitToFillTheColumns() {
        AnnualReport r = withRulesRow("18 8");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.rules."));
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("ROW_INCOMPLETE");
    }

    @Test
    void digitsThatCannotBeOneValueAreSplit() {
        AnnualReport r = withRulesRow("0 00");
        for (String column : new String[] {"newlyMade", "newlyPublished", "totalPublished"}) {
            assertThat(r.value("active.rules." + column)).hasValueSatisfying(v -> assertThat(v.intValue()).isZero());
        }
    }

    @Test
    void aMinusStartsAValueOnlyInTheChangeColumn() {
        // seed 000 flattened with its cells run together, 行政许可 printing 27 | 减3 | 5,508 as 27-35,508: 27, -3 and
        // 5,508 or 27, -35 and 508; 2, 7 and -35,508 would put a minus in a count
        SeedText t = SeedText.load("000");
        int at = t.indexOf("行政许可");
        for (int k = 0; k < 3; k++) t.lines.remove(at + 1);
        t.lines.set(at, "行政许可27-35,508");
        AnnualReport r = SeedText.read(String.join("", t.lines.stream().map(String::strip).toList()));
        assertThat(r.value("active.licensing.decisions").filter(v -> v.signum() < 0)).isEmpty();
        assertThat(r.value("active.licensing.previousYear").filter(v -> v.intValue() == 2)).isEmpty();
    }
}
