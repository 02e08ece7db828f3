package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.model.ReportSection;
import org.xxgk.source.Provenance;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prose of a page a crawler flattened to one line (its line breaks become a space or nothing,
 * the part headings land inside the line), and of OCR Markdown: the parts are found as in the
 * page's own lines.
 */
class FlattenedProseTest {

    private static Prose read(String... lines) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : lines) blocks.add(new TextBlock(line, Provenance.line(blocks.size() + 1)));
        return ProseReader.read(blocks);
    }

    static Stream<Arguments> flattenings() {
        return Golden.IDS.stream().flatMap(id -> Stream.of(Arguments.of(id, " "), Arguments.of(id, "")));
    }

    @ParameterizedTest(name = "{0} joined with \"{1}\"")
    @MethodSource("flattenings")
    void aFlattenedSeedHasTheSeedsParts(String id, String separator) {
        List<String> lines = SeedText.load(id).lines.stream().map(String::strip).toList();
        Prose byLine = read(lines.toArray(String[]::new));
        Prose flat = read(String.join(separator, lines));
        assertThat(flat.sections()).extracting(ReportSection::number)
                .containsExactlyElementsOf(byLine.sections().stream().map(ReportSection::number).toList());
        assertThat(flat.sections()).extracting(s -> Text.compact(s.heading()))
                .containsExactlyElementsOf(byLine.sections().stream().map(s -> Text.compact(s.heading())).toList());
        // the problems section keeps its prose
        ReportSection lastButOne = flat.sections().get(4);
        assertThat(Text.compact(lastButOne.text())).isNotEmpty();
    }

    @Test
    void aCrawlerPageWithItsLineBreaksAsSpaces() {
        Prose prose = read(
                "标题: 某某县人民政府2014年度政府信息公开工作年度报告",
                "当前位置： 首页 某某县人民政府2014年度政府信息公开工作年度报告 根据《条例》要求编制本报告。如有疑问请联系（电话：123）。 一、 概述 推进政府信息公开工作是重要举措。 二、主动公开政府信息情况"
                    + " （一）主动公开政府信息的数量 全县主动公开政府信息 2543条。 三、政府信息依申请公开工作情况 全县收到信函申请1件。 四、政府信息公开的收费及减免情况 暂不收费。"
                    + " 五、主要问题和改进措施 虽然取得了一定成效，但仍存在以下问题。 六、某某县政府信息公开情况统计表 指标名称 计量单位 2014年度 历年累计 主动公开文件数 条 2543 78967");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(prose.sections().get(0).heading()).isEqualTo("一、 概述");
        assertThat(prose.sections().get(4)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("五、主要问题和改进措施", "虽然取得了一定成效,但仍存在以下问题。");
        assertThat(prose.narrative())
                .extracting(f -> f.name() + "=" + f.value())
                .contains("activeDisclosureItems=2543");
    }

    @Test
    void aCrawlerPageWithNothingBetweenItsLines() {
        Prose prose = read("某某县人民政府2011年政府信息公开工作年度报告 本报告由县政府办公室编制。一、 概述 推进工作。"
                + "二、主动公开政府信息情况（一）主动公开政府信息的数量各乡镇共公开信息425条。三、政府信息依申请公开工作情况 全县未收到申请。"
                + "四、政府信息公开工作存在的主要问题及改进情况目前，我县仍存在一些不足。");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4);
        assertThat(prose.sections().get(3)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("四、政府信息公开工作存在的主要问题及改进情况", "目前,我县仍存在一些不足。");
    }

    @Test
    void aParagraphThatNamesOnePartInPassingStaysWhole() {
        String paragraph = "按照要求，我局围绕以下工作展开。一、总体情况良好，各项工作稳步推进。";
        Prose prose = read("某某局2021年政府信息公开工作年度报告", "一、总体情况", paragraph, "二、主动公开政府信息情况", "略。");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2);
        assertThat(prose.sections().get(0).text()).isEqualTo(Text.normalize(paragraph));
    }

    @Test
    void markdownHeadingsAndAPartAfterTheTablesTookTheOthers() {
        // the table reader took 二 to 四 with their tables: 五 follows 一, named by its title
        Prose prose = read("# 某某县人民政府 2025 年 政府信息公开工作年度报告", "## 一、总体情况", "2025年，我县稳步推进政务公开。",
                "## 五、政府信息公开工作存在的主要问题及改进情况", "仍存在短板。", "六、其他需要报告的事项", "无。");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 5, 6);
        assertThat(prose.sections().get(1)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("五、政府信息公开工作存在的主要问题及改进情况", "仍存在短板。");
    }

    @Test
    void aBigGapWithoutAPartsTitleIsNoHeading() {
        Prose prose = read("某某局2021年政府信息公开工作年度报告", "一、总体情况", "正文。", "五、加强组织领导", "正文。");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1);
    }
}
