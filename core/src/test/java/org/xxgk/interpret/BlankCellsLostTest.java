package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A text copy of a table keeps no trace of a cell left blank: {@code 1 13 0 0 14} may be 1, 13, a blank, 0, 0, a
 * blank and 14 as well as 1|1|3|0|0|1|4. A split that only the digits make (none keeps the row's sum) is not taken
 * where a blank may hide; and once a row shows that the copy dropped blanks (fewer digits than columns), no row whose
 * digits may be fewer values than its columns is split, whatever its sums say.
 */
class BlankCellsLostTest {

    /** Seed 000 (one cell a line) with section 三's row {@code label} printed on one line as {@code printed}. */
    private static SeedText withRow(SeedText t, String label, String printed) {
        return t.printRow(label, 7, label + " " + printed);
    }

    @Test
    void theOneSplitThatBreaksTheSumIsNotTakenWhereABlankMayHide() {
        AnnualReport r = withRow(SeedText.load("000"), "一、本年新收政府信息公开申请数量", "1 13 0 0 14").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.newlyReceived."));
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("ROW_INCOMPLETE");
    }

    @Test
    void digitsThatCanOnlyFillTheColumnsAreStillTakenThoughTheSumBreaks() {
        // no value but 0 starts with 0: 0000004 is seven values, the report's own (the checker reports the sum)
        AnnualReport r = withRow(SeedText.load("000"), "二、上年结转政府信息公开申请数量", "0000004").read();
        assertThat(r.value("applications.carriedOver.total")).hasValueSatisfying(v -> assertThat(v.intValue())
                .isEqualTo(4));
    }

    @Test
    void aRunThatKeepsItsSumIsSplitUntilACopyShowsItDropsBlanks() {
        SeedText whole = withRow(SeedText.load("000"), "二、上年结转政府信息公开申请数量", "2000002");
        assertThat(whole.read().value("applications.carriedOver.naturalPerson"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(2));

        // a row of three zeros for seven columns: this copy left cells blank, so 2000002 may be 2, 0, 0, 0, a blank
        // and 2 … or 200, a blank … 2: not split
        SeedText blanks = withRow(withRow(SeedText.load("000"), "二、上年结转政府信息公开申请数量", "2000002"),
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0 0 0");
        AnnualReport r = blanks.read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.carriedOver."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("上年结转").contains("drops blank cells"));
    }
}
