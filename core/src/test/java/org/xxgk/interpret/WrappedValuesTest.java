package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A number too long for its narrow cell wraps in a PDF, and a text copy ({@code pdftotext -layout}) prints its two
 * parts on two lines: the row's values on one line, the ends of the wrapped ones on the next, or their heads on the
 * label's line above the rest. The row's sums say which values the parts join, and nothing is joined that the sums
 * leave in doubt.
 */
class WrappedValuesTest {

    private static final String NEWLY = "一、本年新收政府信息公开申请数量";
    private static final String PROCESS = "6.属于四类过程性信息";

    /** Seed 000 (one cell a line) with section 三's row {@code label} printed as {@code lines} instead. */
    private static SeedText withLines(String label, String... lines) {
        return SeedText.load("000").printRow(label, 7, lines);
    }

    private static Map<String, Integer> row(AnnualReport r, String row) {
        return SeedText.applicationRow(r, row);
    }

    @Test
    void endsOnTheLineBelowJoinTheValuesTheRowsSumSays() {
        // 212 101 8 59 14 92 486, printed 21 … 9 48 / 2 2 6: only 212, 92 and 486 keep the row's sum
        AnnualReport r = withLines(NEWLY, NEWLY + " 21 101 8 59 14 9 48", "2 2 6").read();
        assertThat(row(r, "newlyReceived")).containsExactly(Map.entry("naturalPerson", 212),
                Map.entry("commercial", 101), Map.entry("research", 8), Map.entry("publicInterest", 59),
                Map.entry("legalService", 14), Map.entry("otherOrg", 92), Map.entry("total", 486));
    }

    @Test
    void headsOnTheLabelsLineJoinOnlyWhereTheSumDecides() {
        // 126 161 14 51 73 6 431, printed 12 16 / 6 1 14 51 73 6 431: 126|1|…|166 and 6|121|…|166 keep the sum too
        AnnualReport r = withLines(NEWLY, NEWLY + " 12 16", "6 1 14 51 73 6 431").read();
        assertThat(row(r, "newlyReceived")).containsExactly(Map.entry("research", 14),
                Map.entry("publicInterest", 51), Map.entry("legalService", 73), Map.entry("total", 431));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("本年新收").contains("split 3 ways"));
    }

    @Test
    void aLineThatKeepsTheSumAsPrintedIsNotJoined() {
        // 35 … 35 keeps the sum too, but so do the values as printed: the 5s are no ends
        AnnualReport r = withLines(NEWLY, NEWLY + " 3 0 0 0 0 0 3", "5 5").read();
        assertThat(row(r, "newlyReceived")).containsEntry("naturalPerson", 3).containsEntry("total", 3);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code().code()).isEqualTo("VALUE_WITHOUT_HEADER"));
    }

    @Test
    void noValueStartsWithAZero() {
        // 03 would keep the sum (3 + 5 = 8), but no value but 0 itself is printed with a leading zero
        AnnualReport r = withLines(NEWLY, NEWLY + " 0 5 0 0 0 0 8", "3").read();
        assertThat(row(r, "newlyReceived")).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("本年新收").contains("not placed"));
    }

    @Test
    void numbersBrokenAtLineEndsInACopyCellAfterCellJoinWhereTheSumSays() {
        // pdftotext -raw: the cells in order, a wrapped number's head ending a line and its end starting the next
        // (311 40 2 0 4 26 383 printed 31 / 1 40 2 0 4 2 / 6 / 38 / 3)
        AnnualReport r = withLines(NEWLY, NEWLY + " 31", "1 40 2 0 4 2", "6", "38", "3").read();
        assertThat(row(r, "newlyReceived")).containsExactly(Map.entry("naturalPerson", 311),
                Map.entry("commercial", 40), Map.entry("research", 2), Map.entry("publicInterest", 0),
                Map.entry("legalService", 4), Map.entry("otherOrg", 26), Map.entry("total", 383));
    }

    @Test
    void valuesBrokenOnlyWhereALineBreaksAndNotAtAZero() {
        // the same values with no line between 2 and 6: 26 is no join, and the sum holds no other way
        AnnualReport apart = withLines(NEWLY, NEWLY + " 31", "1 40 2 0 4 2 6", "38", "3").read();
        assertThat(row(apart, "newlyReceived")).isEmpty();
        // a line ending in 0 starts no number (03 + 5 = 8 would keep the sum)
        AnnualReport zero = withLines(NEWLY, NEWLY + " 0 5 0 0 0 0", "3", "8").read();
        assertThat(row(zero, "newlyReceived")).isEmpty();
        // one value a line, as a copy of one cell a line prints them: no number is broken over two
        AnnualReport cellLines = withLines(NEWLY, NEWLY, "31", "1", "40", "2", "0", "4", "2", "6", "38", "3").read();
        assertThat(row(cellLines, "newlyReceived")).isEmpty();
    }

    @Test
    void aNumberPrintedBelowItsLabelWithTheEndsIsTheRows() {
        // 属于四类过程性信息 3 0 0 0 5 8 95 / 6. / 7: the row's number and the end of its 87
        AnnualReport r = withLines(PROCESS, "属于四类过程性信息 3 0 0 0 5 8 95", "6.", "7").read();
        assertThat(row(r, "refused.process")).containsEntry("naturalPerson", 3).containsEntry("legalService", 5)
                .containsEntry("otherOrg", 87).containsEntry("total", 95);
        assertThat(r.warnings()).noneMatch(w -> w.code().code().equals("ROW_NOT_MATCHED"));
    }

    @Test
    void aLabelWrappedAtAMarkKeepsTheFirstValueOfItsRow() {
        // 1.申请人无正当理由逾期不补正 / 、行政机关不再处理… / 6 3 0 0 35 0 44: the 6 follows no item 1, it is a value
        String label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        AnnualReport r = SeedText.load("001").printRow(label, 7, "1.申请人无正当理由逾期不补正",
                "、行政机关不再处理其政府信息公开申请", "6 3 0 0 35 0 44").read();
        assertThat(row(r, "other.overdueCorrection")).containsExactly(Map.entry("naturalPerson", 6),
                Map.entry("commercial", 3), Map.entry("research", 0), Map.entry("publicInterest", 0),
                Map.entry("legalService", 35), Map.entry("otherOrg", 0), Map.entry("total", 44));
    }

    @Test
    void theNextItemsNumberFirstOnTheValuesLineIsTheLabels() {
        // ．属于三类内部事务信息 / 5 1 0 0 0 0 0 1 after item 4: pdftotext printed the label's 5 with the values
        AnnualReport r = SeedText.load("001").printRow("5.属于三类内部事务信息", 7, "．属于三类内部事务信息",
                "5 1 0 0 0 0 0 1").read();
        assertThat(row(r, "refused.internal")).containsEntry("naturalPerson", 1).containsEntry("commercial", 0)
                .containsEntry("total", 1).hasSize(7);
    }

    @Test
    void aFirstItemsNumberFirstOnTheValuesLineIsTheLabelsAfterAnyItem() {
        // the group label (五)不予处理 printed elsewhere: ．信访举报投诉类申请 / 1 2 0 0 0 0 0 2 after item 3 of (四)
        SeedText text = SeedText.load("001").printRow("1.信访举报投诉类申请", 7, "．信访举报投诉类申请", "1 2 0 0 0 0 0 2");
        text.lines.remove(text.indexOf("(五)不予处理"));
        AnnualReport r = text.read();
        assertThat(row(r, "notProcessed.complaint")).containsEntry("naturalPerson", 2).containsEntry("commercial", 0)
                .containsEntry("total", 2).hasSize(7);
    }
}
