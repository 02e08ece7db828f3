package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.TextBlock;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrasings of the prose figures beyond the seeds, and the near misses that must not be read. */
class NarrativePatternsTest {

    private static final String TITLE = "某某县财政局2021年政府信息公开工作年度报告";

    /** The figures of a report whose section 一 holds these lines, name to value as printed. */
    private static Map<String, String> figures(String... body) {
        return byName(read(body));
    }

    private static List<NarrativeFigure> read(String... body) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock(TITLE, Provenance.line(1)));
        blocks.add(new TextBlock("一、总体情况", Provenance.line(2)));
        for (String line : body) blocks.add(new TextBlock(line, Provenance.line(blocks.size() + 1)));
        return ProseReader.read(blocks).narrative();
    }

    private static Map<String, String> byName(List<NarrativeFigure> figures) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NarrativeFigure f : figures) out.put(f.name(), f.value().toPlainString());
        return out;
    }

    @Test
    void fullWidthDigitsAndASpaceBeforeTheMeasureWord() {
        List<NarrativeFigure> read = read("2021 年，我局共收到政府信息公开申请１２ 件，均已办结。");
        assertThat(byName(read))
                .containsOnly(Map.entry("applicationsReceived", "12"), Map.entry("applicationsCompleted", "12"));
        assertThat(read.get(0).unit()).contains("件");
        // the quote in normalised form: ASCII digits and punctuation
        assertThat(read.get(0).quote()).isEqualTo("2021 年,我局共收到政府信息公开申请12 件,均已办结。");
        assertThat(read.get(0).provenance()).isEqualTo(Provenance.line(3));
    }

    @Test
    void aSentenceBrokenOverLinesIsReadWithoutTheSpacesOfEither() {
        // the first line's spaces go with it into the sentence it starts, the second line's with it into the
        // sentence it ends: each sentence is compacted where any of its lines held a space
        assertThat(figures("2021 年，我局共收到政府信息公开申请 12", "件，均已办结。"))
                .containsOnly(Map.entry("applicationsReceived", "12"), Map.entry("applicationsCompleted", "12"));
        assertThat(figures("2021年，我局共收到政府信息公开申请", "12 件，均已办结。"))
                .containsOnly(Map.entry("applicationsReceived", "12"), Map.entry("applicationsCompleted", "12"));
        // a heading's paragraph on its line: compacted, however the line's length compares with its compact
        // form's (here the nine spaces the line loses are as many as the heading and its space before the paragraph)
        assertThat(figures("二、主动公开情况 本 年 度 共 收 到 政府信息公开申请 5 件。"))
                .containsOnly(Map.entry("applicationsReceived", "5"));
    }

    @Test
    void otherWordingsOfTheApplicationsReceived() {
        assertThat(figures("本年度新收政府信息公开申请7件，上年结转1件。")).containsOnly(Map.entry("applicationsReceived", "7"));
        assertThat(figures("全年受理依申请公开申请共计15件，全部按时办结。"))
                .containsOnly(Map.entry("applicationsReceived", "15"), Map.entry("applicationsCompletedOnTime", "15"));
        assertThat(figures("我局收到政府信息公开申请3件，均在法定期限内予以答复。"))
                .containsOnly(Map.entry("applicationsReceived", "3"), Map.entry("applicationsAnswered", "3"));
    }

    @Test
    void lastYearsApplicationsAreNotThisYears() {
        assertThat(figures("与上年收到政府信息公开申请9件相比有所下降。")).isEmpty();
        assertThat(figures("共收到政府信息公开申请5件，比上年收到政府信息公开申请减少4件。"))
                .containsOnly(Map.entry("applicationsReceived", "5"));
    }

    @Test
    void aSentenceBrokenOverBlocksWithAPageFooterBetween() {
        List<NarrativeFigure> read = read("2021年，本机关通过门户网站等渠道全年主动公开政府", "- 3 -", "信息1,356条，其中政策解读12篇。");
        assertThat(byName(read))
                .containsOnly(Map.entry("activeDisclosureItems", "1356"), Map.entry("policyInterpretations", "12"));
        assertThat(read.get(0).quote()).isEqualTo("2021年,本机关通过门户网站等渠道全年主动公开政府信息1,356条,其中政策解读12篇。");
        assertThat(read.get(0).provenance()).isEqualTo(Provenance.line(3));
        assertThat(read.get(1).unit()).contains("篇");
    }

    @Test
    void aChannelsShareIsNoTotal() {
        assertThat(figures("通过微信公众号主动公开信息80条。")).containsOnly(Map.entry("wechatItems", "80"));
        assertThat(figures("通过门户网站主动公开信息500条，政务微信公开信息80条。"))
                .containsOnly(Map.entry("websiteItems", "500"), Map.entry("wechatItems", "80"));
        // posts on an account are no count of disclosed items
        assertThat(figures("“某某财政”微信公众号发布信息488条。")).isEmpty();
    }

    @Test
    void aShareIsNoTotal() {
        // the figure followed by its percentage of the whole
        assertThat(figures("县直各单位主动公开政府信息303条，占71.3%。")).isEmpty();
        assertThat(figures("主动公开政府信息303条，约占全县的71%。")).isEmpty();
        assertThat(figures("全县主动公开政府信息425条，其中乡镇122条。")).containsOnly(Map.entry("activeDisclosureItems", "425"));
    }

    @Test
    void aFigureInsideAnOfWhichBracketIsAPart() {
        // (其中…) governs every figure in it, past the commas
        assertThat(figures("今年共公布政府信息2599条（其中机构职能类信息25条，安全生产类信息124条，其他应主动公开政府信息856条）。"))
                .doesNotContainKey("activeDisclosureItems");
        assertThat(figures("全年主动公开政府信息2599条（含政策解读21条）。")).containsEntry("activeDisclosureItems", "2599");
    }

    @Test
    void oneOfficesOrOneTiersCountIsNoTotal() {
        // the government's own office, or its directly-run units, handle part of what the table counts
        assertThat(figures("2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。")).isEmpty();
        assertThat(figures("县直各单位主动公开政府信息303条。")).isEmpty();
        assertThat(figures("县政府本级收到政府信息公开申请5件。")).isEmpty();
        // the whole area is the table's count, whoever is named beside it
        assertThat(figures("全县各乡镇、各部门共受理政府信息公开申请95件。")).containsOnly(Map.entry("applicationsReceived", "95"));
    }

    @Test
    void reviewAndLitigationCounts() {
        Map<String, String> read = figures("全年发生行政复议案件2起，未发生行政诉讼。");
        assertThat(read).containsOnly(Map.entry("reconsiderationCases", "2"), Map.entry("litigationCases", "0"));
        assertThat(read("全年发生行政复议案件2起，未发生行政诉讼。").get(0).unit()).contains("起");
        assertThat(figures("本年度未发生行政复议，被提起行政诉讼1件。"))
                .containsOnly(Map.entry("reconsiderationCases", "0"), Map.entry("litigationCases", "1"));
        assertThat(figures("本年度没有发生因政府信息公开引起的行政复议和行政诉讼案件。"))
                .containsOnly(Map.entry("reconsiderationCases", "0"), Map.entry("litigationCases", "0"));
    }

    @Test
    void aNegationWithAnotherNumberBetweenSaysNothing() {
        // "未发生" governs the 纠错, not the count of cases
        assertThat(figures("未发生被纠错情况,行政复议结果维持2件。")).isEmpty();
    }

    @Test
    void staffIsTheTotalNotAShareNorTrainees() {
        assertThat(figures("配备专职工作人员2人，兼职工作人员5人。"))
                .containsOnly(Map.entry("fullTimeStaff", "2"), Map.entry("partTimeStaff", "5"));
        assertThat(figures("举办培训班3期，培训工作人员150人次。"))
                .containsOnly(Map.entry("trainingSessions", "3"), Map.entry("trainees", "150"));
        assertThat(figures("从事政府信息公开工作人员12人，其中专职人员2人。"))
                .containsOnly(Map.entry("staff", "12"), Map.entry("fullTimeStaff", "2"));
    }

    @Test
    void fundsKeepTheirUnit() {
        List<NarrativeFigure> read = read("使用政府信息公开专项经费2.5万元。");
        assertThat(byName(read)).containsOnly(Map.entry("specialFunds", "2.5"));
        assertThat(read.get(0).unit()).contains("万元");
    }

    @Test
    void aTableLabelIsNoSentence() {
        // the row label of the LEGACY table, left over as a text block, states no figure
        assertThat(figures("(三)从事政府信息公开工作人员数", "人", "84")).isEmpty();
    }

    @Test
    void aWordsCharactersAreInEverySentenceThatHoldsIt() {
        java.util.Random random = new java.util.Random(15);
        String alphabet = "主动公开政府信息条件申请行政复议诉讼0123456789,。%";
        int ruledOut = 0;
        for (int i = 0; i < 20_000; i++) {
            String sentence = org.xxgk.testing.RandomText.upTo(random, alphabet, 60);
            String word = org.xxgk.testing.RandomText.upTo(random, alphabet, 4);
            int from = random.nextInt(sentence.length() + 1);
            String holding = sentence.substring(0, from) + word + sentence.substring(from);
            assertThat(NarrativePatterns.Chars.of(word).in(NarrativePatterns.Chars.of(holding))).as(holding).isTrue();
            if (!NarrativePatterns.Chars.of(word).in(NarrativePatterns.Chars.of(sentence))) {
                ruledOut++;
                assertThat(sentence).doesNotContain(word);
            }
        }
        assertThat(ruledOut).isPositive();
    }

    @Test
    void eachPhrasingReadsASentenceAsFindTryingEveryPlaceDoes() {
        // the words of the phrasings, their near misses (未, 去年, 占…%), numbers and punctuation, drawn at random
        List<String> pieces = List.of("官网", "官方网站", "门户网站", "政府网站", "(首页)", "上", "中", "主动", "发布", "公开",
                "更新", "各类", "政府", "政务", "信息", "共计", "共", "为", "条", "件", "次", "人", "个", "微信公众号", "政务微信",
                "政策解读", "稿件", "回应", "热点", "舆情", "收到", "受理", "新收", "接到", "依申请公开", "信息公开", "申请",
                "办结", "按时", "答复", "行政复议", "行政诉讼", "案件", "未", "没有", "发生", "被申请", "提起", "了",
                "工作人员", "专职", "兼职", "从事", "培训班", "参训", "接受培训", "专项经费", "万元", "查阅点", "工作会议",
                "去年", "上年", "其中", "占", "71.3%", "0", "3", "25", "640", "1,234", "12.5", ",", "。", ";", "(", ")");
        java.util.Random random = new java.util.Random(21);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) b.append(pieces.get(random.nextInt(pieces.size())));
            sentences.add(b.toString());
        }
        // clauses shaped as the phrasings read them (a subject, a total word, a number, a measure word), several to a
        // sentence and some behind a word that vetoes them, so that a match is often not taken and the next is sought
        List<String> subjects = List.of("主动公开政府信息", "门户网站发布信息", "官网(首页)上主动公开政府信息", "政务微信公开信息",
                "政策解读稿件发布", "回应热点舆情", "收到政府信息公开申请", "受理依申请公开申请", "依申请公开申请数量为",
                "发生行政复议案件", "被申请行政复议", "提起行政诉讼", "未发生行政诉讼", "信息公开工作人员", "专职工作人员",
                "兼职人员", "培训班", "参训人员", "专项经费", "工作会议", "查阅点", "专门机构", "按时办结", "予以答复");
        List<String> before = List.of("", "", "", "去年", "上年", "其中", "各部门", "未", "没有");
        List<String> totals = List.of("", "共计", "共", "为", "累计", "了");
        List<String> numbers = List.of("0", "3", "25", "640", "1,234", "12.5");
        List<String> units = List.of("条", "件", "次", "人", "人次", "个", "万元", "篇", "期");
        List<String> after = List.of(",", "。", ";", ",占71.3%,", "(", ")");
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                for (List<String> part : List.of(before, subjects, totals, numbers, units, after)) {
                    b.append(part.get(random.nextInt(part.size())));
                }
            }
            sentences.add(b.toString());
        }
        // and every line of the seeds, compacted as the reader compacts a sentence
        for (String id : org.xxgk.testing.Golden.IDS) {
            for (String line : SeedText.load(id).lines) {
                sentences.add(org.xxgk.internal.Text.compactNormalized(line));
            }
        }
        int found = 0;
        for (String s : sentences) {
            NarrativePatterns.Sentence sentence = new NarrativePatterns.Sentence(s, Provenance.line(1), true);
            for (int i = 0; i < NarrativePatterns.phrasings(); i++) {
                var near = NarrativePatterns.figureOf(i, s, sentence, false);
                var everyPlace = NarrativePatterns.figureOf(i, s, sentence, true);
                assertThat(near).as("phrasing %d in %s", i, s).isEqualTo(everyPlace);
                if (near.isPresent()) found++;
            }
        }
        assertThat(found).isGreaterThan(1_500);
    }
}
