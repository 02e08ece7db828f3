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
 * such a copy: a row with one value for two columns is not placed.
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
}
