package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.Template;

class FormLabelScoresTest {

    private static final FormLabelScores V2021 = FormProfile.of(Template.V2021).tables();

    private static int row(String id) {
        List<FormProfile.Row> rows = V2021.rows();
        for (int j = 0; j < rows.size(); j++) if (rows.get(j).id().equals(id)) return j;
        throw new AssertionError("no row " + id);
    }

    /** The rows a label scores on, by id. */
    private static List<String> matched(double[] scores) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < scores.length; j++) if (!Double.isNaN(scores[j])) out.add(V2021.rows().get(j).id());
        return out;
    }

    @Test
    void aFormLabelScoresOneWithItsNumberingOnItsRowAndNoOtherRow() {
        double[] scores = V2021.of("1.属于国家秘密", "1.属于国家秘密");
        assertThat(scores[row("applications.refused.stateSecret")]).isEqualTo(1.3, within(1e-12));
        assertThat(matched(scores)).containsExactly("applications.refused.stateSecret");
    }

    @Test
    void aNumberingThatContradictsTheFormsCostsMoreThanItsAgreementGains() {
        double[] scores = V2021.of("2.属于国家秘密", "2.属于国家秘密");
        assertThat(scores[row("applications.refused.stateSecret")]).isEqualTo(0.3, within(1e-12));
    }

    @Test
    void aShortOwnLabelIsReadWithTheLabelsAboveIt() {
        // 公开 alone is too short for any row (其他, 总计: a label of three characters or less must be printed whole)
        assertThat(matched(V2021.of("公开", "公开"))).isEmpty();
        double[] scores = V2021.of("公开", "(二)部分公开");
        assertThat(scores[row("applications.partlyGranted")]).isEqualTo(1.3, within(1e-12));
        assertThat(matched(scores)).containsExactly("applications.partlyGranted");
    }

    @Test
    void aLabelEndingInCharactersNoRowHoldsMatchesNothing() {
        // 甲乙 are in no label of the form: no row is even compared
        assertThat(matched(V2021.of("属于国家秘密甲乙", "属于国家秘密甲乙"))).isEmpty();
        // one truncated character still matches (an edit of six allowed two)
        assertThat(matched(V2021.of("属于国家秘", "属于国家秘"))).containsExactly("applications.refused.stateSecret");
    }

    @Test
    void aLabelsScoresAreKeptAndAFreshTableGivesTheSame() {
        double[] first = V2021.of("3.危及三安全一稳定", "(三)不予公开3.危及三安全一稳定");
        assertThat(V2021.of("3.危及三安全一稳定", "(三)不予公开3.危及三安全一稳定")).isSameAs(first);
        FormLabelScores fresh = new FormLabelScores(V2021.rows());
        assertThat(fresh.of("3.危及三安全一稳定", "(三)不予公开3.危及三安全一稳定")).isNotSameAs(first).containsExactly(first);
        assertThat(first[row("applications.refused.security")]).isEqualTo(1.3, within(1e-12));
    }
}
