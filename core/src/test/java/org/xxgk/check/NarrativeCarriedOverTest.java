package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the prose's application count includes the carried-over ones, and when it only names them. */
class NarrativeCarriedOverTest {

    private static List<Finding> mismatches(int stated, String quote) {
        // 001 prints 0 newly received and 0 carried over; 004 the same; make them differ
        var report = GoldenReports.builder("004")
                .set("applications.newlyReceived.naturalPerson", 12).set("applications.newlyReceived.total", 12)
                .set("applications.carriedOver.naturalPerson", 2).set("applications.carriedOver.total", 2)
                .set("applications.granted.naturalPerson", 14).set("applications.granted.total", 14)
                .set("applications.resultTotal.naturalPerson", 14).set("applications.resultTotal.total", 14)
                .withoutNarrative()
                .narrative("applicationsReceived", stated, quote)
                .build();
        return new ConsistencyChecker()
                .check(report).stream()
                        .filter(f -> f.rule().equals("NARRATIVE_MISMATCH"))
                        .toList();
    }

    @Test
    void aCountThatOnlyNamesTheCarriedOverIsTheNewlyReceived() {
        assertThat(mismatches(12, "本年新收政府信息公开申请12件,上年结转2件。")).isEmpty();
        assertThat(mismatches(14, "本年新收政府信息公开申请14件,上年结转2件。")).hasSize(1);
    }

    @Test
    void aCountTheWordingLeavesOpenMayIncludeTheCarriedOver() {
        // 受理 may count all applications handled this year: 14 = 12 new + 2 carried over agrees, as does 12
        assertThat(mismatches(14, "全年共受理政府信息公开申请14件,共办理14件。")).isEmpty();
        assertThat(mismatches(12, "全年共受理政府信息公开申请12件。")).isEmpty();
        assertThat(mismatches(13, "全年共受理政府信息公开申请13件。")).singleElement().satisfies(f -> {
            assertThat(f.keys()).containsExactly("applications.newlyReceived.total");
            assertThat(f.actual()).contains(java.math.BigDecimal.valueOf(12));
        });
    }

    @Test
    void aCountThatIncludesTheCarriedOverIsComparedWithBoth() {
        assertThat(mismatches(14, "共收到政府信息公开申请14件(含上年结转2件)。")).isEmpty();
        assertThat(mismatches(12, "共收到政府信息公开申请12件(含上年结转2件)。")).hasSize(1);
    }
}
