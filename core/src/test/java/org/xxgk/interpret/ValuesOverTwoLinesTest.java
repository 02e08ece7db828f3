package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;

/**
 * A text copy of a PDF printed from a web page ({@code pdftotext -layout}) centres a row's values between the lines of
 * its wrapped label and puts the first of them on the label's first line, the others on the next: one row, where the
 * two parts together keep its sum and the second's label only goes on.
 */
class ValuesOverTwoLinesTest {

    private static final String NEWLY = "一、本年新收政府信息公开申请数量";

    private static Map<String, Integer> row(AnnualReport r, String row) {
        return SeedText.applicationRow(r, row);
    }

    private static Map<String, Integer> values(int... v) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < v.length; k++) out.put(CellCatalog.applicationColumns().get(k).id(), v[k]);
        return out;
    }

    @Test
    void theFirstValueOnTheLabelsFirstLineIsTheRows() {
        AnnualReport r = SeedText.load("000")
                .printRow(NEWLY, 7, "一、本年新收政府信 119", "息公开申请数量 81 0 0 115 37 352").read();
        assertThat(row(r, "newlyReceived")).isEqualTo(values(119, 81, 0, 0, 115, 37, 352));
    }

    @Test
    void theRowsNumberAloneOnTheLineBetweenGoesFirst() {
        // 申请人逾期未按收费…、行政 ０ ９ / 2. / ０ ０ ７９ ０ ８８ / 机关不再处理…: one row, its number first
        AnnualReport r = SeedText.load("001")
                .printRow("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 7,
                        "申请人逾期未按收费通知要求缴纳费用、行政 ０ ９", "2.", "０ ０ ７９ ０ ８８", "机关不再处理其政府信息公开申请")
                .read();
        assertThat(row(r, "other.overdueFee")).isEqualTo(values(0, 9, 0, 0, 79, 0, 88));
        assertThat(r.warnings()).filteredOn(w -> w.message().contains("申请人逾期未按收费"))
                .allMatch(w -> w.message().contains("row \"2.申请人逾期未按收费通知要求缴纳费用、行政\""));
    }

    @Test
    void partsThatBreakTheRowsSumAreNotJoined() {
        AnnualReport r = SeedText.load("000")
                .printRow(NEWLY, 7, "一、本年新收政府信 119", "息公开申请数量 81 0 0 115 37 350").read();
        assertThat(row(r, "newlyReceived")).isEmpty();
    }

    @Test
    void aRowWhoseLabelIsItsOwnIsNotTheRestOfTheRowAbove() {
        // blank cells left blank: （六）其他 / 处理 0 0 and （七 / ）总计 0 0 0 0 0 are two rows, zeros keep any sum
        SeedText text = SeedText.load("000").printRow("(六)其他处理", 7, "（六）其他", "处理 0 0")
                .printRow("(七)总计", 7, "（七", "）总计 0 0 0 0 0");
        AnnualReport r = text.read();
        assertThat(row(r, "other")).doesNotContainKeys("otherOrg", "total");
        assertThat(row(r, "resultTotal")).doesNotContainKeys("naturalPerson", "commercial");
    }

    @Test
    void aNumberedRowAfterAGroupsLabelIsNotTheRestOfTheRowAbove() {
        // 三、本年度 1.信访举报投诉类申请 0 0 3 / 办理结果 2.重复申请 0 0 0 3: the group's label goes on, not the row's
        SeedText text = SeedText.load("001").printRow("1.信访举报投诉类申请", 7, "三、本年度 1.信访举报投诉类申请 0 0 3")
                .printRow("2.重复申请", 7, "办理结果 2.重复申请 0 0 0 3");
        AnnualReport r = text.read();
        assertThat(row(r, "notProcessed.complaint")).hasSizeLessThan(7);
        assertThat(row(r, "notProcessed.repeated")).hasSizeLessThan(7);
    }

    @Test
    void theRestWithItsLabelAfterTheRowsNumberOnALineOfItsOwn() {
        // 申请人逾期未按收费…其政 ０ / 2. / 府信息公开申请 ９ ０ ０ ７９ ０ ８８
        AnnualReport r = SeedText.load("001")
                .printRow("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 7,
                        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政 ０", "2.", "府信息公开申请 ９ ０ ０ ７９ ０ ８８")
                .read();
        assertThat(row(r, "other.overdueFee")).isEqualTo(values(0, 9, 0, 0, 79, 0, 88));
    }

    @Test
    void aBlankLineBetweenIsNoLineOfTheRow() {
        AnnualReport r = SeedText.load("000")
                .printRow(NEWLY, 7, "一、本年新收政府信 119", "", "息公开申请数量 81 0 0 115 37 352").read();
        assertThat(row(r, "newlyReceived")).isEmpty();
    }

    @Test
    void aNumberedRowTakesNoOtherNumber() {
        // 4.保护第三方合法权益 2 / 5. / 0 0 0 0 0 2: the 5 is the next row's, whose label went elsewhere
        SeedText text = SeedText.load("001").printRow("4.保护第三方合法权益", 7, "4.保护第三方合法权益 2", "5.")
                .printRow("5.属于三类内部事务信息", 7, "0 0 0 0 0 2");
        AnnualReport r = text.read();
        assertThat(row(r, "refused.thirdParty")).isNotEqualTo(values(2, 0, 0, 0, 0, 0, 2));
    }

    @Test
    void shortRowsWhoseDigitsSplitIntoARowAreNotJoined() {
        // 1 / 1 0 0 110 13: 110 is 1|10 or 11|0, both keep the sum; only values printed apart are joined
        AnnualReport r = SeedText.load("000")
                .printRow(NEWLY, 7, "一、本年新收政府信 1", "息公开申请数量 1 0 0 110 13").read();
        assertThat(row(r, "newlyReceived")).doesNotContainKeys("publicInterest", "legalService");
    }

    @Test
    void partsWithAValueBeyondTheColumnsAreNotJoined() {
        // which value is extra is unknown
        AnnualReport r = SeedText.load("000")
                .printRow(NEWLY, 7, "一、本年新收政府信 119", "息公开申请数量 81 0 0 115 37 352 9").read();
        assertThat(row(r, "newlyReceived")).doesNotContainEntry("naturalPerson", 119);
    }
}
