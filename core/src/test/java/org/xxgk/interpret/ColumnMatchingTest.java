package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.interpret.SpacedRowsTest.cells;
import static org.xxgk.interpret.SpacedRowsTest.golden;
import static org.xxgk.interpret.SpacedRowsTest.n;
import static org.xxgk.interpret.SpacedRowsTest.values;

/** Applications tables that leave out a column or add one: columns by header label, never by position. */
class ColumnMatchingTest {

    /** Seed 004 with one cell of every row of section 三 changed by {@code edit}, the header by {@code header}. */
    private static String applicationsEdited(String from, String to, String newlyReceived) {
        SeedText t = SeedText.load("004");
        int first = t.indexStartingWith("一、本年新收");
        int last = t.indexStartingWith("四、结转下年度");
        for (int i = first; i <= last; i++) t.lines.set(i, t.lines.get(i).replaceFirst(from, to));
        t.lines.set(first, newlyReceived);
        return String.join("\n", t.lines);
    }

    @Test
    void aColumnTheHeaderLeavesOutIsAbsent() {
        String text = applicationsEdited("\t0\t0\t0\t0\t0\t0\t0", "\t0\t0\t0\t0\t0\t0",
                "一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t2\t6\t")
                .replace("社会公益组织\t法律服务机构\t其他", "社会公益组织\t其他");
        AnnualReport r = SeedText.read(text);

        Map<String, Optional<BigDecimal>> changes = cells(
                "applications.newlyReceived.naturalPerson", 3L,
                "applications.newlyReceived.commercial", 1L,
                "applications.newlyReceived.otherOrg", 2L,
                "applications.newlyReceived.total", 6L);
        Map<String, Optional<BigDecimal>> expected = golden("004", changes);
        expected.keySet().removeIf(k -> k.startsWith("applications.") && k.endsWith(".legalService"));
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(r.warnings()).extracting(w -> w.code().code()).doesNotContain("HEADER_NOT_READ", "ROW_INCOMPLETE");
    }

    @Test
    void anUnknownExtraColumnsValuesAreDroppedWithAWarning() {
        String text = applicationsEdited("\t0\t0\t0\t0\t0\t0\t0", "\t0\t0\t0\t0\t0\t0\t\t0",
                "一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t2\t5\t11\t")
                .replace("法律服务机构\t其他", "法律服务机构\t其他\t个体工商户");
        AnnualReport r = SeedText.read(text);

        Map<String, Optional<BigDecimal>> changes = cells(
                "applications.newlyReceived.naturalPerson", 3L,
                "applications.newlyReceived.commercial", 1L,
                "applications.newlyReceived.otherOrg", 2L,
                "applications.newlyReceived.total", 11L);
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("004", changes));
        assertThat(r.warnings())
                .filteredOn(w -> w.code().code().equals("VALUE_WITHOUT_HEADER")
                        && w.message().startsWith("三"))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("本年新收", "\"5\""));
    }
}
