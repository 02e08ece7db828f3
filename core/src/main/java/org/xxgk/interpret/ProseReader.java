package org.xxgk.interpret;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.extract.Provenance;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.ReportSection;
import org.xxgk.model.Warning;

/**
 * Reads metadata (title, agency, statistical year, publication date), the verbatim sections 一 to
 * 六 and the figures stated in the prose from a report's text blocks.
 */
final class ProseReader {

    private ProseReader() {}

    private static final String NUMERALS = "一二三四五六七八九十";

    private static final Pattern TITLE = Pattern.compile(
            "^(.{0,40}?)((?:19|20)\\d{2})年度?(?:政府信息公开|政务公开|信息公开)[^。,;]{0,12}?报告(?:\\((?:19|20)\\d{2}年度?\\))?$");
    private static final Pattern SHORT_NAME = Pattern.compile("^[\\p{IsHan}()]{2,30}$");
    private static final Pattern PERIOD_YEAR = Pattern.compile("统计期限[^。]{0,4}?((?:19|20)\\d{2})年");

    /** Dates the report labels as its own, in the order they are trusted. */
    private static final List<Pattern> LABELLED_DATES = List.of(
            Pattern.compile("(?:(?:发文|发布|成文|印发|公开|填报)?日期|(?:发布|发文|公开)时间)\\s*:\\s*((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})"));
    /** A portal's timestamp line before the body (2023-01-13 15:53文章来源: …). */
    private static final Pattern PORTAL_TIMESTAMP = Pattern.compile("^((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?!\\d)");
    /** A date alone on a line after the body: the signature date. */
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    private static final Pattern HEADING = Pattern.compile("^([" + NUMERALS + "])[、.]\\s*(\\S.{0,38})$");
    /** Row labels of the statistical tables that look like part headings. */
    private static final List<String> TABLE_ROW_LABELS = List.of(
            "本年新收", "上年结转", "本年度办理结果", "结转下年度", "主动公开情况", "回应解读情况", "依申请公开情况",
            "行政复议数量", "行政诉讼数量", "举报投诉数量", "收取的费用", "机构建设和保障经费", "会议和培训情况");
    /** Portal chrome that is no part of any section. */
    private static final List<String> CHROME = List.of(
            "扫一扫在手机打开", "浏览次数", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "字体:", "您当前的位置", "您现在的位置");
    private static final Pattern NOT_PROSE = Pattern.compile("^[\\d.,\\s%\\-+/|—]*(?:万元|元|件|条|个|人|次)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;!?]");

    private static final String N = "(?<n>\\d[\\d,]*(?:\\.\\d+)?)\\s*";

    /** What a figure counts, where the sentence must (or must not) speak of, and its pattern. */
    private record FigurePattern(String name, String within, String notWithin, Pattern pattern, String unit) {
        FigurePattern(String name, String regex, String unit) {
            this(name, "", "", Pattern.compile(regex), unit);
        }

        FigurePattern(String name, String within, String notWithin, String regex, String unit) {
            this(name, within, notWithin, Pattern.compile(regex), unit);
        }

        boolean applies(String sentence) {
            return (within.isEmpty() || sentence.contains(within)) && (notWithin.isEmpty() || !sentence.contains(notWithin));
        }
    }

