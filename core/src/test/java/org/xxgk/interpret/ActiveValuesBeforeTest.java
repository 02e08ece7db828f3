package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Section 二's sub-tables copied by plain pdftotext with each row's values before its label (where the values sit
 * higher than the label): the values under the header are the first row's, those after a row the next one's.
 */
class ActiveValuesBeforeTest {

    /** Seed 001 (V2021) with its 第二十条第(一) and (六) sub-tables printed so, with other numbers. */
    private static SeedText valuesBefore() {
        SeedText t = SeedText.load("001");
        int one = t.indexOf("第二十条第(一)项");
        int five = t.indexOf("第二十条第(五)项");
        t.lines.subList(one + 5, five).clear();
        t.lines.addAll(one + 5, List.of("3", "1", "12", "规章", "5", "2", "40", "行政规范性文件"));
        int six = t.indexOf("第二十条第(六)项");
        int eight = t.indexOf("第二十条第(八)项");
        t.lines.subList(six + 3, eight).clear();
        t.lines.addAll(six + 3, List.of("17", "行政处罚", "4", "行政强制"));
        return t;
    }

    private static int value(AnnualReport r, String key) {
        return r.value(key).orElseThrow(() -> new AssertionError(key + " not read")).intValue();
    }

    @Test
    void eachRowTakesTheValuesPrintedBeforeIt() {
        AnnualReport r = valuesBefore().read();
        assertThat(value(r, "active.rules.issued")).isEqualTo(3);
        assertThat(value(r, "active.rules.inForce")).isEqualTo(12);
        assertThat(value(r, "active.normativeDocs.issued")).isEqualTo(5);
        assertThat(value(r, "active.normativeDocs.inForce")).isEqualTo(40);
        assertThat(value(r, "active.penalty.decisions")).isEqualTo(17);
        assertThat(value(r, "active.enforcement.decisions")).isEqualTo(4);
    }

    @Test
    void valuesAfterTheLastRowLeaveTheSubTableAsPrinted() {
        // the last row has values after it: not the whole shape, so nothing is moved
        SeedText t = valuesBefore();
        t.lines.add(t.indexOf("行政强制") + 1, "9");
        AnnualReport r = t.read();
        assertThat(r.value("active.penalty.decisions")).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(4));
        assertThat(r.value("active.enforcement.decisions"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(9));
    }

    @Test
    void aHeadingALineBreakCutIsStillTheSubTablesBounds() {
        // 第二十条 / 第(五)项 and 第二 / 十条第(六)项: the next heading's first part ends the sub-table above (or its
        // second part, where the first says too little), its second part starts the next
        SeedText t = valuesBefore();
        // (五) printed so too: 本年处理决定数量 / 88 / 行政许可
        int permit = t.indexOf("行政许可");
        t.lines.remove(permit + 1);
        t.lines.add(permit, "88");
        int five = t.indexOf("第二十条第(五)项");
        t.lines.set(five, "第(五)项");
        t.lines.add(five, "第二十条");
        int six = t.indexOf("第二十条第(六)项");
        t.lines.set(six, "十条第(六)项");
        t.lines.add(six, "第二");
        AnnualReport r = t.read();
        assertThat(value(r, "active.rules.issued")).isEqualTo(3);
        assertThat(value(r, "active.normativeDocs.inForce")).isEqualTo(40);
        assertThat(value(r, "active.licensing.decisions")).isEqualTo(88);
        assertThat(value(r, "active.penalty.decisions")).isEqualTo(17);
        assertThat(value(r, "active.enforcement.decisions")).isEqualTo(4);
    }

    @Test
    void aHeadingCutAfterItsDiIsOneHeading() {
        // 第二十条第 / （六）项: the 项 on a line of its own is the heading's, not the sub-table's header
        SeedText t = valuesBefore();
        int six = t.indexOf("第二十条第(六)项");
        t.lines.set(six, "（六）项");
        t.lines.add(six, "第二十条第");
        AnnualReport r = t.read();
        assertThat(value(r, "active.penalty.decisions")).isEqualTo(17);
        assertThat(value(r, "active.enforcement.decisions")).isEqualTo(4);
    }
}
