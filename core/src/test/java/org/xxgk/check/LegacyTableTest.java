package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.RandomText;

class LegacyTableTest {

    // the printed number in front of a label as a pattern: what LegacyTable reads by hand must read the same
    private static final Pattern NUMBERING =
            Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[、.]|\\d+[.、)]|\\(\\d+\\))");
    private static final Pattern SUB_ITEM = Pattern.compile("^其中[:：]?");

    @Test
    void numberingsAreReadByHandAsThePatternReadsThem() {
        RandomText.upTo(15, "一二十0129()、.:：其中公开 ", 8, 100_000).forEach(label -> {
            Matcher m = NUMBERING.matcher(label);
            assertThat(LegacyTable.numberingLength(label)).as(label).isEqualTo(m.find() ? m.end() : 0);
            assertThat(LegacyTable.bareLabel(label)).as(label).isEqualTo(byPatterns(label));
        });
    }

    @Test
    void aBareLabelHasNeitherNumberNorOfWhich() {
        assertThat(LegacyTable.bareLabel(" 其中：(三)1.行政复议")).isEqualTo("行政复议");
        assertThat(LegacyTable.bareLabel("12、维持")).isEqualTo("维持");
        assertThat(LegacyTable.bareLabel("1.5万元")).isEqualTo("5万元");
    }

    @Test
    void anIndicatorsChildrenAreTheKeysOneNumberBelowItWhetherItIsPrintedOrNot() {
        AnnualReport report = GoldenReports.builder("002")
                .set("legacy.3.10", 1).set("legacy.3.10.1", 1).set("legacy.3.1.10", 0).set("legacy.12.1", 2).build();
        LegacyTable table = LegacyTable.of(report);

        // legacy.3.10 is no child of legacy.3.1, nor legacy.3.3.4.1 of legacy.3; numbers in order, 10 after 3
        assertThat(table.children("legacy.3"))
                .containsExactly("legacy.3.1", "legacy.3.2", "legacy.3.3", "legacy.3.10");
        assertThat(table.children("legacy.3.1"))
                .containsExactly("legacy.3.1.1", "legacy.3.1.2", "legacy.3.1.3", "legacy.3.1.4", "legacy.3.1.10");
        assertThat(table.children("legacy.3.10")).containsExactly("legacy.3.10.1");
        assertThat(table.children("legacy.12")).containsExactly("legacy.12.1");
        assertThat(table.children("legacy.3.1.1")).isEmpty();
        assertThat(table.children("legacy.1")).containsExactly("legacy.1.1", "legacy.1.2");
    }

    private static String byPatterns(String label) {
        String bare = label.strip();
        String before;
        do {
            before = bare;
            bare = SUB_ITEM.matcher(bare).replaceFirst("");
            bare = NUMBERING.matcher(bare).replaceFirst("").strip();
        } while (!bare.equals(before));
        return bare;
    }
}
