package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Section 四 printed a group a row (复议, then the two kinds of 诉讼): a row of five values is the group its label
 * names, or the group of its place where every group has its row. Five values alone under the section's heading
 * (a page that left the other groups' zeros blank, copied without them) are no group's that anything tells.
 */
class ReviewGroupsTest {

    /** Seed 001 (V2021) with section 四 printed as {@code lines} after its heading. */
    private static AnnualReport withReview(String... lines) {
        SeedText t = SeedText.load("001");
        int heading = t.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int next = t.indexOf("五、存在的主要问题及改进情况");
        t.lines.subList(heading + 1, next).clear();
        t.lines.addAll(heading + 1, List.of(lines));
        return t.read();
    }

    @Test
    void aGroupsWorthUnderTheHeadingAloneIsNotPlaced() {
        AnnualReport r = withReview("0 0 0 35 35");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("review."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("which group is unknown"));
    }

    @Test
    void aRowForEveryGroupIsReadByItsPlace() {
        AnnualReport r = withReview("1 0 0 0 1", "0 2 0 0 2", "0 0 0 35 35");
        assertThat(r.value("review.reconsideration.total")).hasValueSatisfying(v -> assertThat(v.intValue()).isOne());
        assertThat(r.value("review.litigationDirect.corrected"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(2));
        assertThat(r.value("review.litigationAfterReview.total"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(35));
    }

    @Test
    void aGroupsWorthUnderItsGroupsLabelIsThatGroups() {
        AnnualReport r = withReview("行政诉讼", "复议后起诉", "0 0 0 35 35");
        assertThat(r.value("review.litigationAfterReview.pending"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(35));
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("review.reconsideration."));
    }
}
