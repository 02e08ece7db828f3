package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.source.Provenance;

/** {@link ColumnLayouts#merge}: header cells joined where a label was broken over them, cells running labels split. */
class HeaderMergeTest {

    private static final ColumnLayouts.KnownLabels KNOWN =
            ColumnLayouts.KnownLabels.of(Set.of("自然人", "商业企业", "法人或", "法人或其他组织", "科研机构"));

    private static List<Token> header(String... cells) {
        return Arrays.stream(cells)
                .map(c -> new Token(c, Values.parse(c), Provenance.line(1), false, Optional.empty(), -1))
                .toList();
    }

    private static List<String> merged(String... cells) {
        return ColumnLayouts.merge(header(cells), KNOWN).stream().map(ColumnLayouts.Merged::text).toList();
    }

    @Test
    void aLabelBrokenOverCellsIsJoinedTheLongestJoinFirst() {
        assertThat(merged("自然人", "商业", "企业", "科研机构")).containsExactly("自然人", "商业企业", "科研机构");
        // 法人或 is a label and so is 法人或其他组织: the three cells that make the longer one
        assertThat(merged("法人", "或", "其他组织", "自然人")).containsExactly("法人或其他组织", "自然人");
        assertThat(merged("法人或", "其", "他", "组织")).containsExactly("法人或其他组织");
        // four cells at most: the five that make 法人或其他组织 are not joined, the first three make 法人或
        assertThat(merged("法", "人", "或", "其他", "组织")).containsExactly("法人或", "其他", "组织");
    }

    @Test
    void aCellRunningLabelsTogetherIsSplitAndTheMergedKeepTheirFirstCell() {
        assertThat(merged("自然人商业企业", "科研机构")).containsExactly("自然人", "商业企业", "科研机构");
        assertThat(ColumnLayouts.merge(header("说明", "商业", "企业"), KNOWN).stream().map(ColumnLayouts.Merged::token))
                .containsExactly(0, 1);
    }

    @Test
    void aCellIsSplitAsTheSearchOverEveryPieceUpToTheLongestLabelSplitsIt() {
        // labels that overlap and nest, so that a cell has several ways or none
        Set<String> labels = Set.of("自然", "自然人", "人商", "商业", "业企业", "企业", "法人或", "法人或其他组织", "其他组织",
                "或其他", "人");
        ColumnLayouts.KnownLabels known = ColumnLayouts.KnownLabels.of(labels);
        int split = 0;
        List<String> pieces = List.copyOf(new java.util.TreeSet<>(labels));
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 20_000; i++) {
            // labels run together, now and then with a character of none between
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextInt(8) == 0) b.append(org.xxgk.testing.RandomText.of(random, "自然人商业企法或其他组织科", 1));
            }
            String cell = b.toString();
            List<String> merged = ColumnLayouts.merge(header(cell), known).stream().map(ColumnLayouts.Merged::text)
                    .toList();
            List<String> expected = cell.isEmpty() || labels.contains(cell) ? List.of(cell) : everyPiece(cell, labels);
            assertThat(merged).as(cell).isEqualTo(expected);
            if (merged.size() > 1) split++;
        }
        assertThat(split).isGreaterThan(100);
    }

    /** The split as it was first written: for each end, every piece up to the longest label's length before it. */
    private static List<String> everyPiece(String text, Set<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> ways = new java.util.ArrayList<>();
        ways.add(List.of());
        for (int end = 1; end <= text.length(); end++) {
            List<String> way = null;
            for (int start = end - 1; start >= Math.max(0, end - longest) && way == null; start--) {
                if (ways.get(start) != null && labels.contains(text.substring(start, end))) {
                    way = new java.util.ArrayList<>(ways.get(start));
                    way.add(text.substring(start, end));
                }
            }
            ways.add(way);
        }
        List<String> whole = ways.get(text.length());
        return whole == null || whole.size() < 2 ? List.of(text) : whole;
    }
}
