package org.xxgk.interpret;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.interpret.NarrativePatterns.Sentence;
import org.xxgk.model.ReportSection;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/**
 * Reads metadata (title, agency, statistical year, publication date), the verbatim sections 一 to
 * 六 and the figures stated in the prose ({@link NarrativePatterns}) from a report's text blocks.
 * Blocks may be lines of a text file, paragraphs of a web page (portal chrome around them) or PDF
 * lines (sentences broken over lines, page footers between them).
 */
final class ProseReader {

    private ProseReader() {}

    private static final String NUMERALS = "一二三四五六七八九十";
    /** The words {@link #HEADING_INLINE} and {@link #INLINE_HEADING} end a part heading in. */
    private static final List<String> HEADING_WORDS = List.of("情况", "措施", "事项", "概述");
    private static final String HEADING_WORD = "(?:" + String.join("|", HEADING_WORDS) + ")";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String KIND = "(?:政府信息公开|政务公开|信息公开)";

    /**
     * The title's forms, on the compact line, first that matches wins: issuer then year (the usual
     * one), year then issuer, issuer then year in brackets. The issuer may be empty (the title split
     * over two lines, the issuer on the line above).
     */
    private static final List<Pattern> TITLES = List.of(
            Pattern.compile("^(?<agency>.{0,40}?)(?:关于)?" + YEAR + "年度?(?:的)?" + KIND
                    + "[^。,;]{0,12}?报告(?:\\((?:19|20)\\d{2}年度?\\))?$"),
            Pattern.compile("^" + YEAR + "年度?(?<agency>[\\p{IsHan}()]{2,30}?)" + KIND + "工作年度报告$"),
            Pattern.compile("^(?<agency>[\\p{IsHan}()]{2,30}?)" + KIND + "工作年度报告\\(" + YEAR + "年度?\\)$"));
    /** What a portal prints before a title: a breadcrumb or a field label. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:.*[>»])?(?:(?:标题|题名|名称|文章标题)[:])?");
    private static final Pattern ISSUER = Pattern.compile("[\\p{IsHan}()·]{2,40}");
    private static final Pattern ISSUER_TAIL = Pattern.compile("[\\p{IsHan}()·]{2,40}$");
    private static final Pattern SHORT_NAME = Pattern.compile("^[\\p{IsHan}()]{2,30}$");

    /**
     * A title inside a longer line: the issuer's last ideograph, the year, the report's name in its usual wordings
     * (…工作年度报告, …年度工作报告, 年度…工作报告).
     */
    private static final Pattern TITLE_INSIDE =
            Pattern.compile("\\p{IsHan}" + YEAR + "年度?(?:的)?" + KIND + "(?:工作年度|年度工作|工作)报告");

    /** The statistical year where the title states none, in the order they are trusted. */
    private static final List<Pattern> YEARS = List.of(
            Pattern.compile("统计期限[^。]{0,4}?" + YEAR + "年"),
            Pattern.compile("^\\(" + YEAR + "年度\\)$"));

