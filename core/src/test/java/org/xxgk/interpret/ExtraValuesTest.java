package org.xxgk.interpret;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row that prints more values than the form has columns: the extra one is dropped only where the row's sums show
 * which it is.
 */
class ExtraValuesTest {

    @Test
    void anExtraValueThatBreaksTheRowSumLeavesTheRowUnplaced() {
        // 自然人 4, five organisations 0, a 小计 0 the form does not have, 总计 4: taking the first seven would file 0 as 总计
        AnnualReport r = SeedText.load("000")
                .printRow("一、本年新收政府信息公开申请数量", 7, "一、本年新收政府信息公开申请数量 4 0 0 0 0 0 0 4").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("applications.newlyReceived."));
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("ROW_INCOMPLETE", "VALUE_WITHOUT_HEADER");
    }

    @Test
    void aMinusSignPrintedApartFromItsNumberInTheChangeColumnIsJoinedToIt() {
        // 行政处罚 6 - 5 8: 6 last year, -5, 8 decisions (a copy spaced the sign off); not 6, none, 5 and an extra 8
        AnnualReport r = SeedText.load("000").printRow("行政处罚", 3, "行政处罚 6 - 5 8").read();
        assertThat(r.value("active.penalty.previousYear").map(BigDecimal::intValueExact)).contains(6);
        assertThat(r.value("active.penalty.change").map(BigDecimal::intValueExact)).contains(-5);
        assertThat(r.value("active.penalty.decisions").map(BigDecimal::intValueExact)).contains(8);
    }

    @Test
    void aMinusSignApartInAColumnThatTakesNoSignIsNoSign() {
        // 行政处罚 - 6 5 8: the dash before the first column, which takes no sign, is no minus sign of the 6
        AnnualReport r = SeedText.load("000").printRow("行政处罚", 3, "行政处罚 - 6 5 8").read();
        assertThat(r.cells().keySet()).filteredOn(k -> k.startsWith("active.penalty."))
                .noneMatch(k -> r.value(k).map(BigDecimal::intValueExact).orElse(0) == -6);
    }

    @Test
    void aSignWordInAColumnThatTakesNoSignLeavesTheRowUnplaced() {
        // 行政处罚 减5 0 8: as many values as columns, but a change first (plain pdftotext moved the row's values about)
        AnnualReport r = SeedText.load("000").printRow("行政处罚", 3, "行政处罚 减5 0 8").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.penalty.") && r.value(k).isPresent());
        assertThat(r.warnings()).anyMatch(w -> w.message().startsWith("二 行政处罚:"));
        // the same values in the form's order are read
        AnnualReport ordered = SeedText.load("000").printRow("行政处罚", 3, "行政处罚 0 减5 8").read();
        assertThat(ordered.value("active.penalty.change").map(BigDecimal::intValueExact)).contains(-5);
    }

    @Test
    void twoRowsWorthWithoutASumUnderOneLabelIsNeithersUnlessAllAlike() {
        // pdfminer: 行政处罚 / 行政强制 / 5 0 7 0 2 3, the sub-table's values column by column after its last label;
        // the first three are not 行政强制's, and nothing says which are
        AnnualReport r = SeedText.load("000").printRow("行政处罚", 3, "行政处罚")
                .printRow("行政强制", 3, "行政强制", "5", "0", "7", "0", "2", "3").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.enforcement.") && r.value(k).isPresent());
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE")
                && w.message().startsWith("二 行政强制:"));
        // the label broken over lines, its first above the values' (规章 / 行政规 / 范性文件 / 0 2 0 0): the same
        AnnualReport broken = SeedText.load("001").printRow("规章", 3, "规章")
                .printRow("行政规范性文件", 3, "行政规", "范性文件", "0", "2", "0", "0").read();
        assertThat(broken.cells().keySet())
                .noneMatch(k -> k.startsWith("active.normativeDocs.") && broken.value(k).isPresent());
        // … but not over a line of values between (the row above's own, printed apart): the first three are the row's
        AnnualReport between = SeedText.load("001").printRow("规章", 3, "规章", "注 9")
                .printRow("行政规范性文件", 3, "行政规范性文件 5", "6", "7", "8").read();
        assertThat(ints(between, "active.normativeDocs.", "issued", "repealed", "inForce")).containsExactly(5, 6, 7);
        // six zeros: whichever three are the row's, they are 0
        AnnualReport zeros = SeedText.load("000").printRow("行政处罚", 3, "行政处罚")
                .printRow("行政强制", 3, "行政强制", "0", "0", "0", "0", "0", "0").read();
        assertThat(zeros.value("active.enforcement.decisions").map(BigDecimal::intValueExact)).contains(0);
        // a row of one column takes its first value (a page's number below it is the commoner second)
        AnnualReport one = SeedText.load("001").printRow("行政事业性收费", 1, "行政事业性收费", "0", "2").read();
        assertThat(one.value("active.fees.amount").map(BigDecimal::intValueExact)).contains(0);
    }

    @Test
    void aOneColumnSubTablesValuesAfterItsLastLabelAreItsRowsInOrder() {
        // pdfminer: 行政处罚 / 行政强制 / 7 / 5 (V2021: one column each): 行政处罚's 7 and 行政强制's 5, said
        AnnualReport r = SeedText.load("001").printRow("行政处罚", 1, "行政处罚")
                .printRow("行政强制", 1, "行政强制", "7", "5").read();
        assertThat(r.value("active.penalty.decisions").map(BigDecimal::intValueExact)).contains(7);
        assertThat(r.value("active.enforcement.decisions").map(BigDecimal::intValueExact)).contains(5);
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().equals("二: values \"7 5\" after 行政强制 read as 行政处罚's and its own, in the rows' order"));
        // where 行政处罚 printed its own value, 行政强制's second value is an extra one, as before
        AnnualReport own = SeedText.load("001").printRow("行政强制", 1, "行政强制", "7", "5").read();
        assertThat(own.value("active.penalty.decisions").map(BigDecimal::intValueExact)).contains(0);
        assertThat(own.value("active.enforcement.decisions").map(BigDecimal::intValueExact)).contains(7);
        // the row above is not the form's row before (行政事业性收费 under its header): no row's values are taken for it
        AnnualReport fees = SeedText.load("001").printRow("行政强制", 1, "行政强制")
                .printRow("行政事业性收费", 1, "行政事业性收费", "7", "5").read();
        assertThat(fees.value("active.enforcement.decisions")).isEmpty();
    }

    @Test
    void aSubTableOfTwoRowsPrintedColumnByColumnIsReadColumnByColumn() {
        // pdfminer: 规章 / 0 / 规范性文件 57 / 0 / 57 / 1 / 60: each column's cell of 规章 then of 规范性文件; read row by row,
        // 规范性文件 would print five values for its three columns
        AnnualReport r = SeedText.load("000").printRow("规章", 3, "规章", "0")
                .printRow("规范性文件", 3, "规范性文件 57", "0", "57", "1", "60").read();
        assertThat(ints(r, "active.rules.", "newlyMade", "newlyPublished", "totalPublished")).containsExactly(0, 0, 1);
        assertThat(ints(r, "active.normativeDocs.", "newlyMade", "newlyPublished", "totalPublished"))
                .containsExactly(57, 57, 60);
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().equals("二: values \"0 57 0 57 1 60\" of 规章 and 规范性文件 read column by column, each"
                        + " column's cell of the one then of the other"));
        // the second label on a line of its own (行政处罚 / ２３２ / 行政强制 / ６９ / ０ ０ ０ ２０２), a change in its column
        AnnualReport own = SeedText.load("000").printRow("行政处罚", 3, "行政处罚", "232")
                .printRow("行政强制", 3, "行政强制", "69", "减3", "0", "0", "202").read();
        assertThat(ints(own, "active.penalty.", "previousYear", "change", "decisions")).containsExactly(232, -3, 0);
        assertThat(ints(own, "active.enforcement.", "previousYear", "change", "decisions")).containsExactly(69, 0, 202);
    }

    @Test
    void valuesThatFitNoColumnByColumnReadingAreNeitherRowsWhereTheRowAbovePrintsFewerThanItsColumns() {
        // a change word that would land in 行政强制's first column (行政处罚 / 232 / 行政强制 / 减69 / 0 …): no column by
        // column reading; and 行政强制's five values are some 行政处罚's, which nothing says: neither row is read
        AnnualReport r = SeedText.load("000").printRow("行政处罚", 3, "行政处罚", "232")
                .printRow("行政强制", 3, "行政强制", "减69", "3", "0", "0", "202").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.enforcement.") && r.value(k).isPresent());
        assertThat(r.warnings()).noneMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER"));
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE")
                && w.message().startsWith("二 行政强制: \"减69 3 0 0 202\": more values than its columns right below the"
                        + " row before it, printed with fewer values than its columns or none"));
        // two values above, five below: seven, no two rows' worth column by column
        AnnualReport seven = SeedText.load("000").printRow("规章", 3, "规章", "0", "2")
                .printRow("规范性文件", 3, "规范性文件 57", "0", "57", "1", "60").read();
        assertThat(seven.warnings()).noneMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER"));
        assertThat(seven.cells().keySet())
                .noneMatch(k -> k.startsWith("active.normativeDocs.") && seven.value(k).isPresent());
        // 规章 0 / 行政规范性文件 45 0 8 2 (pdfminer, a blank cell dropped): not 45 0 8
        AnnualReport fewer = SeedText.load("001").printRow("规章", 3, "规章", "0")
                .printRow("行政规范性文件", 3, "行政规范性文件 45", "0", "8", "2").read();
        assertThat(fewer.cells().keySet())
                .noneMatch(k -> k.startsWith("active.normativeDocs.") && fewer.value(k).isPresent());
        // … the same values all alike are any row's
        AnnualReport zeros = SeedText.load("001").printRow("规章", 3, "规章", "0")
                .printRow("行政规范性文件", 3, "行政规范性文件 0", "0", "0", "0").read();
        assertThat(ints(zeros, "active.normativeDocs.", "issued", "repealed", "inForce")).containsExactly(0, 0, 0);
        // a row between the two: 规范性文件's first three are its own, the extra one dropped, as ever
        AnnualReport apart = SeedText.load("000").printRow("规章", 3, "规章", "0", "第二十条第(一)项续表", "信息内容")
                .printRow("规范性文件", 3, "规范性文件 5", "6", "7", "8").read();
        assertThat(ints(apart, "active.normativeDocs.", "newlyMade", "newlyPublished", "totalPublished"))
                .containsExactly(5, 6, 7);
        // the row above a whole row's values: 规范性文件's first three are its own, the extra one dropped, as ever
        AnnualReport whole = SeedText.load("000").printRow("规范性文件", 3, "规范性文件 5", "6", "7", "8").read();
        assertThat(ints(whole, "active.normativeDocs.", "newlyMade", "newlyPublished", "totalPublished"))
                .containsExactly(5, 6, 7);
    }

    @Test
    void onlyTheFormsRowsOfLikeColumnsOneAfterTheOtherAreReadColumnByColumn() {
        // 行政事业性收费 (last year, change) and 政府集中采购 (count, amount) are two sub-tables, though nothing stands
        // between them: 14 0 5 are 政府集中采购's first two and an extra value, as ever
        AnnualReport r = SeedText.load("000").printRow("行政事业性收费", 2, "行政事业性收费", "9")
                .printRow("第二十条第(九)项", 3).printRow("政府集中采购", 2, "政府集中采购 14", "0", "5").read();
        assertThat(r.value("active.procurement.count").map(BigDecimal::intValueExact)).contains(14);
        assertThat(r.warnings()).noneMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER"));
        // rows of like columns that are not the form's one after the other (其他对外管理服务事项 between them, not printed)
        AnnualReport skipped = SeedText.load("000").printRow("行政许可", 3, "行政许可", "5")
                .printRow("其他对外管理服务事项", 8).printRow("行政处罚", 3, "行政处罚 2", "0", "3", "4", "9").read();
        assertThat(skipped.warnings()).noneMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER"));
        // … or with a row between them
        AnnualReport apart = SeedText.load("000").printRow("规章", 3, "规章", "0", "第二十条第(一)项续表", "信息内容")
                .printRow("规范性文件", 3, "规范性文件 57", "0", "57", "1", "60").read();
        assertThat(apart.warnings()).noneMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER"));
    }

    @Test
    void twoValuesOfAOneColumnRowWhoseSubTablesRowAboveIsNotPrintedAreTheTwoRowsInOrder() {
        // pdfminer: 行政 / 处罚 / 行政 / 强制 / 本年处理决定数量 / 285 / 0, the two labels run into one row: 285 行政处罚's
        AnnualReport r = SeedText.load("001").printRow("行政处罚", 1, "行政", "处罚")
                .printRow("行政强制", 1, "行政", "强制", "本年处理决定数量", "285", "0").read();
        assertThat(r.value("active.penalty.decisions").map(BigDecimal::intValueExact)).contains(285);
        assertThat(r.value("active.enforcement.decisions").map(BigDecimal::intValueExact)).contains(0);
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().startsWith("二: values \"285 0\" after 行政强制 read as 行政处罚's and its own"));
    }

    @Test
    void anExtraValueAfterARowThatKeepsItsSumIsDropped() {
        AnnualReport r = SeedText.load("000")
                .printRow("一、本年新收政府信息公开申请数量", 7, "一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4 9").read();
        assertThat(r.value("applications.newlyReceived.total"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(4));
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("VALUE_WITHOUT_HEADER")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"9\""));
    }

    @Test
    void leadingBlanksAreTheFormsWhereOnlyThatReadingKeepsTheSums() {
        // a pipe row of section 四: 结果维持 left blank, fourteen values and a sixteenth column the form lacks; dropping
        // the blank as padding would shift every value one column left, which breaks the groups' sums
        AnnualReport r = withReviewRow("|  | 2 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 4 | 0 | 0 | 1 | 5 | 9 |");
        assertThat(r.cells()).containsKey("review.reconsideration.upheld"); // printed blank
        assertThat(r.value("review.reconsideration.upheld")).isEmpty();
        assertThat(r.value("review.reconsideration.corrected"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(2));
        assertThat(r.value("review.litigationAfterReview.total"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(5));
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("VALUE_WITHOUT_HEADER")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"9\""));
    }

    @Test
    void sevenReviewValuesAreNoGroupsRowThoughTheFirstFiveKeepItsSum() {
        // more than a group's five and fewer than fifteen: blanks a copy dropped, not one group and two extras (1 0 0 0
        // 1 would keep 行政复议's sum by chance)
        AnnualReport r = withReviewRow("1 0 0 0 1 2 2");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("review."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("四").contains("not placed"));
    }

    @Test
    void valuesAfterTheHeaderOfTwoGroupsAreTheWholeTables() {
        // a page copied on one line: the values follow the whole header, so five of them are no group's row
        AnnualReport r = withReviewRow("结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 1 0 0 0 1");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("review."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("四").contains("not placed"));
    }

    /** Seed 000 with its fifteen review values (one a line) replaced by one printed row. */
    private static AnnualReport withReviewRow(String row) {
        SeedText t = SeedText.load("000");
        int at = t.indexOf("五、存在的主要问题及改进情况") - 15;
        for (int k = 0; k < 15; k++) t.lines.remove(at);
        t.lines.add(at, row);
        return t.read();
    }

    /** The values of {@code prefix + column} for the columns, in order; -1 for one not read. */
    private static java.util.List<Integer> ints(AnnualReport r, String prefix, String... columns) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (String c : columns) out.add(r.value(prefix + c).map(BigDecimal::intValueExact).orElse(-1));
        return out;
    }
}
