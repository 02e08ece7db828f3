package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Plain pdftotext of a portal page whose LEGACY table has narrow columns ({@code derived/portal-pages/27000003-plain
 * .txt}): each label in fragments, its unit beside one, its values beside the last ({@code 行政 / 复议 条 / 数 / 0 /
 * 30}). {@code PrintedPortalPagesTest} judges the whole page against its generator's truth; these vary it.
 */
class LegacyFragmentsTest {

    private static final String COPY = "/derived/portal-pages/27000003-plain.txt";

    @Test
    void figuresAfterTheTableWithoutAUnitAreNoIndicator() throws IOException {
        // a line of the page below the table, its figures printed with no unit: the table ended above it
        AnnualReport report = read(text().replace("\n平和县自然资源局\n", "\n数据截至 2010 12 31\n平和县自然资源局\n"));
        assertThat(value(report, "legacy.6.cumulative")).isEqualTo(8);
        assertThat(report.cells().keySet()).noneMatch(k -> k.startsWith("legacy.7"));
    }

    @Test
    void theTableEndsAtALineOfProse() throws IOException {
        // a sentence below the table, or a line longer than any label, then a numbered line with a unit and figures:
        // the prose ended the table
        String sentence = "本机关本年度未发生因政府信息公开申请提起行政复议和行政诉讼的情况。\n";
        String longLine = "本机关本年度未发生因政府信息公开申请提起行政复议和行政诉讼的情况，下一步将继续规范办理流程，提升公开质量，"
                + "加强培训和考核，推动工作落实\n";
        for (String prose : new String[] {sentence, longLine}) {
            AnnualReport report = read(text().replace("\n平和县自然资源局\n",
                    "\n" + prose + "1.其他事项 条 5 5\n平和县自然资源局\n"));
            assertThat(value(report, "legacy.6.cumulative")).as(prose).isEqualTo(8);
            assertThat(report.cells().keySet()).as(prose).noneMatch(k -> k.startsWith("legacy.7"));
        }
    }

    @Test
    void aHeadingsDashInTheTableIsABlankIndicator() throws IOException {
        // a heading printed with —— for its unit before 行政复议数: an indicator without values, the rows below it after it
        AnnualReport report = read(text().replace("行政\n复议 条\n", "其他\n情况\n——\n行政\n复议 条\n"));
        assertThat(report.labels().get("legacy.4")).isEqualTo("其他情况");
        assertThat(report.value("legacy.4")).isEmpty();
        assertThat(value(report, "legacy.5.cumulative")).isEqualTo(30);
        assertThat(value(report, "legacy.1.1.cumulative")).isEqualTo(6);
    }

    @Test
    void withoutTheHeadersWordsTheColumnsAreUnknownAndTheFragmentsAreNotRead() throws IOException {
        AnnualReport report = read(text().replace("指标 计量 2010 历年\n", "").replace("名称 单位 年度 累计\n", ""));
        assertThat(report.value("legacy.1.1")).isEmpty();
        assertThat(report.value("legacy.6.cumulative")).isEmpty();
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "27000003.txt");
    }

    private static String text() throws IOException {
        return ResourceText.of(COPY);
    }
}
