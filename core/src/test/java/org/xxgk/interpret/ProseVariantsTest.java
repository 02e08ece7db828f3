package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.TextBlock;
import org.xxgk.model.ReportSection;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles, dates and sections as reports beyond the seeds print them. */
class ProseVariantsTest {

    private static Prose read(String... lines) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : lines) blocks.add(new TextBlock(line, Provenance.line(blocks.size() + 1)));
        return ProseReader.read(blocks);
    }

    @Test
    void aBreadcrumbBeforeTheTitleIsNoPartOfTheIssuer() {
        Prose prose = read("首页 > 政务公开 > 年度报告 > 某某市生态环境局2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作平稳。");
        assertThat(prose.agency()).contains("某某市生态环境局");
        assertThat(prose.year()).hasValue(2021);
    }

    @Test
    void theYearMayComeBeforeTheIssuer() {
        Prose prose = read("您当前的位置：首页", "2020年度某某县人民政府政府信息公开工作年度报告", "一、总体情况");
        assertThat(prose.agency()).contains("某某县人民政府");
        assertThat(prose.year()).hasValue(2020);
        assertThat(prose.title()).contains("2020年度某某县人民政府政府信息公开工作年度报告");
    }

    @Test
    void theYearMayFollowInBrackets() {
        Prose prose = read("某某区教育局政府信息公开工作年度报告（2022年度）", "一、总体情况");
        assertThat(prose.agency()).contains("某某区教育局");
        assertThat(prose.year()).hasValue(2022);
    }

    @Test
    void aTitleInTheBodyIsNoTitle() {
        // the preamble cites last year's report; no title before the body
        Prose prose = read("一、总体情况", "根据某某局2020年政府信息公开工作年度报告的安排，本年度统计期限自2021年1月1日起至2021年12月31日止。");
        assertThat(prose.title()).isEmpty();
        assertThat(prose.agency()).isEmpty();
        assertThat(prose.year()).hasValue(2021);
        assertThat(prose.warnings()).extracting(w -> w.code().code()).containsExactly("TITLE_NOT_FOUND");
    }

    @Test
    void aLabelledDateWithAFullWidthColon() {
        assertThat(read("某某市2021年政府信息公开工作年度报告", "发布日期：2021年1月29日", "一、总体情况").publishedDate())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2021-01-29"));
    }

    @Test
    void aDeadlineIsNoPublicationDate() {
        assertThat(read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "截止日期：2021-12-31，全部整改到位。").publishedDate()).isEmpty();
    }

    @Test
    void aSignatureDateInChineseNumerals() {
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作平稳。", "二、主动公开政府信息情况",
                "公开内容还不够全面。", "某某市人民政府办公室", "二〇二二年一月二十八日");
        assertThat(prose.publishedDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-01-28"));
        assertThat(prose.sections().get(1).text()).isEqualTo("公开内容还不够全面。");
    }

    @Test
    void aDateInsideThePartsIsNoSignature() {
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "2021年3月5日", "召开了专题会议。", "二、主动公开政府信息情况", "略。");
        assertThat(prose.publishedDate()).isEmpty();
    }

    @Test
    void aHeadingRunningIntoItsFirstParagraph() {
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况 2021年，本机关共收到政府信息公开申请4件，全部办结。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况：无");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(prose.sections().get(0)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("一、总体情况", "2021年,本机关共收到政府信息公开申请4件,全部办结。");
        assertThat(prose.sections().get(4)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("五、存在的主要问题及改进情况", "无");
        assertThat(prose.narrative())
                .extracting(f -> f.name())
                .containsExactly("applicationsReceived", "applicationsCompleted");
    }

    @Test
    void oneUnrecognisedHeadingLosesOnlyItsOwnPart() {
        // 二 prints no numeral; 三 and 五 are still parts, and the checker finds 五
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作平稳。", "主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "公开内容还不够全面。");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 3, 4, 5);
        assertThat(prose.sections().get(3).text()).isEqualTo("公开内容还不够全面。");
    }

    @Test
    void tableRowLabelsAndStrayCellsAreNotPartsNorProse() {
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作平稳。", "二、主动公开政府信息情况", "信息内容", "规章", "3",
                "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "自然人", "0", "- 2 -", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "（一）存在的问题", "公开内容还不够全面。", "六、其他需要报告的事项", "无");
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(prose.sections()).extracting(ReportSection::text)
                .containsExactly("本年度工作平稳。", "", "", "", "(一)存在的问题\n公开内容还不够全面。", "无");
    }

    @Test
    void thePortalFooterEndsTheLastSection() {
        Prose prose = read("某某市2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作平稳。", "二、主动公开政府信息情况", "本年度未收取信息处理费。",
                "主办单位：某某市人民政府办公室  联系我们  网站地图", "地址：某某路1号 电话：0000-1234567");
        assertThat(prose.sections().get(1).text()).isEqualTo("本年度未收取信息处理费。");
    }
}