    /** The figures of the prose, first match in reading order wins. Value from group n, 0 when the pattern has none. */
    private static final List<FigurePattern> FIGURES = List.of(
            new FigurePattern("activeDisclosureItems", "(?:全年|共|累计|合计)?主动公开(?:政府)?信息(?:共计|共|总计|合计)?" + N + "条", "条"),
            new FigurePattern("websiteItems", "(?:官网|门户网站)(?:\\([^)]{0,10}\\))?发布(?:政府)?信息" + N + "条", "条"),
            new FigurePattern("websiteItems", "政府网站主动公开的[^。,]{0,12}?(?:总量|总数)为?" + N + "条", "条"),
            new FigurePattern("websiteItems", "通过(?:政府|门户)网站(?:主动)?公开(?:政府)?信息" + N + "条", "条"),
            new FigurePattern("wechatItems", "微信公众号(?:公开|发布)(?:政府)?信息" + N + "条", "条"),
            new FigurePattern("policyInterpretations", "政策解读(?:信息|稿件)?发布" + N + "(?:条|篇)", "条"),
            new FigurePattern("hotspotResponses", "回应(?:公众关注)?热点或重大舆情" + N + "次", "次"),
            new FigurePattern("applicationsReceived", "(?:收到|受理|新收)[^。]{0,30}?政府信息公开申请(?:共|数为)?" + N + "件", "件"),
            new FigurePattern("applicationsReceived", "依申请公开申请数为" + N + "件", "件"),
            new FigurePattern("applicationsCompleted", "(?:收到|受理|新收)[^。]{0,30}?申请" + N + "件,(?:已)?全部办结", "件"),
            new FigurePattern("applicationsCompletedOnTime", "(?:收到|受理|新收)[^。]{0,30}?申请" + N + "件,(?:已)?全部按时办结", "件"),
            new FigurePattern("applicationsAnswered", "(?:收到|受理|新收)[^。]{0,30}?申请" + N + "件,均在法定(?:时限|期限)内(?:予以)?答复", "件"),
            new FigurePattern("answersAlreadyPublic", "属于(?:已)?主动公开范围的" + N + "件", "件"),
            new FigurePattern("answersGranted", "(?<!部分)(?<!不)同意公开(?:答复)?的" + N + "件", "件"),
            new FigurePattern("answersPartlyGranted", "同意部分公开(?:答复)?的" + N + "件", "件"),
            new FigurePattern("answersRefused", "不同意公开(?:答复)?的" + N + "件", "件"),
            new FigurePattern("answersNotThisAgency", N + "件不属于本(?:行政)?机关", "件"),
            new FigurePattern("answersNotExist", N + "件申请的信息不存在", "件"),
            new FigurePattern("answersChangeOrOtherChannel", N + "件告知作出更改或通过其他途径办理", "件"),
            new FigurePattern("reconsiderationCases", "行政复议", "行政诉讼", "(?:发生|收到|办理)了?" + N + "件[^。,]{0,20}?行政复议", "件"),
            new FigurePattern("reconsiderationCases", "未发生[^。]{0,20}?行政复议", "件"),
            new FigurePattern("reconsiderationUpheld", "行政复议", "行政诉讼", "维持具体行政行为数" + N + "件", "件"),
            new FigurePattern("reconsiderationCorrected", "行政复议", "行政诉讼", "被依法纠错数" + N + "件", "件"),
            new FigurePattern("reconsiderationOther", "行政复议", "行政诉讼", "其他情形数" + N + "件", "件"),
            new FigurePattern("litigationCases", "行政诉讼", "行政复议", "(?:发生|收到|办理)了?" + N + "件[^。,]{0,20}?行政诉讼", "件"),
            new FigurePattern("litigationCases", "未发生[^。]{0,30}?行政诉讼", "件"),
            new FigurePattern("litigationUpheld", "行政诉讼", "行政复议", "维持具体行政行为(?:或者驳回原告诉讼请求)?数" + N + "件", "件"),
            new FigurePattern("litigationCorrected", "行政诉讼", "行政复议", "被依法纠错数" + N + "件", "件"),
            new FigurePattern("litigationOther", "行政诉讼", "行政复议", "其他情形数" + N + "件", "件"),
            new FigurePattern("dedicatedBodies", "(?:工作)?专门机构" + N + "个", "个"),
            new FigurePattern("readingRooms", "查阅(?:点|场所|室)" + N + "个", "个"),
            new FigurePattern("staff", "工作人员(?:有|共)?" + N + "人", "人"),
            new FigurePattern("fullTimeStaff", "专职(?:工作)?人员" + N + "人", "人"),
            new FigurePattern("partTimeStaff", "兼职(?:工作)?人员" + N + "人", "人"),
            new FigurePattern("meetings", "(?:工作会议|专题会议)" + N + "次", "次"),
            new FigurePattern("trainingSessions", "培训班" + N + "次", "次"),
            new FigurePattern("trainees", "共有" + N + "人(?:次)?接受培训", "人"),
            new FigurePattern("specialFunds", "专项(?:工作)?经费" + N + "万元", "万元"));

