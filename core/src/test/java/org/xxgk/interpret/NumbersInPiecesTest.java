package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A row on one line of text that prints more figures than its columns because a number came in pieces: a crawler that
 * keeps every run of a page's text apart by a space (BeautifulSoup's {@code get_text(" ")}) prints a cell written as
 * {@code <span>5</span><span>05</span>} as {@code 5 05}. The pieces are joined only where one way of joining them gives
 * well-formed values that keep the row's sums; where several do, the columns they disagree on are left out with a
 * warning, never filled with the first pieces.
 */
class NumbersInPiecesTest {

    @Test
    void theOneJoinThatLeavesNoValueWithALeadingZeroIsRead() {
        // 行政强制 5 05 0 908: 505, 0, 908; 5 | 05 | … and 5 | 050 | … have a value that starts with 0
        AnnualReport r = SeedText.load("000").printRow("行政强制", 3, "行政强制 5 05 0 908").read();
        assertThat(ints(r, "active.enforcement.", "previousYear", "change", "decisions")).containsExactly(505, 0, 908);
        assertThat(r.warnings()).noneMatch(w -> w.message().startsWith("二 行政强制"));
    }

    @Test
    void piecesEachOnALineOfTheirOwnAreJoinedInSectionTwo() {
        // a crawler's copy a run of text a line: 行政强制 / 5 / 05 / 0 / 908
        AnnualReport r = SeedText.load("000").printRow("行政强制", 3, "行政强制", "5", "05", "0", "908").read();
        assertThat(ints(r, "active.enforcement.", "previousYear", "change", "decisions")).containsExactly(505, 0, 908);
        // … not in section 三, whose sums could take two rows' figures for one (pdfminer: 4 / 0 / 0 as 400)
        AnnualReport three = SeedText.load("000").printRow("一、本年新收政府信息公开申请数量", 7,
                "一、本年新收政府信息公开申请数量", "1", "44", "0", "0", "0", "7", "0", "151").read();
        assertThat(SeedText.applicationRow(three, "newlyReceived")).doesNotContainEntry("naturalPerson", 144);
    }

    @Test
    void aLineThatIsTheRestOfTheValueAboveIsPartOfIt() {
        // 政府集中采购 / 3 / 0 / .4: no value starts with a point, so .4 is the amount's; not a label, the amount 0
        AnnualReport r = SeedText.load("000").printRow("政府集中采购", 2, "政府集中采购", "3", "0", ".4").read();
        assertThat(r.value("active.procurement.count").map(BigDecimal::intValueExact)).contains(3);
        assertThat(r.value("active.procurement.amount")).contains(new BigDecimal("0.4"));
        // … and a group: 行政许可 / 9 / ,793 / 0 / 5
        AnnualReport grouped = SeedText.load("000").printRow("行政许可", 3, "行政许可", "9", ",793", "0", "5").read();
        assertThat(ints(grouped, "active.licensing.", "previousYear", "change", "decisions"))
                .containsExactly(9793, 0, 5);
        // a value with a point of its own takes no second one (0.5 / .4): the amount is 0.5 as printed
        AnnualReport twice = SeedText.load("000").printRow("政府集中采购", 2, "政府集中采购", "3", "0.5", ".4").read();
        assertThat(twice.value("active.procurement.amount")).contains(new BigDecimal("0.5"));
    }

    @Test
    void theRowsLastFigureMayEndInItsUnit() {
        // 政府集中采购 5 05 300万元: 505 purchases, 300 万元; the unit stays with the amount
        AnnualReport r = SeedText.load("000").printRow("政府集中采购", 2, "政府集中采购 5 05 300万元").read();
        assertThat(r.value("active.procurement.count").map(BigDecimal::intValueExact)).contains(505);
        assertThat(r.value("active.procurement.amount").map(BigDecimal::intValueExact)).contains(300);
        assertThat(r.cells().get("active.procurement.amount").unit()).contains("万元");
    }

    @Test
    void theJoinTheRowSumKeepsIsRead() {
        // 自然人 1 44, four organisations 0, 法律服务机构 7, 其他 0, 总计 151: only 144 keeps the total
        AnnualReport r = SeedText.load("000")
                .printRow("一、本年新收政府信息公开申请数量", 7, "一、本年新收政府信息公开申请数量 1 44 0 0 0 7 0 151").read();
        assertThat(SeedText.applicationRow(r, "newlyReceived")).containsValues(144, 0, 0, 0, 7, 0, 151)
                .containsEntry("naturalPerson", 144).containsEntry("total", 151);
    }

    @Test
    void piecesThatJoinSeveralWaysLeaveTheirColumnsOut() {
        // 行政规范性文件 29 4 2 17: 294|2|17, 29|42|17, 29|4|217, or 29|4|2 and a value beyond: nothing says which
        AnnualReport r = SeedText.load("001").printRow("行政规范性文件", 3, "行政规范性文件 29 4 2 17").read();
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith("active.normativeDocs.") && r.value(k).isPresent());
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("VALUE_AMBIGUOUS")
                && w.message().startsWith("二 行政规范性文件: the digits \"29 4 2 17\" split 4 ways"));
        // the columns the ways agree on are read: 行政许可 0 减7 9 10 is 0, then 减7|910, 减79|10 or 减7|9 and 10 beyond
        AnnualReport signed = SeedText.load("000").printRow("行政许可", 3, "行政许可 0 减7 9 10").read();
        assertThat(signed.value("active.licensing.previousYear").map(BigDecimal::intValueExact)).contains(0);
        assertThat(signed.value("active.licensing.change")).isEmpty();
        assertThat(signed.value("active.licensing.decisions")).isEmpty();
    }

    @Test
    void aOneColumnRowOfTwoPiecesIsNotReadAsItsFirst() {
        // V2021 行政处罚 6 27: 627, or 6 and a value beyond; before, 6
        AnnualReport r = SeedText.load("001").printRow("行政处罚", 1, "行政处罚 6 27").read();
        assertThat(r.value("active.penalty.decisions")).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.code().code().equals("VALUE_AMBIGUOUS")
                && w.message().startsWith("二 行政处罚"));
        // a second figure on a line of its own is no piece (a page's number below the row): the first is the row's
        AnnualReport apart = SeedText.load("001").printRow("行政处罚", 1, "行政处罚 6", "27").read();
        assertThat(apart.value("active.penalty.decisions").map(BigDecimal::intValueExact)).contains(6);
    }

    private static List<Integer> ints(AnnualReport r, String prefix, String... columns) {
        return java.util.Arrays.stream(columns)
                .map(c -> r.value(prefix + c).map(BigDecimal::intValueExact).orElse(null))
                .toList();
    }
}
