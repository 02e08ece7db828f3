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
}
