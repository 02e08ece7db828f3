package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY table copied by plain pdftotext, one cell a line: values after their labels (as most copies print them),
 * or each row's values before its label (where they sit higher than the label). A row of values right under the
 * header's column words says the second may be the case; the table's sums decide. A blank cell leaves nothing in
 * such a copy: a row with one value for two columns is placed only where its list's sums tell the column.
 */
class LegacyValuesBeforeTest {

    private static AnnualReport read(List<String> table) {
        String text = "某某局2012年度政府信息公开工作年度报告\n\n六、政府信息公开情况统计表\n\n指标名称\n\n"
                + String.join("\n\n", table) + "\n\n某某局\n";
        return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "legacy.txt");
    }

    private static int value(AnnualReport r, String key) {
        return r.value(key).orElseThrow(() -> new AssertionError(key + " not read")).intValue();
    }

    @Test
    void valuesBeforeTheirLabelsAreReadSoWhereTheSumsSaySo() {
        AnnualReport r = read(List.of("计量单位 2012年度 历年累计", "377", "405",
                "主动公开文件数", "条", "377", "377",
                "其中：1、政府网站公开数", "条", "0", "28",
                "2、政府公报公开数", "条", "6", "54",
                "受理依申请公开信息总数", "条", "4", "50",
                "其中：1、当面申请数", "条", "2", "4",
                "2、网上申请数", "条"));
        assertThat(value(r, "legacy.1")).isEqualTo(377);
        assertThat(value(r, "legacy.1.cumulative")).isEqualTo(405);
        assertThat(value(r, "legacy.1.1")).isEqualTo(377);
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(28);
        assertThat(value(r, "legacy.2")).isEqualTo(6);
        assertThat(value(r, "legacy.2.2")).isEqualTo(2);
    }

    @Test
    void aStrayValueUnderTheHeaderDoesNotMoveValuesThatFollowTheirLabels() {
        // the same table printed as most copies print it, a stray 1 under the header: moved, every sum would break
        AnnualReport r = read(List.of("计量单位 2012年度 历年累计", "1",
                "主动公开文件数", "条", "377", "405",
                "其中：1、政府网站公开数", "条", "377", "377",
                "2、政府公报公开数", "条", "0", "28",
                "受理依申请公开信息总数", "条", "6", "54",
                "其中：1、当面申请数", "条", "4", "50",
                "2、网上申请数", "条", "2", "4"));
        assertThat(value(r, "legacy.1")).isEqualTo(377);
        assertThat(value(r, "legacy.1.cumulative")).isEqualTo(405);
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(28);
        assertThat(value(r, "legacy.2.2")).isEqualTo(2);
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("VALUE_WITHOUT_HEADER")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"1\""));
    }

    @Test
    void oneValueForTheYearsAndTheCumulativeColumnIsNotPlaced() {
        // 其中：1、当面申请数 prints 4 only: its other cell was left blank, and a line of text does not say which
        AnnualReport r = read(List.of("计量单位 2012年度 历年累计",
                "主动公开文件数", "条", "377", "405",
                "其中：1、当面申请数", "条", "4",
                "2、网上申请数", "条", "2", "4"));
        assertThat(value(r, "legacy.1")).isEqualTo(377);
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(4);
        assertThat(r.value("legacy.1.1")).isEmpty();
        assertThat(r.value("legacy.1.1.cumulative")).isEmpty();
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("ROW_INCOMPLETE")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"4\""));
    }

    @Test
    void valuesBeforeTheirLabelsWinWhereMoreSumsHoldAndNoMoreFail() {
        // read after their labels, 主动公开信息数 breaks two sums; read before them, the list with one-value rows does
        // (its items stop at the first such row until their columns are known): more sums hold, and no more fail
        AnnualReport r = read(List.of("计量单位 2014年度 历年累计", "97", "97",
                "主动公开信息数", "条", "8", "8",
                "其中：1.网站公开", "条", "89", "89",
                "2.政府公报公开", "条", "31", "60",
                "受理依申请公开信息总数", "条", "7", "7",
                "其中：1.当面申请数", "条", "3",
                "2.传真申请数", "条", "24", "24",
                "3.电子邮件申请数", "条", "1",
                "4.网上申请数", "条", "0", "25",
                "5.其它形式申请数", "条", "8", "10",
                "对申请的答复数", "条", "5", "6",
                "其中：1.同意公开答复数", "条", "3", "4",
                "2.同意部分公开答复数", "条", "2", "2",
                "行政复议数", "条"));
        assertThat(value(r, "legacy.1")).isEqualTo(97);
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(89);
        assertThat(value(r, "legacy.2.cumulative")).isEqualTo(60);
        assertThat(value(r, "legacy.2.4.cumulative")).isEqualTo(1);
        assertThat(value(r, "legacy.3.2")).isEqualTo(3);
        assertThat(value(r, "legacy.4.cumulative")).isEqualTo(2);
    }

    @Test
    void oneValueGoesToTheColumnEveryWayOfMakingItsListAddUpGivesIt() {
        // the years add up to 31 without them: 3 and 1 are cumulative (7 + 3 + 24 + 1 + 25 = 60); 0 tells nothing
        AnnualReport r = read(List.of("计量单位 2014年度 历年累计",
                "受理依申请公开信息总数", "条", "31", "60",
                "其中：1.当面申请数", "条", "7", "7",
                "2.传真申请数", "条", "3",
                "3.电子邮件申请数", "条", "24", "24",
                "4.网上申请数", "条", "1",
                "5.信函申请数", "条", "0",
                "6.其它形式申请数", "条", "0", "25",
                "对申请的答复数", "条", "14", "14"));
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(3);
        assertThat(r.value("legacy.1.2")).isEmpty();
        assertThat(r.cells()).containsKey("legacy.1.2");
        assertThat(value(r, "legacy.1.4.cumulative")).isEqualTo(1);
        assertThat(r.cells()).doesNotContainKeys("legacy.1.5", "legacy.1.5.cumulative");
        assertThat(value(r, "legacy.2")).isEqualTo(14);
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("ROW_INCOMPLETE")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"0\""));
    }

    @Test
    void oneValueThatEitherColumnCouldTakeIsNotPlaced() {
        // 5 and 5 add up either way (year 5 + 5, cumulative 10 + 5): the sums do not tell which is which
        AnnualReport r = read(List.of("计量单位 2014年度 历年累计",
                "受理依申请公开信息总数", "条", "10", "15",
                "其中：1.当面申请数", "条", "5", "10",
                "2.传真申请数", "条", "5",
                "3.网上申请数", "条", "5",
                "对申请的答复数", "条", "14", "14"));
        assertThat(r.cells()).doesNotContainKeys("legacy.1.2", "legacy.1.2.cumulative", "legacy.1.3.cumulative");
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("ROW_INCOMPLETE")).hasSize(2);
    }

    @Test
    void aOneValueRowWithoutItsNumberIsTheItemTheNextNumberBelowLeavesIt() {
        // 传真申请数 lost its 2.: one value, which no sum can take before its column is known, and 3. right below
        AnnualReport r = read(List.of("计量单位 2010年度 历年累计",
                "受理依申请公开信息总数", "条", "9", "52",
                "其中：1.当面申请数", "条", "0",
                "传真申请数", "条", "2",
                "3.电子邮件申请数", "条", "10",
                "4.网上申请数", "条", "23",
                "5.信函申请数", "条", "9", "9",
                "6.其它形式申请数", "条", "8",
                "对申请的答复数", "条", "74", "175",
                "行政复议数", "条", "0", "89"));
        assertThat(r.labels().get("legacy.1.2")).isEqualTo("传真申请数");
        assertThat(value(r, "legacy.1.2.cumulative")).isEqualTo(2);
        assertThat(value(r, "legacy.1.6.cumulative")).isEqualTo(8);
        assertThat(value(r, "legacy.2.cumulative")).isEqualTo(175);
        assertThat(value(r, "legacy.3.cumulative")).isEqualTo(89);
    }

    @Test
    void oneValueThatOnlyTheYearsColumnAddsUpWithIsTheYears() {
        AnnualReport r = read(List.of("计量单位 2014年度 历年累计",
                "受理依申请公开信息总数", "条", "10", "20",
                "其中：1.当面申请数", "条", "5", "10",
                "2.传真申请数", "条", "5",
                "3.网上申请数", "条", "0", "10",
                "对申请的答复数", "条", "14", "14"));
        assertThat(value(r, "legacy.1.2")).isEqualTo(5);
        assertThat(r.value("legacy.1.2.cumulative")).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.code().code().equals("ROW_INCOMPLETE"));
    }

    @Test
    void aListWithAnItemNotReadTellsNoColumn() {
        // no 3.: what it held is not known, and 1. and 2. adding up without it would be a coincidence
        AnnualReport r = read(List.of("计量单位 2014年度 历年累计",
                "受理依申请公开信息总数", "条", "10", "10",
                "其中：1.当面申请数", "条", "5", "10",
                "2.传真申请数", "条", "5",
                "4.网上申请数", "条", "0", "0",
                "对申请的答复数", "条", "14", "14"));
        assertThat(value(r, "legacy.1.4.cumulative")).isZero();
        assertThat(r.cells()).doesNotContainKeys("legacy.1.2", "legacy.1.2.cumulative");
    }
}
