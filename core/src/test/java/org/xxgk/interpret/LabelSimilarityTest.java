package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.RandomText;

class LabelSimilarityTest {

    @Test
    void bitVectorEditsEqualTheTableOfEditsEverywhere() {
        Random random = new Random(15);
        // a few characters (repeats in a label), and many (up to 64 distinct ones, colliding in a label's table)
        StringBuilder many = new StringBuilder("1.()");
        for (char c = 0x4E00; c < 0x4E00 + 96; c++) many.append(c).append((char) (c + 128));
        List<String> alphabets = List.of("不予公开属于国家秘密其他法律行政法规禁止1.()", many.toString());
        for (int round = 0; round < 50_000; round++) {
            String alphabet = alphabets.get(round % 2);
            String label = RandomText.of(random, alphabet, 1 + random.nextInt(64));
            String printed = RandomText.upTo(random, alphabet, 139);
            int from = printed.isEmpty() ? 0 : random.nextInt(printed.length() + 1);
            assertThat(LabelSimilarity.FormLabel.of(label).edits(printed, from))
                    .as("%s in %s from %d", label, printed, from)
                    .isEqualTo(tableEdits(label, printed.substring(from)));
        }
    }

    @Test
    void aLabelEndingThePrintMatchesWithItsNumbering() {
        LabelSimilarity.Match m = LabelSimilarity.match("(三)不予公开1.属于国家秘密", List.of("属于国家秘密"));
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.numbering()).contains(new Labels.Numbering(Labels.Marker.ARABIC, 1));
        // one character lost to truncation costs one edit of six
        LabelSimilarity.Match truncated = LabelSimilarity.match("1.属于国家秘", List.of("属于国家秘密"));
        assertThat(truncated.score()).isEqualTo(1.0 - 1.0 / 6);
        assertThat(LabelSimilarity.match("行政许可", List.of("属于国家秘密")).score()).isZero();
    }

    /** The textbook table: edits turning {@code label} into a substring of {@code t} that ends at its end. */
    private static int tableEdits(String label, String t) {
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int i = 1; i <= label.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int sub = prev[j - 1] + (t.charAt(j - 1) == label.charAt(i - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[t.length()];
    }
}
