package org.xxgk.interpret;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.ReportSection;
import org.xxgk.source.Provenance;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

class ProseReaderTest {

    static final List<String> SEEDS = Golden.IDS;

    private static List<TextBlock> lines(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) blocks.add(new TextBlock(lines[i], Provenance.line(i + 1)));
        }
        return blocks;
    }

    private static String seed(String id) throws IOException {
        try (InputStream in = ProseReaderTest.class.getResourceAsStream("/seeds/" + Golden.baseName(id) + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void metadataAndFiguresMatchTheGoldenFile(String id) throws IOException {
        Golden golden = Golden.load(id);
        Prose prose = ProseReader.read(lines(seed(id)));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(prose.agency()).as("agency").isEqualTo(Optional.ofNullable(golden.agency()));
        soft.assertThat(prose.year())
                .as("year")
                .isEqualTo(golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year()));
        soft.assertThat(prose.publishedDate().map(Object::toString))
                .as("publishedDate")
                .isEqualTo(Optional.ofNullable(golden.publishedDate()));
        for (Map.Entry<String, BigDecimal> e : golden.narrative().entrySet()) {
            Optional<NarrativeFigure> figure = prose.narrative().stream()
                    .filter(f -> f.name().equals(e.getKey()))
                    .findFirst();
            soft.assertThat(figure.map(f -> f.value().stripTrailingZeros())).as(e.getKey())
                    .isEqualTo(Optional.of(e.getValue().stripTrailingZeros()));
            String goldenQuote = Text.normalize(golden.json().path("narrative").path(e.getKey() + "Quote").asText());
            figure.ifPresent(f -> soft.assertThat(f.quote().contains(goldenQuote) || goldenQuote.contains(f.quote()))
                    .as(e.getKey() + " quote \"" + f.quote() + "\" against \"" + goldenQuote + "\"").isTrue());
        }
        // no figure the golden file lacks or states as null: the prose states exactly these
        soft.assertThat(prose.narrative()).extracting(NarrativeFigure::name).as("figures read")
                .containsExactlyInAnyOrderElementsOf(golden.narrative().keySet());
        soft.assertAll();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void sectionsAreNumberedWithoutGaps(String id) throws IOException {
        Prose prose = ProseReader.read(lines(seed(id)));
        assertThat(prose.sections()).extracting(s -> s.number()).startsWith(1, 2, 3, 4, 5);
        for (int i = 0; i < prose.sections().size(); i++) assertThat(prose.sections().get(i).number()).isEqualTo(i + 1);
    }

    @Test
    void sectionTextIsTheProseUnderItsHeading() throws IOException {
        Prose prose = ProseReader.read(lines(seed("000")));
        assertThat(prose.sections().get(4).heading()).isEqualTo("五、存在的主要问题及改进情况");
        assertThat(prose.sections().get(4).text()).startsWith("2020年,市信访办政府信息公开工作取得了进步")
                .doesNotContain("扫一扫").doesNotContain("微信\n");
        // a table row label is no part heading
        assertThat(prose.sections()).noneMatch(s -> s.heading().contains("本年新收"));
    }

    @Test
    void theLastSectionEndsAtTheSignature() throws IOException {
        Prose prose = ProseReader.read(lines(seed("002")));
        ReportSection problems = prose.sections().get(5);
        assertThat(problems.heading()).isEqualTo("六、存在的主要问题和改进措施");
        assertThat(problems.text()).startsWith("2018年,长寿区政府信息公开工作取得了长足的发展").endsWith("最大限度地发挥政府信息公开服务公众和监督政府的作用。")
                .doesNotContain("政务公开办公室").doesNotContain("2019年1月23日").doesNotContain("统计表");
    }

    @Test
    void aHeadingWithItsTextOnOneLineIsSplit() throws IOException {
        Prose prose = ProseReader.read(lines(seed("003")));
        assertThat(prose.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(prose.sections().get(5)).extracting(ReportSection::heading, ReportSection::text)
                .containsExactly("六、其他需要报告的事项", "无");
        assertThat(prose.title()).contains("银州区人民政府办公室2020年度政府信息公开工作报告");
    }

    @Test
    void aTitleWrappedOntoTheNextLineIsTheTwoJoined() {
        String body = "\n本报告根据《条例》要求编制。\n一、总体情况\n2023年，本机关持续深化政务公开。\n";
        Prose prose = ProseReader.read(lines("首页 > 政务公开 > 政府信息公开年报\n西林市人民政府2023年政府信息公开工作年度报\n告"
                + body));
        assertThat(prose.title()).hasValue("西林市人民政府2023年政府信息公开工作年度报告");
        assertThat(prose.agency()).hasValue("西林市人民政府");
        assertThat(prose.year()).hasValue(2023);
        assertThat(prose.warnings()).isEmpty();

        prose = ProseReader.read(lines("长乐区住房和城乡建设局2018年度政府信息公开\n工作年度报告" + body));
        assertThat(prose.agency()).hasValue("长乐区住房和城乡建设局");
        assertThat(prose.year()).hasValue(2018);
    }

    @Test
    void aLineFollowedByALongOneIsNoWrappedTitle() {
        Prose prose = ProseReader.read(lines("某市某局2021年政府信息公开工作年度报\n告本报告根据《中华人民共和国政府信息公开条例》要求编制，"
                + "现予公布。\n一、总体情况\n本机关持续深化政务公开。\n"));
        assertThat(prose.title()).isEmpty();
        assertThat(prose.year()).isEmpty();
    }

    @Test
    void theStatisticalPeriodStatedOverALineBreakGivesTheYear() {
        Prose prose = ProseReader.read(lines("本报告所列数据的统计期限\n自2018年1月1日起至2018年12月31日止。\n一、概述\n本机关持续完善工作机制。\n"));
        assertThat(prose.title()).isEmpty();
        assertThat(prose.year()).hasValue(2018);
    }

    @Test
    void theTitleInAPagesNameIsThePartBeforeTheSitesName() {
        assertThat(ProseReader.titleIn("重庆市信访办公室2020年政府信息公开工作年度报告_政府信息公开年报_重庆市人民政府网"))
                .hasValue("重庆市信访办公室2020年政府信息公开工作年度报告");
        assertThat(ProseReader.titleIn("绵阳市机关事务管理局 2022年政府信息公开工作年度报告-绵阳市机关事务管理局"))
                .hasValue("绵阳市机关事务管理局 2022年政府信息公开工作年度报告");
        assertThat(ProseReader.titleIn("固原市信访局2019 年政府信息公开工作年度报告 - 固原市人民政府"))
                .hasValue("固原市信访局2019 年政府信息公开工作年度报告");
        assertThat(ProseReader.titleIn("银州区人民政府办公室2020年度政府信息公开工作报告")).isPresent();
        // 报告 spaced out is still the title's; a name without it is none
        assertThat(ProseReader.titleIn("某市2020年政府信息公开工作年度报 告")).isPresent();
        assertThat(ProseReader.titleIn("某市2020年政府信息公开工作年度总结")).isEmpty();
        assertThat(ProseReader.titleIn("某市2020-2021年度政府信息公开工作年度报告")).hasValue("某市2020-2021年度政府信息公开工作年度报告");
        assertThat(ProseReader.titleIn("政府信息公开年报_重庆市人民政府网")).isEmpty();
        assertThat(ProseReader.titleIn("首页")).isEmpty();
        assertThat(ProseReader.titleIn("某".repeat(400) + "2020年政府信息公开工作年度报告")).isEmpty();
    }

    @Test
    void aTitleSplitOverTwoLinesIsJoined() throws IOException {
        Prose prose = ProseReader.read(lines(seed("004")));
        assertThat(prose.title()).contains("固原市信访局2019 年政府信息公开工作年度报告");
        assertThat(prose.sections().get(4).heading()).isEqualTo("五、政府信息公开工作存在的主要问题及改进情况");
        assertThat(prose.sections().get(4).text()).startsWith("(一) 主要问题\n1. 信息公开的内容广度和深度不够");
    }

    @Test
    void portalChromeIsNeitherTitleNorProse() throws IOException {
        Prose prose = ProseReader.read(lines(seed("001")));
        assertThat(prose.title()).contains("绵阳市机关事务管理局 2022年政府信息公开工作年度报告");
        assertThat(prose.sections().get(5).text()).isEqualTo("本年度未收取信息处理费。");
        assertThat(prose.warnings()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndSpacedMeasureWordsAreRead() {
        Prose prose = ProseReader.read(lines("某某县财政局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局共收到政府信息公开申请１２ 件，全部办结。\n"));
        assertThat(prose.narrative())
                .extracting(NarrativeFigure::name, f -> f.value().intValue())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("applicationsReceived", 12),
                        org.assertj.core.groups.Tuple.tuple("applicationsCompleted", 12));
        assertThat(prose.agency()).contains("某某县财政局");
        assertThat(prose.year()).hasValue(2021);
    }

    @Test
    void labelledChineseDateIsThePublicationDate() {
        Prose prose =
                ProseReader.read(lines("某某市2021年政府信息公开工作年度报告\n发布日期：2022年1月29日\n一、总体情况\n统计期限自2021年1月1日起至2021年12月31日止。"));
        assertThat(prose.publishedDate().map(Object::toString)).contains("2022-01-29");
    }

    @Test
    void portalTimestampBeforeTheBodyIsThePublicationDate() {
        Prose prose = ProseReader.read(lines(
                "绵阳市机关事务管理局 2022年政府信息公开工作年度报告\n2023-01-13 15:53文章来源: 机关事务管理局\n一、总体情况\n统计期限自2022年1月1日起至2022年12月31日止。"));
        assertThat(prose.publishedDate().map(Object::toString)).contains("2023-01-13");
    }

    @Test
    void theStatisticalPeriodIsNoPublicationDate() {
        Prose prose = ProseReader.read(lines("某某市2021年政府信息公开工作年度报告\n一、总体情况\n2021-12-31前完成整改。"));
        assertThat(prose.publishedDate()).isEmpty();
    }

    @Test
    void aSentenceBrokenOverTwoBlocksIsReadWhole() {
        Prose prose =
                ProseReader.read(lines("某某市2021年政府信息公开工作年度报告\n一、总体情况\n2021年，本机关通过门户网站等渠道全年主动公开政府\n信息356条，其中政策解读12条。"));
        assertThat(prose.narrative()).filteredOn(f -> f.name().equals("activeDisclosureItems"))
                .singleElement().extracting(f -> f.value().intValue()).isEqualTo(356);
    }

    @Test
    void noTitleGivesAWarningAndNoGuess() {
        Prose prose = ProseReader.read(lines("一、总体情况\n本机关认真落实条例。"));
        assertThat(prose.agency()).isEmpty();
        assertThat(prose.year()).isEmpty();
        assertThat(prose.warnings()).extracting(w -> w.code().code()).contains("TITLE_NOT_FOUND", "YEAR_NOT_FOUND");
    }
}
