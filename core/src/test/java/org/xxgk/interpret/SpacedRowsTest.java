package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/** Crawler copies that put a whole row on one line, its cells separated by spaces of any kind. */
class SpacedRowsTest {

    static Map<String, Optional<BigDecimal>> values(AnnualReport r) {
        Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
        r.cells().forEach((k, v) -> m.put(k, v.value().map(BigDecimal::stripTrailingZeros)));
        return m;
    }

    static Map<String, Optional<BigDecimal>> golden(String id, Map<String, Optional<BigDecimal>> changes) {
        Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
        Golden.load(id).cells().forEach((k, v) -> m.put(k, Optional.ofNullable(v).map(BigDecimal::stripTrailingZeros)));
        m.putAll(changes);
        return m;
    }

    /** Cells from key, value pairs ({@code "applications.granted.total", 4L}). */
    static Map<String, Optional<BigDecimal>> cells(Object... keysAndValues) {
        Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2)
            m.put((String) keysAndValues[i], n((Long) keysAndValues[i + 1]));
        return m;
    }

    static Optional<BigDecimal> n(long v) {
        return Optional.of(BigDecimal.valueOf(v).stripTrailingZeros());
    }

    /** Seed 004's tab-separated tables with every tab run turned into a space: ASCII, NBSP or ideographic, by line. */
    @Test
    void seed004WithSpacesForTabs() {
        SeedText t = SeedText.load("004");
        t.lines.set(t.indexStartingWith("一、本年新收"), "一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4");
        t.lines.set(t.indexStartingWith("四、结转下年度"), "四、结转下年度继续办理\t\t\t4\t0\t0\t0\t0\t0\t4");
        t.lines.set(t.indexStartingWith("行政许可"), "行政许可\t11246\t增 4747\t1251");
        t.lines.set(t.indexStartingWith("政府集中采购"), "政府集中采购\t3\t406万元");
        String[] spaces = {" ", "\u00A0", "\u3000"};
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < t.lines.size(); k++) {
            text.append(t.lines.get(k).strip().replaceAll("\t+", spaces[k % spaces.length])).append('\n');
        }
        AnnualReport r = SeedText.read(text.toString());

        Map<String, Optional<BigDecimal>> expected = cells(
                "applications.newlyReceived.naturalPerson", 4L,
                "applications.newlyReceived.total", 4L,
                "applications.carriedForward.naturalPerson", 4L,
                "applications.carriedForward.total", 4L,
                "active.licensing.previousYear", 11246L,
                "active.licensing.change", 4747L,
                "active.licensing.decisions", 1251L,
                "active.procurement.count", 3L,
                "active.procurement.amount", 406L);
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("004", expected));
        assertThat(r.template()).isEqualTo(Template.V2019);
        assertThat(r.units()).containsExactly(Map.entry("active.procurement.amount", "万元"));
        // the sixteenth review value has no header, as in the seed
        assertThat(r.warnings()).extracting(w -> w.code().code()).containsExactly("VALUE_WITHOUT_HEADER");
    }

    /** The review table with its groups as rows and the five result columns as the header. */
    @Test
    void reviewTableWithGroupsAsRows() {
        SeedText t = SeedText.load("004");
        int at = t.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int end = t.indexStartingWith("五、政府信息公开工作存在的主要问题");
        for (int k = at + 1; k < end; k++) t.lines.remove(at + 1);
        t.lines.addAll(at + 1, List.of(
                "类别 结果维持 结果纠正 其他结果 尚未审结 总计",
                "行政复议 1 0 0 1 2",
                "行政诉讼 未经复议直接起诉 0 0 0 0 0",
                "复议后起诉 3 1 0 0 4"));
        AnnualReport r = t.read();
        Map<String, Optional<BigDecimal>> changes = cells(
                "review.reconsideration.upheld", 1L,
                "review.reconsideration.pending", 1L,
                "review.reconsideration.total", 2L,
                "review.litigationAfterReview.upheld", 3L,
                "review.litigationAfterReview.corrected", 1L,
                "review.litigationAfterReview.total", 4L);
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("004", changes));
        assertThat(r.warnings()).isEmpty();
    }
}
