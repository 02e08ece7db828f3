package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A text copy of a table keeps no trace of a cell left blank: {@code 1 13 0 0 14} may be 1, 13, a blank, 0, 0, a
 * blank and 14 as well as 1|1|3|0|0|1|4. A split that only the digits make (none keeps the row's sum) is not taken
 * where a blank may hide; and once a row shows that the copy dropped blanks (fewer digits than columns), no row whose
 * digits may be fewer values than its columns is split, whatever its sums say. Rows of section 三 that print fewer
 * values than their columns with their totals kept show that the copy dropped blank cells: there a row of more values
 * than its columns, or a run of several rows' worth over rows that print their own, says nothing of which values are
 * whose.
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

    private static final String ZEROS_21 = "0 ".repeat(21).strip();

    @Test
    void aRunOfRowsWorthIsNotSpreadOverRowsPrintedAfterItWithTheirOwnTotals() {
        // 21 zeros after 7.属于行政执法案卷 are three rows' worth, or seven rows' with blanks dropped: the rows it would
        // cover print after it with fewer values, their totals kept (0 0, 0 0 0), as rows whose blanks were dropped do
        SeedText t = withRow(SeedText.load("000"), "7.属于行政执法案卷", ZEROS_21);
        t = withRow(withRow(t, "8.属于行政查询事项", "0 0"), "1.本机关不掌握相关政府信息", "0 0 0");
        AnnualReport r = t.read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.refused.enforcementFile.")
                || k.startsWith("applications.refused.query.") || k.startsWith("applications.unable.notHeld."));
        assertThat(SeedText.applicationRow(r, "newlyReceived")).containsEntry("total", 4);

        // where they print none of their own, or values that are no row's with its total kept (a page number), the run
        // is theirs
        for (String after : List.of("", "3 1")) {
            SeedText alone = withRow(SeedText.load("000"), "7.属于行政执法案卷", ZEROS_21);
            alone = withRow(withRow(alone, "8.属于行政查询事项", after), "1.本机关不掌握相关政府信息", after);
            assertThat(SeedText.applicationRow(alone.read(), "unable.notHeld")).as(after).hasSize(7);
        }
    }

    @Test
    void rowsThatKeepTheirTotalsWithFewerValuesSayTheCopyDroppedBlanksAndARowWithMoreIsNotRead() {
        SeedText whole = withRow(SeedText.load("000"), "(一)予以公开", "0 0 0 0 0 0 0 0");
        assertThat(SeedText.applicationRow(whole.read(), "granted")).hasSize(7);

        // two rows of fewer values than columns, their totals kept: this table has blank cells, dropped in the copy,
        // so eight values for seven columns may be some of this row's and some of the next's
        AnnualReport r = withShortRows("5 0 0 0 5", "7 0 0 0 4 11").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.granted."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("予以公开")
                .contains("more values than the form's 7 columns, in a copy that drops blank cells"));

        // one such row may have lost a value to another line; rows of zeros, or whose last value is no total, say
        // nothing of blank cells
        for (String[] shortRows : new String[][] {{"5 0 0 0 5", "7 0 0 0 4 11 0"}, {"0 0 0 0 0", "0 0 0 0 0 0"},
                {"5 0 0 0 6", "7 0 0 0 4 12"}, {"5 0 00 5", "7 0 0 0 4 11"}}) {
            assertThat(SeedText.applicationRow(withShortRows(shortRows[0], shortRows[1]).read(), "granted"))
                    .as(String.join(" / ", shortRows)).hasSize(7);
        }
        // nor do rows of section 二, which have no total
        SeedText active = withRow(SeedText.load("000"), "(一)予以公开", "0 0 0 0 0 0 0 0");
        active = active.printRow("规章", 3, "规章 3 3").printRow("规范性文件", 3, "规范性文件 5 5");
        assertThat(SeedText.applicationRow(active.read(), "granted")).hasSize(7);
    }

    /** Seed 000 with (一) printed as eight zeros, 上年结转 and (二) as {@code carriedOver} and {@code partlyGranted}. */
    private static SeedText withShortRows(String carriedOver, String partlyGranted) {
        return withRow(withRow(withRow(SeedText.load("000"), "(一)予以公开", "0 0 0 0 0 0 0 0"),
                "二、上年结转政府信息公开申请数量", carriedOver), "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                partlyGranted);
    }
}
