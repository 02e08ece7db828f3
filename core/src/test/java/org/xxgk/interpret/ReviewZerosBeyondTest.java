package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Section 四 printed as more zeros than its fifteen columns and the one column some tables add (seed 004's sixteenth),
 * in a copy that drops blank cells (pdfminer's, which prints 三's last rows late, before 四's header words): the zeros
 * keep every sum whichever fifteen are taken, so nothing tells which are the table's. Not read, and said; a row of
 * sixteen, or any count in a copy that keeps its blank cells, is read as before.
 */
class ReviewZerosBeyondTest {

    private static final String AFTER_REVIEW = "五、存在的主要问题及改进情况";
    private static final int REVIEW_CELLS = 15;

    /** Seed 000 with section 四's fifteen values printed as {@code zeros} zeros on one line. */
    private static SeedText reviewAs(int zeros, boolean blanksDropped) {
        return reviewAs("0 ".repeat(zeros).strip(), blanksDropped);
    }

    /** Seed 000 with section 四's fifteen values printed as {@code values} on one line. */
    private static SeedText reviewAs(String values, boolean blanksDropped) {
        SeedText t = SeedText.load("000");
        int end = t.indexOf(AFTER_REVIEW);
        t.lines.subList(end - REVIEW_CELLS, end).clear();
        t.lines.add(end - REVIEW_CELLS, values);
        // a row of three values for seven columns: this copy left cells blank
        return blanksDropped ? t.printRow("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 7,
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形) 0 0 0") : t;
    }

    @Test
    void moreZerosThanTheColumnsAndOneAddedAreNotRead() {
        AnnualReport r = reviewAs(21, true).read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("review."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("四:").contains("21 zeros"));
    }

    @Test
    void sixteenZerosAreTheTableAndAColumnAdded() {
        AnnualReport r = reviewAs(16, true).read();
        assertThat(r.cells().keySet()).filteredOn(k -> k.startsWith("review.")).hasSize(REVIEW_CELLS);
        assertThat(r.value("review.litigationAfterReview.total")).hasValueSatisfying(v -> assertThat(v.signum())
                .isZero());
    }

    @Test
    void valuesOtherThanZeroAreReadWhereTheFirstFifteenKeepTheirSums() {
        // the sums of 1 0 0 0 1 / 0 0 0 0 0 / 2 0 0 0 2 hold for these fifteen only: the rest are dropped, as before
        AnnualReport r = reviewAs("1 0 0 0 1 0 0 0 0 0 2 0 0 0 2 " + "0 ".repeat(6).strip(), true).read();
        assertThat(r.value("review.litigationAfterReview.total")).hasValueSatisfying(v -> assertThat(v.intValue())
                .isEqualTo(2));
    }

    @Test
    void aCopyThatKeepsItsBlankCellsReadsTheFirstFifteen() {
        AnnualReport r = reviewAs(21, false).read();
        assertThat(r.cells().keySet()).filteredOn(k -> k.startsWith("review.")).hasSize(REVIEW_CELLS);
    }
}
