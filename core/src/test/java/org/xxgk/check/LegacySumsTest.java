package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY sum takes its parts from the table's numbering, whatever they are called: a regional
 * table's own channels all count, and a row that names two channels counts once.
 */
class LegacySumsTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    /** Seed 002 with its 收到申请数 group replaced by {@code channels} (label, value) under {@code total}. */
    private static AnnualReport received(int total, List<String> labels, List<Integer> values) {
        GoldenReports.Builder b = GoldenReports.builder("002");
        for (int i = 1; i <= 4; i++) b.remove("legacy.3.1." + i);
        b.set("legacy.3.1", total).label("legacy.3.1", "受理依申请公开信息总数");
        for (int i = 0; i < labels.size(); i++) {
            String key = "legacy.3.1." + (i + 1);
            b.set(key, values.get(i)).label(key, labels.get(i)).unit(key, "件");
        }
        return b.build();
    }

    private List<Finding> channels(AnnualReport report) {
        return checker.check(report).stream().filter(f -> f.rule().equals("LEGACY_APP_CHANNELS")).toList();
    }

    private static final List<String> SIX = List.of(
            "其中:1.当面申请数", "2.传真申请数", "3.电子邮件申请数", "4.网上申请数", "5.信函申请数", "6.其它形式申请数");

    @Test
    void sixRegionalChannelsAreAllSummed() {
        assertThat(channels(received(21, SIX, List.of(1, 2, 3, 4, 5, 6)))).isEmpty();
        // 电子邮件 and 网上 are two channels, 其它形式 one more: 21, not the 15 a label list would take
        assertThat(channels(received(15, SIX, List.of(1, 2, 3, 4, 5, 6)))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).contains(BigDecimal.valueOf(21));
            assertThat(f.actual()).contains(BigDecimal.valueOf(15));
            assertThat(f.keys()).containsExactly("legacy.3.1", "legacy.3.1.1", "legacy.3.1.2", "legacy.3.1.3",
                    "legacy.3.1.4", "legacy.3.1.5", "legacy.3.1.6");
        });
    }

    @Test
    void oneRowForLetterAndFaxCountsOnce() {
        List<String> three = List.of("其中:1、当面申请数", "2、网上申请数", "3、信函、传真申请数");
        assertThat(channels(received(6, three, List.of(1, 2, 3)))).isEmpty();
        assertThat(channels(received(9, three, List.of(1, 2, 3)))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).contains(BigDecimal.valueOf(6));
            assertThat(f.keys()).containsExactly("legacy.3.1", "legacy.3.1.1", "legacy.3.1.2", "legacy.3.1.3");
        });
    }

    @Test
    void everySumRuleTakesItsPartsByNumbering() {
        // staff split three ways by a regional table (专职 / 兼职 / 聘用): all three count
        GoldenReports.Builder b = GoldenReports.builder("002")
                .set("legacy.8.3", 90)
                .set("legacy.8.3.3", 6)
                .label("legacy.8.3.3", "3.聘用人员数")
                .unit("legacy.8.3.3", "人");
        assertThat(checker.check(b.build())).noneMatch(f -> f.rule().equals("LEGACY_STAFF_SUM"));
        // 申请办结数 with a third child, 转办: 359 = 350 + 9 + 0
        GoldenReports.Builder c = GoldenReports.builder("002")
                .set("legacy.3.2.3", 0)
                .label("legacy.3.2.3", "3.转办数")
                .unit("legacy.3.2.3", "件");
        assertThat(checker.check(c.build())).noneMatch(f -> f.rule().equals("LEGACY_APP_COMPLETED"));
        assertThat(checker.check(c.set("legacy.3.2.3", 2).build()))
                .filteredOn(f -> f.rule().equals("LEGACY_APP_COMPLETED"))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).contains(BigDecimal.valueOf(361)));
    }

    @Test
    void aNarrativeSumOfTwoLabelsOnOneRowCountsItOnce() {
        // 告知作出更改补充数 and 告知通过其他途径办理数 printed as one row: the prose's figure is that row
        GoldenReports.Builder b = GoldenReports.builder("002")
                .remove("legacy.3.3.8").set("legacy.3.3.7", 101).label("legacy.3.3.7", "7.告知作出更改补充或通过其他途径办理数")
                .withoutNarrative().narrative("answersChangeOrOtherChannel", 101, "101件告知作出更改或通过其他途径办理。");
        assertThat(checker.check(b.build())).noneMatch(f -> f.rule().equals("NARRATIVE_MISMATCH"));
    }
}
