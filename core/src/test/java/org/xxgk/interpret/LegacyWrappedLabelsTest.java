package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY item's label wrapped in its cell: a copy of a cell a line prints the label's start, then the rest of it
 * with the unit and the value ({@code 2.政府网站公} / {@code 开政府信息数} / {@code 条} / {@code 7732}). The rest is the
 * item's, not an indicator of its own under it.
 */
class LegacyWrappedLabelsTest {

    @Test
    void theRestOfANumberedItemsLabelWithItsUnitIsTheItems() {
        AnnualReport r = SeedText.load("002").printRow("2.政府网站公开政府信息数 |", 0, "2.政府网站公 |", "开政府信息数 |")
                .read();
        assertThat(r.value("legacy.1.2.2").map(BigDecimal::intValueExact)).contains(7732);
        assertThat(r.cells().keySet()).doesNotContain("legacy.1.2.2.1");
        assertThat(r.value("legacy.1.2.3").map(BigDecimal::intValueExact)).contains(1976);
    }

    @Test
    void anIndicatorAfterAnUnnumberedItemThatPrintedNothingIsItsOwn() {
        // 其中:主动公开规范性文件数 printed without unit or value: 制发规范性文件总数 件 20 is the next indicator still
        AnnualReport r = SeedText.load("002").printRow("其中:主动公开规范性文件数 |", 2, "其中:主动公开规范性文件数 |").read();
        assertThat(r.labels()).containsEntry("legacy.1.1.2", "制发规范性文件总数");
        assertThat(r.value("legacy.1.1.2").map(BigDecimal::intValueExact)).contains(20);
    }
}
