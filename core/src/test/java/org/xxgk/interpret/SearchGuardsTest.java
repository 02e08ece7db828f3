package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts that spare the interpreter a search give what the search gives: the required words
 * and the lead read off a narrative pattern, the label signatures of {@link LabelSimilarity} and its
 * numbering read from a label's last characters.
 */
class SearchGuardsTest {

    @Test
    void aTopLevelGroupRequiresOneOfTheWordsItsAlternativesStartWithUnlessOptional() {
        assertThat(NarrativePatterns.requiredAlternatives("(?:官网|门户网站)(?:上)?(?:发布|公开)信息\\d+条"))
                .containsExactly(List.of("官网", "门户网站"), List.of("发布", "公开"));
        assertThat(NarrativePatterns.requiredAlternatives("(?:各类)?(?:政府|政务)?信息")).isEmpty();
        // alternatives that go on past their words: the words they start with
        assertThat(NarrativePatterns.requiredAlternatives("(?:信息公开|从事[^。]{0,15}?)工作人员"))
                .containsExactly(List.of("信息公开", "从事"));
        assertThat(NarrativePatterns.requiredAlternatives("(?:未(?:发生|收到|出现)|没有)[^。]{0,20}?行政复议"))
                .containsExactly(List.of("未", "没有"));
        // an alternative that starts with no word (a class, an optional character): nothing required of its group
        assertThat(NarrativePatterns.requiredAlternatives("(?:[专兼]职|全职)人员")).isEmpty();
        assertThat(NarrativePatterns.requiredAlternatives("(?:未?发生|没有)行政复议")).isEmpty();
        // an alternation at the top: nothing required
        assertThat(NarrativePatterns.requiredAlternatives("(?:官网|网站)公开|微信")).isEmpty();
    }

    @Test
    void aPatternThatOpensWithARequiredGroupStartsWithOneOfItsWords() {
        assertThat(NarrativePatterns.startWords("(?:收到|受理)(?:各类)?[^。]{0,30}?申请\\d+件")).containsExactly("收到", "受理");
        assertThat(NarrativePatterns.startWords("(?:未(?:发生|收到)|没有)[^。]{0,20}?行政复议")).containsExactly("未", "没有");
        // an optional group, one that does not open the pattern, an alternation at the top: no start known
        assertThat(NarrativePatterns.startWords("(?:发生|收到)?行政复议\\d+件")).isEmpty();
        assertThat(NarrativePatterns.startWords("主动公开(?:各类)?信息\\d+条")).isEmpty();
        assertThat(NarrativePatterns.startWords("(?:官网|网站)公开|微信")).isEmpty();
        assertThat(NarrativePatterns.startWords("(?:[专兼]职|全职)人员")).isEmpty();
    }

    @Test
    void theLeadIsTheLongestTextBeforeTheFirstRequiredLiteral() {
        assertThat(NarrativePatterns.leadOf("(?<!未|没有)(?:发生|收到|被申请)?行政复议(?:案件)?\\d+件")).isEqualTo(3);
        assertThat(NarrativePatterns.leadOf("(?:微信公众号|政务微信)(?:上)?(?:主动)?公开\\d+条")).isEqualTo(8);
        assertThat(NarrativePatterns.leadOf("主动公开(?:各类)?信息\\d+条")).isZero();
        // unbounded or unknown text before the literal, or no literal: no lead
        assertThat(NarrativePatterns.leadOf("(?:收到|受理)[^。]{0,30}?申请\\d+件")).isEqualTo(-1);
        assertThat(NarrativePatterns.leadOf("(?<![专兼]职)工作人员\\d+人")).isEqualTo(-1);
        assertThat(NarrativePatterns.leadOf("(?:培训|参训)\\d+人")).isEqualTo(-1);
    }