    /** Dates the report labels as its own; "截止日期" and "统计日期" are not. */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?<![止计至])(?:(?:发文|发布|成文|印发|公开|填报)?日期|(?:发布|发文|公开)时间)\\s*:\\s*"
                    + "((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");
    /** A portal's timestamp line before the body (2023-01-13 15:53文章来源: …). */
    private static final Pattern PORTAL_TIMESTAMP =
            Pattern.compile("^((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?!\\d)");
    /** A date alone on a line after the last part heading: the signature date. */
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    private static final Pattern SIGNATURE_DATE_HAN =
            Pattern.compile("^([〇零○O0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private static final int HEADING_AFTER_FIRST = 38;
    private static final Pattern HEADING =
            Pattern.compile("^([" + NUMERALS + "])[、.]\\s*(\\S.{0," + HEADING_AFTER_FIRST + "})$");
    /** A part heading with its first paragraph on the same line (web pages): the heading ends at 情况, 措施, 事项 or 概述. */
    private static final Pattern HEADING_INLINE = Pattern.compile(
            "^([" + NUMERALS + "])[、.]\\s*([^。,;:\\s]{2,30}?" + HEADING_WORD + ")\\s*[:。]?\\s*(\\S.*)$");
    /**
     * A part heading inside a flattened block (a web page crawled to one line, its line breaks
     * become spaces or nothing): the numeral after a sentence end, a space, a digit, a value's unit,
     * a closing bracket or a cell's bar (or at the block's start), the heading up to its closing
     * word, and the rest of its printed line where a space still marks the line's end (…情况统计表 指标名称).
     */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?:^|(?<=[。;!?)\\]」』”\"|\\s\\d元件条]))[" + NUMERALS + "][、.]\\s*[^。,;:!?\\s]{0,30}?" + HEADING_WORD
                    + "(?:\\p{IsHan}{1,6}(?=\\s|$))?");
    /** A Markdown heading's marker (OCR to Markdown): no part of the heading. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    /** Markdown's strong emphasis (a converter's bold heading, {@code **一、总体情况**}): its markers are no text. */
    private static final Pattern MARKDOWN_STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    /**
     * The titles the templates give their parts: a heading that names one is a part heading even
     * where the parts before it were not seen (a table reader took 二 to 四 with their tables).
     */
    private static final Pattern PART_TITLE = Pattern.compile(
            "总体情况|概述|主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、?行政诉讼情况|存在的主要问题|问题.{0,4}改进|其他需要报告的事项");
    /** Row labels of the statistical tables that look like part headings. */
    private static final List<String> TABLE_ROW_LABELS = List.of(
            "本年新收", "上年结转", "本年度办理结果", "结转下年度", "主动公开情况", "回应解读情况", "依申请公开情况",
            "行政复议数量", "行政诉讼数量", "举报投诉数量", "收取的费用", "机构建设和保障经费", "会议和培训情况");
    /** Portal chrome and page furniture that are no part of any section. */
    private static final List<String> CHROME = List.of(
            "扫一扫在手机打开", "浏览次数", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "字体:", "您当前的位置", "您现在的位置",
            "当前位置:", "上一篇", "下一篇", "相关链接", "相关文章", "责任编辑", "网站地图", "联系我们");
    /** A portal's footer: the page's body is over. */
    private static final List<String> FOOTER = List.of("主办单位:", "承办单位:", "版权所有", "网站标识码", "ICP备", "公网安备");
    private static final List<String> CHROME_AND_FOOTER = Stream.concat(CHROME.stream(), FOOTER.stream()).toList();
    /** What follows the last section: appendices and the statistics table's title. */
    private static final Pattern AFTER_BODY = Pattern.compile("^(?:附件|附表)|统计表$|统计表\\(");

    private static final Pattern NUMBERED =
            Pattern.compile("^(?:\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十\\d]{1,3}[、.]|[一二三四五六七八九十]是)");
    private static final List<String> NOTHING = List.of("无", "暂无", "无。", "暂无。");
    /** A fragment at least this long without a sentence end is a sentence broken over blocks. */
    private static final int BROKEN_SENTENCE = 12;
    /** No sentence runs longer: text without sentence ends is cut here, so the join stays linear. */
    private static final int LONGEST_SENTENCE = 2000;

    /**
     * @param blocks the document's text blocks in reading order; the interpreter leaves out the
     *               blocks it consumed as table cells, but the reader must cope with stray cells
     */
    static Prose read(List<TextBlock> blocks) {
        return read(blocks, () -> { });
    }

    /** As {@link #read(List)}, calling {@code checkTime} as it goes (a time limit stops a huge prose mid-way). */
    static Prose read(List<TextBlock> blocks, Runnable checkTime) {
        List<TextBlock> lines = new ArrayList<>(blocks.size());
        List<String> normalized = new ArrayList<>(blocks.size());
        unflatten(blocks, lines, normalized);
        checkTime.run();
        // each line normalised, compacted and judged once: the readers below ask of the same lines many times
        List<String> texts = new ArrayList<>(lines.size());
        List<String> compacts = new ArrayList<>(lines.size());
        boolean[] noProse = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String t = Text.strip(normalized.get(i));
            if (t.startsWith("#")) t = MARKDOWN_HEADING.matcher(t).replaceFirst("");
            if (t.contains("**") || t.contains("__")) t = MARKDOWN_STRONG.matcher(t).replaceAll("$2");
            String c = Text.compactNormalized(t);
            texts.add(t);
            compacts.add(c);
            noProse[i] = t.isEmpty() || isNumberLine(t) || isChrome(c) || isTableRow(t);
        }
        HeadingForms forms = HeadingForms.of(texts);
        List<Warning> warnings = new ArrayList<>();
        List<Heading> headings = headings(texts, forms);
        int bodyStart = headings.isEmpty() ? texts.size() : headings.get(0).index();

        Optional<Title> title = title(texts, compacts, bodyStart);
        if (title.isEmpty()) {
            warnings.add(new Warning(
                    WarningCode.TITLE_NOT_FOUND, "no report title (…年政府信息公开工作年度报告) found", Provenance.NONE));
        }
        OptionalInt year = title.isPresent() ? OptionalInt.of(title.get().year()) : statedYear(compacts);
        if (year.isEmpty()) year = titleInside(compacts, bodyStart);
        if (year.isEmpty())
            warnings.add(
                    new Warning(WarningCode.YEAR_NOT_FOUND, "the statistical year is stated nowhere", Provenance.NONE));
        if (headings.isEmpty())
            warnings.add(
                    new Warning(WarningCode.SECTIONS_NOT_FOUND, "no numbered part (一、总体情况 …) found", Provenance.NONE));

        return new Prose(
                title.map(Title::printed),
                title.flatMap(Title::agency),
                year,
                publishedDate(texts, compacts, headings, bodyStart),
                sections(texts, compacts, noProse, forms, headings),
                NarrativePatterns.read(sentences(lines, texts, compacts, noProse, forms), checkTime),
                warnings);
    }

    /**
     * Blocks with a flattened page cut at its part headings, each heading a block of its own, so
     * that the page reads like its lines. Only a block holding two or more inline headings is cut:
     * a paragraph that names one part in passing stays whole. {@code normalized} gets the text of each
     * block of {@code out}, {@link Text#normalize normalised}.
     */
    private static void unflatten(List<TextBlock> blocks, List<TextBlock> out, List<String> normalized) {
        for (TextBlock b : blocks) {
            String text = Text.normalize(b.text());
            if (!mayHoldInlineHeading(text) || headingStarts(text) < 2) {
                out.add(b);
                normalized.add(text);
                continue;
            }
            List<int[]> headings = inlineHeadings(text);
            if (headings.size() < 2) {
                out.add(b);
                normalized.add(text);
                continue;
            }
            // the page goes on after the last part with the portal's chrome and footer: a block of its own
            int last = headings.get(headings.size() - 1)[1];
            int chrome = CHROME_AND_FOOTER.stream()
                    .mapToInt(c -> text.indexOf(c, last))
                    .filter(at -> at >= 0)
                    .min()
                    .orElse(text.length());
            int from = 0;
            for (int[] h : headings) {
                piece(text, from, h[0], b, out, normalized);
                piece(text, h[0], h[1], b, out, normalized);
                from = h[1];
            }
            piece(text, from, chrome, b, out, normalized);
            piece(text, chrome, text.length(), b, out, normalized);
        }
    }

    /**
     * Where {@link #INLINE_HEADING} matches in {@code text}, as {@code Matcher.find} would give them, the
     * regex tried only where a numeral and its 、 or . stand (where every match starts), not at every character.
     */
    private static List<int[]> inlineHeadings(String text) {
        List<int[]> headings = new ArrayList<>();
        Matcher m = INLINE_HEADING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length() - 1) {
            int at = from;
            while (at < text.length() - 1
                    && !(NUMERALS.indexOf(text.charAt(at)) >= 0
                            && (text.charAt(at + 1) == '、' || text.charAt(at + 1) == '.'))) at++;
            if (at >= text.length() - 1) break;
            m.region(at, text.length());
            if (m.lookingAt()) {
                headings.add(new int[] {m.start(), m.end()});
                from = m.end();
            } else {
                from = at + 1;
            }
        }
        return headings;
    }

    /** What {@link #INLINE_HEADING}'s lookbehind lets stand before a heading's numeral. */
    private static final String BEFORE_INLINE_HEADING = "。;!?)]」』”\"| \t\n\u000B\f\r0123456789元件条";

    /**
     * The places in {@code text} where an {@link #INLINE_HEADING} could start (a numeral and its 、 or . at the start
     * or after what the lookbehind allows), counted to two: a block with fewer is not cut, and most are spared the
     * regex.
     */
    private static int headingStarts(String text) {
        int n = 0;
        for (int at = 0; at < text.length() - 1 && n < 2; at++) {
            char next = text.charAt(at + 1);
            if ((next == '、' || next == '.') && NUMERALS.indexOf(text.charAt(at)) >= 0
                    && (at == 0 || BEFORE_INLINE_HEADING.indexOf(text.charAt(at - 1)) >= 0)) n++;
        }
        return n;
    }

    /**
     * Whether {@code text} holds one of the words every {@link #INLINE_HEADING} ends in: spares the regex most blocks.
     */
    private static boolean mayHoldInlineHeading(String text) {
        for (int i = 0; i < HEADING_WORDS.size(); i++) if (text.contains(HEADING_WORDS.get(i))) return true;
        return false;
    }

    private static void piece(
            String text, int from, int to, TextBlock block, List<TextBlock> out, List<String> normalized) {
        String piece = Text.strip(text.substring(from, to));
        if (piece.isEmpty()) return;
        out.add(new TextBlock(piece, block.provenance()));
        normalized.add(piece); // a piece of normalised text
    }

    private record Title(String printed, Optional<String> agency, int year) {}

    /** The longest line a wrapped title leaves on the next one ({@code 告}, {@code 工作年度报告}, {@code 政府信息公开工作年度报告}). */
    private static final int WRAPPED_TITLE_TAIL = 16;

    /**
     * The first title-like line before the body; the issuer from the line above when the title leaves it out. A title
     * wrapped onto the next line ({@code 某市人民政府2023年政府信息公开工作年度报} / {@code 告}, as copies of a PDF print
     * a title too long for the page) is the two lines joined, where the next is short and the join is a title.
     */
    private static Optional<Title> title(List<String> texts, List<String> compacts, int bodyStart) {
        for (int i = 0; i < bodyStart; i++) {
            if (isChrome(compacts.get(i))) continue;
            Optional<Title> own = titleOf(compacts, i, texts.get(i), compacts.get(i));
            if (own.isPresent()) return own;
            int next = i + 1;
            if (next >= bodyStart || compacts.get(next).isEmpty()) continue;
            if (compacts.get(next).length() > WRAPPED_TITLE_TAIL) continue;
            Optional<Title> wrapped =
                    titleOf(compacts, i, texts.get(i) + texts.get(next), compacts.get(i) + compacts.get(next));
            if (wrapped.isPresent()) return wrapped;
        }
        return Optional.empty();
    }

    /** The title that {@code compact} (line {@code i}, or it and the next) is, printed as {@code printed}. */
    private static Optional<Title> titleOf(List<String> compacts, int i, String printed, String compact) {
        // every form ends in 报告 (and a prefix taken off makes no word): most lines are spared the patterns
        if (!compact.contains("报告")) return Optional.empty();
        String line = TITLE_PREFIX.matcher(compact).replaceFirst("");
        for (Pattern p : TITLES) {
            Matcher m = p.matcher(line);
            if (!m.matches()) continue;
            Optional<String> agency = issuer(m.group("agency"));
            if (agency.isEmpty() && m.group("agency").isEmpty()) {
                agency = previousShortName(compacts, i);
                if (agency.isPresent()) printed = agency.get() + printed;
            }
            return Optional.of(new Title(printed, agency, Integer.parseInt(m.group("year"))));
        }
        return Optional.empty();
    }

    // what portals put between a page's title and their site's name in the page's <title>
    private static final Pattern NAME_PARTS = Pattern.compile("\\s*(?:[_|｜]|\\s[-－—–]\\s|[-－—–](?=[^\\d]))\\s*");
    private static final int LONGEST_NAME = 300;

    /**
     * The part of a document's name that is a report title, as printed: a page's {@code <title>} is the title, often
     * followed by the site's name after a separator ({@code _政府信息公开年报_某市人民政府网}, {@code -某市人民政府}).
     */
    static Optional<String> titleIn(String name) {
        if (name.length() > LONGEST_NAME) return Optional.empty();
        // every form holds 报告, white space left out: a name without both characters is none (most lines of a page,
        // which its reader asks of up to its first table) and is spared the split and the patterns
        if (name.indexOf('报') < 0 || name.indexOf('告') < 0) return Optional.empty();
        for (String part : NAME_PARTS.split(name.strip())) {
            String compact = TITLE_PREFIX.matcher(Text.compactNormalized(part)).replaceFirst("");
            for (Pattern p : TITLES) if (p.matcher(compact).matches()) return Optional.of(part.strip());
        }
        return Optional.empty();
    }

    /** The issuer as printed, or the name at its end when something else ran into it. */
    private static Optional<String> issuer(String printed) {
        if (ISSUER.matcher(printed).matches()) return Optional.of(printed);
        Matcher tail = ISSUER_TAIL.matcher(printed);
        return tail.find() ? Optional.of(tail.group()) : Optional.empty();
    }

    private static Optional<String> previousShortName(List<String> compacts, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            String c = compacts.get(j);
            if (c.isEmpty()) continue;
            return SHORT_NAME.matcher(c).matches() ? Optional.of(c) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The year of a title printed inside a line before the first part heading, where no line is a title: a page
     * copied on one line runs the title on between the portal's breadcrumb and the first paragraph.
     */
    private static OptionalInt titleInside(List<String> compacts, int bodyStart) {
        for (int i = 0; i < bodyStart && i < compacts.size(); i++) {
            Matcher m = TITLE_INSIDE.matcher(compacts.get(i));
            if (m.find()) return OptionalInt.of(Integer.parseInt(m.group("year")));
        }
        return OptionalInt.empty();
    }

    private static OptionalInt statedYear(List<String> compacts) {
        for (Pattern p : YEARS) {
            for (String c : compacts) {
                Matcher m = p.matcher(c);
                if (m.find()) return OptionalInt.of(Integer.parseInt(m.group("year")));
            }
        }
        // the period stated over a line break (本报告所列数据的统计期限 / 自2018年1月1日起): a line that holds 统计 and the next
        Pattern period = YEARS.get(0);
        for (int i = 0; i + 1 < compacts.size(); i++) {
            if (!compacts.get(i).contains("统计")) continue;
            Matcher m = period.matcher(compacts.get(i) + compacts.get(i + 1));
            if (m.find()) return OptionalInt.of(Integer.parseInt(m.group("year")));
        }
        return OptionalInt.empty();
    }

    /**
     * A part heading at {@code index}; {@code rest} is the prose printed on the heading's own line.
     */
    private record Heading(int index, int number, String printed, String rest) {}

    /** The part headings 一、 .. 十、 in increasing order, table row labels left out. */
    private static List<Heading> headings(List<String> texts, HeadingForms forms) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (isTableRow(t)) continue;
            MatchResult inline = forms.inline(i);
            MatchResult alone = forms.alone(i);
            String numeral;
            String label;
            String printed;
            String rest;
            if (inline != null) {
                numeral = inline.group(1);
                label = inline.group(2);
                printed = t.substring(0, inline.end(2));
                rest = inline.group(3);
            } else if (alone != null && !alone.group(2).endsWith("。")) {
                numeral = alone.group(1);
                label = alone.group(2);
                printed = t;
                rest = "";
            } else {
                continue;
            }
            int number = NUMERALS.indexOf(numeral.charAt(0)) + 1;
            int previous = headings.isEmpty() ? 0 : headings.get(headings.size() - 1).number();
            // numbers increase; one heading the reader could not recognise may be missing between two,
            // more where the heading is a part's own title
            if (number <= previous
                    || number > previous + 2
                            && !PART_TITLE.matcher(Text.compact(label)).find()) continue;
            if (isTableRowLabel(label)) continue;
            headings.add(new Heading(i, number, printed, rest));
        }
        return headings;
    }

    private static boolean isTableRowLabel(String label) {
        String compact = Text.compact(label);
        return TABLE_ROW_LABELS.stream().anyMatch(compact::contains);
    }

    private static boolean isTableRow(String t) {
        return t.indexOf('|') >= 0 || t.indexOf('\t') >= 0;
    }

    private static List<ReportSection> sections(List<String> texts, List<String> compacts, boolean[] noProse,
                                                HeadingForms forms, List<Heading> headings) {
        List<ReportSection> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            boolean last = h + 1 == headings.size();
            int end = last ? bodyEnd(compacts, heading.index()) : headings.get(h + 1).index();
            List<String> lines = new ArrayList<>();
            if (!heading.rest().isEmpty()) lines.add(heading.rest());
            for (int i = heading.index() + 1; i < end; i++) {
                if (!noProse[i] && isProse(compacts.get(i), forms.alone(i))) lines.add(texts.get(i));
            }
            // the issuer's name above the signature date signs the report; it is no prose of the section
            if (last && end < texts.size() && isSignatureDate(compacts.get(end)) && !lines.isEmpty()
                    && SHORT_NAME.matcher(Text.compact(lines.get(lines.size() - 1))).matches()) {
                lines.remove(lines.size() - 1);
            }
            sections.add(new ReportSection(heading.number(), heading.printed(), String.join("\n", lines)));
        }
        return sections;
    }

    /**
     * Where the last section ends: at the signature date, an appendix, the statistics table's title or the portal's
     * footer.
     */
    private static int bodyEnd(List<String> compacts, int lastHeading) {
        for (int i = lastHeading + 1; i < compacts.size(); i++) {
            String c = compacts.get(i);
            if (isSignatureDate(c)
                    || c.length() <= 30 && AFTER_BODY.matcher(c).find()
                    || FOOTER.stream().anyMatch(c::contains)) {
                return i;
            }
        }
        return compacts.size();
    }

    /**
     * Whether a block is prose, of one that is not empty, not a number or a table cell, not chrome or a
     * page footer (what {@code noProse} says of the lines): not a table row label either. {@code numbered} is the
     * line's match of {@link #HEADING}, null where it does not match.
     */
    private static boolean isProse(String c, MatchResult numbered) {
        if (NOTHING.contains(c)) return true;
        if (numbered != null && isTableRowLabel(numbered.group(2))) return false;
        return !(isLabelLike(c) && !NUMBERED.matcher(c).find());
    }

    private static final String NOT_IN_LABELS = ",。;:!?、()“”《》";

    /** A short line with no punctuation (a table label, not prose, unless numbered): 1 to 12 code points. */
    static boolean isLabelLike(String c) {
        if (c.isEmpty() || c.length() > 24) return false;
        for (int i = 0; i < c.length(); i++) if (NOT_IN_LABELS.indexOf(c.charAt(i)) >= 0) return false;
        return c.codePointCount(0, c.length()) <= 12;
    }

    private static final String NUMBER_CHARS = "0123456789.,%-+/|—";
    private static final List<String> NUMBER_UNITS = List.of("万元", "元", "件", "条", "个", "人", "次");

    /** A line of figures: digits, their punctuation and white space, then at most a unit word. */
    static boolean isNumberLine(String t) {
        int i = 0;
        while (i < t.length() && (NUMBER_CHARS.indexOf(t.charAt(i)) >= 0 || isRegexSpace(t.charAt(i)))) i++;
        return i == t.length() || NUMBER_UNITS.contains(t.substring(i));
    }

    /** The white space of {@code \s} in a pattern: ASCII only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a line, in {@link Text#compact} form, is portal chrome or page furniture. */
    private static boolean isChrome(String c) {
        // asked of every line: a loop, not a stream
        for (int i = 0; i < CHROME_AND_FOOTER.size(); i++) if (c.contains(CHROME_AND_FOOTER.get(i))) return true;
        return c.equals("微信")
                || c.equals("微博")
                || LineCells.isPageNumber(c);
    }

    /** Whether a line, in {@link Text#compact} form, is a signature date. */
    private static boolean isSignatureDate(String c) {
        return SIGNATURE_DATE.matcher(c).matches() || SIGNATURE_DATE_HAN.matcher(c).matches();
    }

    private static Optional<LocalDate> publishedDate(
            List<String> texts, List<String> compacts, List<Heading> headings, int bodyStart) {
        for (String t : texts) {
            // every labelled date says 日期 or 时间 and then a colon: most lines spare the regex
            if (!(t.contains("日期") || t.contains("时间")) || t.indexOf(':') < 0) continue;
            Matcher m = LABELLED_DATE.matcher(t);
            while (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) return d;
            }
        }
        for (int i = 0; i < bodyStart; i++) {
            Matcher m = PORTAL_TIMESTAMP.matcher(texts.get(i));
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) return d;
            }
        }
        // the signature follows the last part; a date inside the parts is some other day
        int from = headings.isEmpty() ? texts.size() : headings.get(headings.size() - 1).index();
        for (int i = from; i < texts.size(); i++) {
            String c = compacts.get(i);
            Matcher m = SIGNATURE_DATE.matcher(c);
            if (m.matches()) return date(m.group(1), m.group(2), m.group(3));
            Matcher han = SIGNATURE_DATE_HAN.matcher(c);
            if (han.matches()) return date(hanYear(han.group(1)), hanNumber(han.group(2)), hanNumber(han.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 一 .. 三十一 to 1 .. 31 (empty, so no date, when it is no such numeral). */
    private static String hanNumber(String s) {
        return Labels.chinese(s).map(String::valueOf).orElse("");
    }

    /** 二〇二一 to 2021, one digit a character. */
    private static String hanYear(String s) {
        StringBuilder out = new StringBuilder(4);
        for (char c : s.toCharArray()) {
            int d = HAN_DIGITS.indexOf(c);
            out.append(d >= 0 ? (char) ('0' + d) : c == '零' || c == '○' || c == 'O' ? '0' : c);
        }
        return out.toString();
    }

    /** Sentences in reading order; a block that breaks off mid-sentence is continued by the next. */
    private static List<Sentence> sentences(List<TextBlock> blocks, List<String> texts, List<String> compacts,
                                            boolean[] noProse, HeadingForms forms) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder carry = new StringBuilder();
        Provenance carryFrom = Provenance.NONE;
        // whether what is carried holds no white space: a sentence of such lines is its own compact form (a line
        // whose compact form is as long holds none; the paragraph after a heading is not known to)
        boolean carrySpaceless = true;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (noProse[i]) continue;
            MatchResult inline = forms.inline(i);
            if (inline != null || forms.alone(i) != null && !t.endsWith("。")) {
                // a part heading states no figure and ends any sentence left open before it
                if (carry.length() > 0) sentences.add(new Sentence(carry.toString(), carryFrom, carrySpaceless));
                carry.setLength(0);
                carrySpaceless = true;
                if (inline == null) continue;
                t = inline.group(3);
            }
            boolean spaceless = inline == null && compacts.get(i).length() == t.length();
            // what is carried holds no sentence end: the search starts at the line (a line that carries nothing on is
            // read as it is, no copy: most are, and most hold whole sentences)
            int scanFrom = carry.length();
            String joined;
            if (scanFrom == 0) {
                carryFrom = blocks.get(i).provenance();
                joined = t;
            } else {
                joined = carry.append(t).toString();
                spaceless &= carrySpaceless;
            }
            int start = 0;
            for (int end = sentenceEnd(joined, scanFrom); end >= 0; end = sentenceEnd(joined, start)) {
                sentences.add(new Sentence(joined.substring(start, end + 1), carryFrom, spaceless));
                start = end + 1;
            }
            carry.setLength(0);
            String rest = joined.substring(start);
            if (start > 0) carryFrom = blocks.get(i).provenance();
            // a short or numbered fragment with no sentence end is a sub-heading or a cell, not a broken sentence
            boolean broken = (start > 0
                            || rest.length() >= BROKEN_SENTENCE
                                    && !(NUMBERED.matcher(rest).find() && rest.length() <= 30))
                    && rest.length() < LONGEST_SENTENCE;
            carrySpaceless = true;
            if (!rest.isEmpty() && broken) {
                carry.append(rest);
                carrySpaceless = spaceless;
            } else if (!rest.isEmpty()) {
                sentences.add(new Sentence(rest, carryFrom, spaceless));
            }
        }
        if (carry.length() > 0) sentences.add(new Sentence(carry.toString(), carryFrom, carrySpaceless));
        return sentences;
    }

    /**
     * Where the first sentence end ({@code 。;!?}: normalised, the full-width ; ! ? are ASCII) at or after {@code from}
     * stands; -1 for none.
     */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '。', ';', '!', '?' -> {
                    return i;
                }
                default -> { }
            }
        }
        return -1;
    }

    /**
     * Each line's matches of the two heading patterns, {@link #HEADING_INLINE} and {@link #HEADING} (null where one
     * does not match), made once: the headings, the sections and the sentences all ask of the same lines.
     */
    private static final class HeadingForms {
        private final MatchResult[] inlines;
        private final MatchResult[] alones;

        private HeadingForms(MatchResult[] inlines, MatchResult[] alones) {
            this.inlines = inlines;
            this.alones = alones;
        }

        static HeadingForms of(List<String> texts) {
            MatchResult[] inlines = new MatchResult[texts.size()];
            MatchResult[] alones = new MatchResult[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                // both patterns start with a numeral and its 、 or .: most lines are spared them
                if (!startsLikeHeading(t)) continue;
                // the inline form ends at one of the words it names: only a line holding one is matched
                if (mayGoOnAfterHeading(t)) inlines[i] = matched(HEADING_INLINE.matcher(t));
                if (fitsHeadingAlone(t)) alones[i] = matched(HEADING.matcher(t));
            }
            return new HeadingForms(inlines, alones);
        }

        /**
         * Whether what follows the numeral, its mark and the white space after them is short enough for {@link
         * #HEADING} (a character and at most {@value #HEADING_AFTER_FIRST} more, and a line break before which its
         * {@code $} may match): a paragraph that starts with a numbering is spared the pattern.
         */
        private static boolean fitsHeadingAlone(String t) {
            int from = 2;
            while (from < t.length() && isRegexSpace(t.charAt(from))) from++;
            return t.length() - from <= 1 + HEADING_AFTER_FIRST + "\r\n".length();
        }

        /**
         * Whether {@code t} holds one of the words {@link #HEADING_INLINE}'s heading ends in with more than white space
         * and a colon or full stop after its first one (later ones leave less): a heading alone on its line (一、总体情况)
         * is spared the pattern, which would try every length of heading up to its limit.
         */
        private static boolean mayGoOnAfterHeading(String t) {
            int end = t.length();
            for (String word : HEADING_WORDS) {
                int at = t.indexOf(word);
                if (at >= 0) end = Math.min(end, at + word.length());
            }
            while (end < t.length() && isRegexSpace(t.charAt(end))) end++;
            if (end < t.length() && (t.charAt(end) == ':' || t.charAt(end) == '。')) end++;
            while (end < t.length() && isRegexSpace(t.charAt(end))) end++;
            return end < t.length();
        }

        private static MatchResult matched(Matcher m) {
            return m.matches() ? m.toMatchResult() : null;
        }

        MatchResult inline(int line) {
            return inlines[line];
        }

        MatchResult alone(int line) {
            return alones[line];
        }
    }

    /** Whether {@code t} starts with a numeral and its 、 or ., as {@link #HEADING} and {@link #HEADING_INLINE} do. */
    private static boolean startsLikeHeading(String t) {
        return t.length() >= 2 && NUMERALS.indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == '、' || t.charAt(1) == '.');
    }
}
