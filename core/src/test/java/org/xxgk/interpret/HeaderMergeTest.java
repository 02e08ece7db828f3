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
}
