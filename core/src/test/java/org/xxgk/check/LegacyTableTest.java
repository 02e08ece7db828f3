package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

    @Test
    void anIndicatorFoundByRememberedVerdictsIsTheFirstWhoseBareLabelThePatternMatches() throws Exception {
        // every step of the rules' label paths, asked in another order of tables whose labels recur and vary
        List<Pattern> patterns = new ArrayList<>();
        for (Field f : LegacyItems.class.getDeclaredFields()) {
            if (f.getType() == LabelPath.class) patterns.addAll(((LabelPath) f.get(null)).steps());
        }
        // and more than a word of verdicts' bits can hold, so that a label's verdicts run over several
        String words = "政府网站信息公开申请行政复议诉讼其中数";
        for (int k = 0; k < 100; k++) patterns.add(Pattern.compile(words.charAt(k % words.length()) + "|" + k));
        AnnualReport base = GoldenReports.of("002");
        List<String> pool = new ArrayList<>(base.labels().values());
        Random random = new Random(23);
        for (int i = 0; i < 60; i++) pool.add(RandomText.upTo(random, "政府网站信息公开申请行政复议诉讼其中(一)1.数", 10));
        int found = 0;
        for (int t = 0; t < 300; t++) {
            GoldenReports.Builder b = GoldenReports.builder("002");
            for (String key : base.labels().keySet()) b.label(key, pool.get(random.nextInt(pool.size())));
            LegacyTable table = LegacyTable.of(b.build());
            List<Pattern> order = new ArrayList<>(patterns);
            Collections.shuffle(order, random);
            for (Pattern p : order) {
                Optional<String> first = table.keys().stream()
                        .filter(k -> p.matcher(LegacyTable.bareLabel(table.label(k))).find()).findFirst();
                assertThat(table.find(p, Optional.empty())).as("%s in table %d", p, t).isEqualTo(first);
                if (first.isPresent()) found++;
            }
        }
        assertThat(found).isGreaterThan(1_000);
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