    @Test
    void theAlignmentsShortcutsChangeNoMatch() {
        List<String> labels = List.of("予以公开", "部分公开", "属于国家秘密", "其他法律行政法规禁止公开", "总计", "本年新收政府信息公开申请数量");
        String alphabet = "予以部分公开属于国家秘密其他法律行政法规禁止总计本年新收政府信息申请数量情况一二三()、.123 ";
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder printed = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) printed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            // now and then a label's own words at the end, garbled or not
            if (random.nextBoolean()) {
                String label = labels.get(random.nextInt(labels.size()));
                printed.append(random.nextBoolean() ? label : label.substring(random.nextInt(label.length())));
            }
            String p = printed.toString();
            for (String label : labels) {
                Reading expected = reference(p, label);
                assertThat(Reading.of(LabelSimilarity.match(p, List.of(label))))
                        .as("%s / %s", p, label)
                        .isEqualTo(expected);
                LabelSimilarity.Printed printedOnce = new LabelSimilarity.Printed(p);
                assertThat(Reading.of(LabelSimilarity.match(printedOnce, List.of(LabelSimilarity.FormLabel.of(label)))))
                        .as("%s / %s", p, label)
                        .isEqualTo(expected);
            }
            // of several labels, the first of the best score
            Reading best = Reading.NONE;
            for (String label : labels) {
                Reading r = reference(p, label);
                if (r.score() > best.score()) best = r;
            }
            assertThat(Reading.of(LabelSimilarity.match(p, labels))).as(p).isEqualTo(best);
        }
    }

    /** What a match reads: its score and the numbering before the label's words. */
    private record Reading(double score, Optional<Labels.Numbering> numbering) {
        static final Reading NONE = new Reading(0, Optional.empty());

        static Reading of(LabelSimilarity.Match m) {
            return new Reading(m.score(), m.numbering());
        }
    }

    /** The alignment as it was before its shortcuts: the whole table, no early way out. */
    private static Reading reference(String printed, String label) {
        int n = label.length();
        if (n == 0 || printed.isEmpty()) return Reading.NONE;
        int last = printed.length() - 1;
        if (label.indexOf(printed.charAt(last)) < 0 && (last == 0 || label.indexOf(printed.charAt(last - 1)) < 0)) {
            return Reading.NONE;
        }
        int from = Math.max(0, printed.length() - 2 * n - 2);
        String t = printed.substring(from);
        int m = t.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int j = 0; j <= m; j++) prevStart[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            curStart[0] = 0;
            char c = label.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int best = prev[j - 1] + (t.charAt(j - 1) == c ? 0 : 1);
                int start = prevStart[j - 1];
                if (prev[j] + 1 < best) {
                    best = prev[j] + 1;
                    start = prevStart[j];
                }
                if (cur[j - 1] + 1 < best) {
                    best = cur[j - 1] + 1;
                    start = curStart[j - 1];
                }
                cur[j] = best;
                curStart[j] = start;
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
            tmp = prevStart;
            prevStart = curStart;
            curStart = tmp;
        }
        int allowed = n <= 3 ? 0 : n <= 5 ? 1 : n / 3;
        if (prev[m] > allowed) return Reading.NONE;
        return new Reading(
                1.0 - (double) prev[m] / n, LabelSimilarity.numbering(printed.substring(0, from + prevStart[m])));
    }

    @Test
    void theTrailingNumberingIsReadFromTheLastCharacters() {
        Pattern full = Pattern.compile(
                "(?:([0-9]{1,2})[.、,．]|\\(([一二三四五六七八九十]{1,3})\\)[、.]?|([一二三四五六七八九十]{1,3})[、.]|\\(([0-9]{1,2})\\)[、.]?)"
                        + "$");
        List<String> befores = new ArrayList<>(List.of(
                "",
                "1.",
                "(三)",
                "(十一)、",
                "三、(一)1.",
                "行政复议12,",
                "(12)",
                "一二三四五六七八九十、",
                "(一二三四)",
                "1.\u0085",
                "(十一)、\u2028",
                "其中:(四)"));
        String alphabet = "一二三十()、.,．0123456789其中\u0085";
        Random random = new Random(15);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            befores.add(b.toString());
        }
        for (String before : befores) {
            Matcher m = full.matcher(before);
            Optional<Labels.Numbering> expected = Optional.empty();
            if (m.find()) {
                expected = m.group(1) != null
                        ? Optional.of(new Labels.Numbering(Labels.Marker.ARABIC, Integer.parseInt(m.group(1))))
                        : m.group(2) != null
                                ? Labels.chinese(m.group(2))
                                        .map(v -> new Labels.Numbering(Labels.Marker.PAREN_CHINESE, v))
                                : m.group(3) != null
                                        ? Labels.chinese(m.group(3))
                                                .map(v -> new Labels.Numbering(Labels.Marker.CHINESE, v))
                                        : Optional.of(new Labels.Numbering(
                                                Labels.Marker.PAREN_ARABIC, Integer.parseInt(m.group(4))));
            }
            assertThat(LabelSimilarity.numbering(before)).as(before).isEqualTo(expected);
        }
    }
}