    /**
     * @param blocks the document's text blocks in reading order; the interpreter leaves out the
     *               blocks it consumed as table cells, but the reader must cope with stray cells
     */
    static Prose read(List<TextBlock> blocks) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) texts.add(Text.strip(Text.normalize(b.text())));
        List<Warning> warnings = new ArrayList<>();

        Optional<String> title = Optional.empty();
        Optional<String> agency = Optional.empty();
        OptionalInt year = OptionalInt.empty();
        for (int i = 0; i < texts.size() && title.isEmpty(); i++) {
            Matcher m = TITLE.matcher(compact(texts.get(i)));
            if (!m.matches()) continue;
            String issuer = m.group(1);
            String printed = texts.get(i);
            if (issuer.isEmpty()) {
                Optional<String> above = previousShortName(texts, i);
                if (above.isPresent()) {
                    issuer = above.get();
                    printed = above.get() + printed;
                }
            }
            title = Optional.of(printed);
            if (!issuer.isEmpty()) agency = Optional.of(issuer);
            year = OptionalInt.of(Integer.parseInt(m.group(2)));
        }
        if (title.isEmpty()) {
            warnings.add(new Warning("TITLE_NOT_FOUND", "no report title (…年政府信息公开工作年度报告) found", Provenance.NONE));
        }
        if (year.isEmpty()) {
            for (String t : texts) {
                Matcher m = PERIOD_YEAR.matcher(compact(t));
                if (m.find()) {
                    year = OptionalInt.of(Integer.parseInt(m.group(1)));
                    break;
                }
            }
            if (year.isEmpty()) warnings.add(new Warning("YEAR_NOT_FOUND", "the statistical year is stated nowhere", Provenance.NONE));
        }

        List<Heading> headings = headings(texts);
        return new Prose(title, agency, year, publishedDate(texts, headings), sections(blocks, texts, headings),
                narrative(blocks, texts), warnings);
    }

    private static String compact(String s) {
        return Text.compact(s);
    }

    private static Optional<String> previousShortName(List<String> texts, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            String c = compact(texts.get(j));
            if (c.isEmpty()) continue;
            return SHORT_NAME.matcher(c).matches() ? Optional.of(c) : Optional.empty();
        }
        return Optional.empty();
    }

    private record Heading(int index, int number, String printed) {}

    /** The part headings 一、 .. 十、, numbered 1, 2, 3 … without gaps, table row labels left out. */
    private static List<Heading> headings(List<String> texts) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.indexOf('|') >= 0 || t.indexOf('\t') >= 0) continue;
            Matcher m = HEADING.matcher(t);
            if (!m.matches() || m.group(2).endsWith("。")) continue;
            int number = NUMERALS.indexOf(m.group(1).charAt(0)) + 1;
            if (number != headings.size() + 1) continue;
            String label = compact(m.group(2));
            if (TABLE_ROW_LABELS.stream().anyMatch(label::contains)) continue;
            headings.add(new Heading(i, number, t));
        }
        return headings;
    }

    private static boolean isHeading(String t) {
        Matcher m = HEADING.matcher(t);
        return m.matches() && !m.group(2).endsWith("。") && t.length() <= 40;
    }

    private static List<ReportSection> sections(List<TextBlock> blocks, List<String> texts, List<Heading> headings) {
        List<ReportSection> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : texts.size();
            StringBuilder body = new StringBuilder();
            for (int i = heading.index() + 1; i < end; i++) {
                String t = texts.get(i);
                if (t.isEmpty() || NOT_PROSE.matcher(t).matches() || isChrome(t)) continue;
                if (body.length() > 0) body.append('\n');
                body.append(t);
            }
            sections.add(new ReportSection(heading.number(), heading.printed(), body.toString()));
        }
        return sections;
    }

    private static boolean isChrome(String t) {
        String c = compact(t);
        return CHROME.stream().anyMatch(c::contains) || c.equals("微信") || c.equals("微博");
    }

    private static Optional<LocalDate> publishedDate(List<String> texts, List<Heading> headings) {
        for (Pattern p : LABELLED_DATES) {
            for (String t : texts) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    Optional<LocalDate> d = date(m);
                    if (d.isPresent()) return d;
                }
            }
        }
        int bodyStart = headings.isEmpty() ? 0 : headings.get(0).index();
        for (int i = 0; i < bodyStart; i++) {
            Matcher m = PORTAL_TIMESTAMP.matcher(texts.get(i));
            if (m.find()) {
                Optional<LocalDate> d = date(m);
                if (d.isPresent()) return d;
            }
        }
        for (int i = bodyStart; i < texts.size(); i++) {
            Matcher m = SIGNATURE_DATE.matcher(compact(texts.get(i)));
            if (m.matches()) {
                Optional<LocalDate> d = date(m);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Sentence(String text, Provenance provenance) {}

    /** Sentences in reading order; a block that breaks off mid-sentence is continued by the next. */
    private static List<Sentence> sentences(List<TextBlock> blocks, List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder carry = new StringBuilder();
        Provenance carryFrom = Provenance.NONE;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.isEmpty() || NOT_PROSE.matcher(t).matches() || isChrome(t)) continue;
            if (isHeading(t)) {
                // a part heading states no figure and ends any sentence left open before it
                if (carry.length() > 0) sentences.add(new Sentence(carry.toString(), carryFrom));
                carry.setLength(0);
                continue;
            }
            if (carry.length() == 0) carryFrom = blocks.get(i).provenance();
            carry.append(t);
            String joined = carry.toString();
            int start = 0;
            Matcher end = SENTENCE_END.matcher(joined);
            while (end.find()) {
                sentences.add(new Sentence(joined.substring(start, end.end()), carryFrom));
                start = end.end();
            }
            carry.setLength(0);
            String rest = joined.substring(start);
            // a short tail with no sentence end is a label or a cell, not a broken sentence
            if (rest.length() >= 20 || start > 0 && !rest.isEmpty()) {
                carry.append(rest);
            } else if (!rest.isEmpty()) {
                sentences.add(new Sentence(rest, carryFrom));
            }
        }
        if (carry.length() > 0) sentences.add(new Sentence(carry.toString(), carryFrom));
        return sentences;
    }

    private static List<NarrativeFigure> narrative(List<TextBlock> blocks, List<String> texts) {
        List<NarrativeFigure> figures = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Sentence sentence : sentences(blocks, texts)) {
            String text = sentence.text();
            String spaceless = compact(text);
            for (FigurePattern f : FIGURES) {
                if (found.contains(f.name()) || !f.applies(spaceless)) continue;
                Matcher m = f.pattern().matcher(spaceless);
                if (!m.find()) continue;
                BigDecimal value = f.pattern().pattern().contains("(?<n>") ? new BigDecimal(m.group("n").replace(",", "")) : BigDecimal.ZERO;
                figures.add(new NarrativeFigure(f.name(), value, Optional.of(f.unit()), text, sentence.provenance()));
                found.add(f.name());
            }
        }
        return figures;
    }
}
