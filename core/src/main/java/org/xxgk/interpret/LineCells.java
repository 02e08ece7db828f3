package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;

/**
 * A line of text read as the cells of one table row, for copies that put a whole row on one line
 * separated by white space ({@code 规章 0 0 0}, {@code 信息内容 本年新制作数量 本年新公开数量}) or
 * with no separator at all before its digits ({@code 行政许可396442278}). Labels come first, then
 * the values. Spaced-out labels ({@code 结 果 维 持}) stay one cell, a numbering stays with its
 * text, and a sentence with numbers in it stays one cell: it is prose, not a row.
 */
final class LineCells {

    // a line longer than this, or one with a full stop, is prose
    private static final int MAX_ROW_CHARS = 80;
    private static final Set<String> SIGN_WORDS = Set.of(Values.RUN_SIGNS.split("\\|"));
    // a label then digits run on to it; the label does not end in what dates, ranges and numbers end in
    private static final Pattern TRAILING_RUN = Pattern.compile(
            "(.*?\\p{IsHan}.*?[^\\d.\\-/:~年月日号第" + Values.RUN_SIGNS.replace("|", "") + "])"
            + "((?:(?:" + Values.RUN_SIGNS + ")?\\d+(?:\\.\\d+)?)+(?:万元|元)?)");

    private LineCells() {}

    /** The cells of a line, labels first; the line itself as one cell when it is not a table row. */
    static List<String> split(String line) {
        return split(line, n -> { });
    }

    /**
     * As {@link #split(String)}; {@code found} is told the count of cells found so far in a long line
     * that holds a table, every {@value #PIECES_PER_REPORT} of them, and may throw to stop a huge one.
     */
    static List<String> split(String line, IntConsumer found) {
        return read(line, found).cells();
    }

    /**
     * The cells of a line, and whether the line is one cell that reads as text ({@link Values.Kind#TEXT}):
     * prose, which {@link Values#parse} would otherwise compact again and match against its patterns
     * (it remembers short cells only).
     */
    record Split(List<String> cells, boolean text) {}

    /** As {@link #split(String, IntConsumer)}, telling whether the line as one cell is text. */
    static Split read(String line, IntConsumer found) {
        String compact = Text.compact(line);
        List<String> cells = split(line, compact, found);
        return new Split(cells, cells.size() == 1 && cells.get(0).equals(line) && readsAsText(compact));
    }

    // a value cell holds at most a sign word (增加, 减少, 新增: Values.RUN_SIGNS and 新) and a unit or a nil
    // word besides its digits, some two ideographs; a run repeats only the sign words. So a compacted cell
    // with this many other ideographs is text whatever the value patterns, with room to spare
    private static final int TEXT_IDEOGRAPHS = 8;
    private static final String SIGN_IDEOGRAPHS = Values.RUN_SIGNS.replace("|", "") + "新";

    /** Whether a compacted cell is text by its ideographs alone: prose, most long lines. */
    static boolean readsAsText(String compact) {
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF && SIGN_IDEOGRAPHS.indexOf(c) < 0 && ++n >= TEXT_IDEOGRAPHS) return true;
        }
        return false;
    }

    private static List<String> split(String line, String compact, IntConsumer found) {
        if (compact.length() > MAX_ROW_CHARS || compact.contains("。")) {
            // prose; or a page flattened to one line, its tables run on into the prose around them
            return holdsTable(compact) ? pieces(line, found) : List.of(line);
        }
        // most lines of a cell sequence are one word: what the general reading below makes of it, without its lists
        String word = onlyWord(line);
        if (word != null) return word.isEmpty() || isValue(word) ? List.of(line) : label(word);
        return byWords(line);
    }

    /** The cells of a short line by its words (the reading {@link #split} shortcuts for a line of one word). */
    static List<String> byWords(String line) {
        List<String> parts = signsJoined(words(line));
        int values = parts.size();
        while (values > 0 && isValue(parts.get(values - 1))) values--;
        List<String> labels = parts.subList(0, values);
        int depth = 0;
        for (int w = 0; w < labels.size(); w++) {
            String l = labels.get(w);
            int before = depth;
            depth = Math.max(0, depth + net(l));
            // a number inside a bracketed note is the note's (计 1 条)
            if (before > 0) continue;
            // a number among the words before the values: a sentence or a date line, not a row
            Values.Kind k = Values.parse(l).kind();
            // (a word that reads as a nil, 无 of (四) 无 | 法提供 split by a column, is a label's)
            boolean number = k == Values.Kind.NUMBER || k == Values.Kind.RUN;
            if (number && !Labels.isNumberingOnly(l) && !numbersNext(labels, w)) return List.of(line);
        }
        List<String> out = labelCells(labels);
        if (values == parts.size() && !out.isEmpty()) {
            // no separate values: digits may be run on to the last label
            Matcher m = runOnTo(out.get(out.size() - 1));
            if (m != null) {
                out.set(out.size() - 1, m.group(1));
                out.add(m.group(2));
            }
            return out;
        }
        List<String> tail = parts.subList(values, parts.size());
        if (labels.isEmpty() && numbers(tail) < 2 && !isUnitAndNumber(tail)) return List.of(line);
        out.addAll(tail);
        return out;
    }

    /**
     * The one word of a line (its white space stripped), "" for a blank line, null for a line of several words.
     */
    private static String onlyWord(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && Text.isSpace(line.charAt(from))) from++;
        while (to > from && Text.isSpace(line.charAt(to - 1))) to--;
        for (int i = from; i < to; i++) if (Text.isSpace(line.charAt(i))) return null;
        return line.substring(from, to);
    }

    /** A line of one word that is no value: a label, or a label with digits run on to it ({@code 行政许可396442278}). */
    private static List<String> label(String word) {
        Matcher m = runOnTo(word);
        return m == null ? List.of(word) : List.of(m.group(1), m.group(2));
    }

    /** {@link #TRAILING_RUN} matched on a label, normalised: its groups the label and the digits; null when none. */
    private static Matcher runOnTo(String label) {
        String normalized = Text.normalize(label);
        if (!endsLikeRun(normalized)) return null;
        Matcher m = TRAILING_RUN.matcher(normalized);
        return m.matches() ? m : null;
    }

    /** Whether {@code s} ends as {@link #TRAILING_RUN} wants, in a digit or 元: spares the regex most labels. */
    private static boolean endsLikeRun(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        return c >= '0' && c <= '9' || c == '元';
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Text.isSpace(c)) {
                if (word.length() > 0) out.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) out.add(word.toString());
        return out;
    }

    /** {@code 增 4747} is one value. */
    private static List<String> signsJoined(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SIGN_WORDS.contains(Text.compact(w)) && i + 1 < words.size()
                    && Values.parse(words.get(i + 1)).kind() == Values.Kind.NUMBER) {
                out.add(w + words.get(++i));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isValue(String word) {
        Values.Kind k = Values.parse(word).kind();
        return k != Values.Kind.TEXT && k != Values.Kind.EMPTY;
    }

    /**
     * A unit and a value on a line of their own ({@code 次 223}): a LEGACY indicator's cells after its label wrapped
     * over the lines above.
     */
    private static boolean isUnitAndNumber(List<String> words) {
        return words.size() == 2 && Values.parse(words.get(0)).kind() == Values.Kind.UNIT
                && Values.parse(words.get(1)).kind() == Values.Kind.NUMBER;
    }

    private static int numbers(List<String> words) {
        int n = 0;
        for (String w : words) {
            Values.Kind k = Values.parse(w).kind();
            if (k == Values.Kind.NUMBER || k == Values.Kind.RUN) n++;
        }
        return n;
    }

    /**
     * Words to label cells: a numbering joins the text after it ({@code (一) 予以公开}), single
     * characters spaced out join each other ({@code 结 果 维 持}), an open bracket joins up to
     * its close ({@code 部分公开(区分处理的, 只计这一情形, …)}), and a bracketed note joins the label before it.
     */
    static List<String> labelCells(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean join = false;
        // of the cell so far: whether its last word is a single character, how many brackets it leaves open (its
        // words' brackets in turn: normalising a space joins nothing across it, so the cell normalises word by word)
        boolean lastSingle = false;
        int open = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String normal = Text.normalize(w);
            boolean single = isSingle(w);
            boolean letterSpaced = single && cell.length() > 0 && lastSingle;
            // a bracketed note belongs to the label before it: 主动公开政府信息数 (不同渠道…计1条)
            boolean note = normal.startsWith("(") && Labels.numbering(w).isEmpty();
            if (cell.length() > 0 && !join && !letterSpaced && !note) {
                // (open is 0 here: a cell with a bracket open joins the next word)
                out.add(cell.toString());
                cell.setLength(0);
            }
            if (cell.length() > 0) cell.append(' ');
            cell.append(w);
            lastSingle = single;
            open = depth(open, normal);
            join = Labels.isNumberingOnly(w) || numbersNext(words, k) || open > 0;
        }
        if (cell.length() > 0) out.add(cell.toString());
        return out;
    }

    static boolean isSingle(String w) {
        String c = Text.compact(w);
        return c.codePointCount(0, c.length()) == 1;
    }

    /**
     * Whether word {@code k} is a numbering's number spaced off its mark, the word after starting with the mark and
     * text ({@code 2   、政府公报公开数}), or the mark alone and then text ({@code 2 . 重 复 申 请}).
     */
    static boolean numbersNext(List<String> words, int k) {
        String w = Text.compact(words.get(k));
        if (k + 1 >= words.size() || w.isEmpty() || w.length() > 2 || !w.chars().allMatch(c -> isFormDigit((char) c))) {
            return false;
        }
        String next = Text.compact(words.get(k + 1));
        if (next.length() == 1 && isNumberingMark(next.charAt(0)) && k + 2 < words.size()) {
            // the mark spaced off on both sides, a label spaced out a character a word (2 . 重 复 申 请, pdftotext -raw)
            String after = Text.compact(words.get(k + 2));
            return !after.isEmpty() && !isFormDigit(after.charAt(0)) && !isNumberingMark(after.charAt(0));
        }
        return next.length() >= 2 && isNumberingMark(next.charAt(0)) && !isFormDigit(next.charAt(1));
    }

    /** Whether a line is only a page number, which a copy of a paged document prints inside its tables. */
    static boolean isPageNumber(String line) {
        // every page number the vocabulary knows starts with a dash, 第, 共 or a digit and holds an ASCII
        // digit: most lines are spared its regex by their first character
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        if (i == line.length() || PAGE_NUMBER_START.indexOf(line.charAt(i)) < 0) return false;
        // one that starts with a digit is 3 / 10: a value cell (12, 3.5), most lines of a copy that prints a cell a
        // line, has no slash, and is told so before its characters are looked at
        char first = line.charAt(i);
        if (first >= '0' && first <= '9' && line.indexOf('/') < 0) return false;
        if (!onlyPageNumberChars(line, i) || !hasDigit(line)) return false;
        return ReportVocabulary.INSTANCE.isPageNumber(line);
    }

    private static final String PAGE_NUMBER_START = "-—–－―第共0123456789";
    /** The characters of every page number the vocabulary knows, white space aside. */
    private static final String PAGE_NUMBER_CHARS = "-—–－―第共页0123456789,/";

    /**
     * Whether {@code line} from {@code from} on holds only {@link #PAGE_NUMBER_CHARS} and white space: a line of prose
     * that starts like a page number (共收到…, 第二十条…) fails at its second or third character.
     */
    private static boolean onlyPageNumberChars(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (PAGE_NUMBER_CHARS.indexOf(c) < 0 && !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** Whether {@code s} holds an ASCII digit, the only digit the page number pattern knows. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * False only when {@code s} holds no digit even once normalised ({@link Text#normalize}): no ASCII or
     * full-width digit, and nothing outside ASCII, the ideographs, the full-width forms, general punctuation
     * and CJK punctuation (a circled ① or a superscript ² normalises to a digit, so it answers true).
     */
    static boolean mayHoldDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') return true;
            boolean digitFree = c < 0x80 || c >= 0x4E00 && c <= 0x9FFF || c >= 0xFF01 && c <= 0xFF5E
                    || c >= 0x2000 && c < 0x2070 || c >= 0x3000 && c < 0x3040;
            if (!digitFree) return true;
        }
        return false;
    }

    /** Brackets opened minus brackets closed. */
    private static int net(String s) {
        int d = 0;
        for (char c : Text.normalize(s).toCharArray()) {
            if (c == '(' || c == '[' || c == '《' || c == '【') d++;
            else if (c == ')' || c == ']' || c == '》' || c == '】') d--;
        }
        return d;
    }

    /** How many brackets a label leaves open ({@code (}, {@code [}, {@code 《}, {@code 【}, normalised). */
    static int depth(CharSequence s) {
        return depth(0, Text.normalize(s.toString()));
    }

    /** How many brackets are open after normalised text {@code normal}, {@code open} of them before it. */
    private static int depth(int open, String normal) {
        int d = open;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '(' || c == '[' || c == '《' || c == '【') d++;
            else if ((c == ')' || c == ']' || c == '》' || c == '】') && d > 0) d--;
        }
        return d;
    }

    // words only the statistical tables print; prose that holds one of them holds a table
    private static final List<String> TABLE_WORDS = List.of("第二十条第", "信息内容", "本年新收政府信息公开申请", "申请人情况",
            "结果维持", "指标名称", "统计指标", "计量单位", "历年累计");
    /*
     * The pieces are read by hand as the pattern (LineShortcutsTest holds them to it)
     *   (?<value>(?:(?<![\p{IsHan}A-Za-z])(?:增加|减少|增|减|[-−－]))?\d+(?:[,，]\d{3})*(?:[.．]\d+)?(?:万元|元)?)
     *   |(?<space>\s+)|(?<label>[^\s\d]+)
     * finds them one after the other (\d ASCII or full-width, \s ASCII): a page on one line is thousands of pieces.
     */
    private static final String[] SIGNS = (Values.RUN_SIGNS + "|-|−|－").split("\\|");
    private static final String[] UNITS_AFTER_DIGITS = {"万元", "元"};

    private static boolean holdsTable(String compact) {
        for (String w : TABLE_WORDS) if (compact.contains(w)) return true;
        return false;
    }

    /**
     * A line in which a table runs on with no separators at all: labels and digit runs apart
     * ({@code 申请数量640020470二、上年结转}), each piece an exact substring of the line. Digits run on
     * into the numbering of the next label ({@code 00000002.其他法律}) give that numbering back to the label.
     */
    static List<String> pieces(String line) {
        return pieces(line, n -> { });
    }

    private static final int PIECES_PER_REPORT = 1024;

    private static List<String> pieces(String line, IntConsumer found) {
        List<String> out = new ArrayList<>();
        int pendingFrom = -1;
        int reported = 0;
        int n = line.length();
        // where a bracket of a label opened and is not closed yet, -1 for none: a number inside is the note's
        int openedAt = -1;
        // the index in out of the value piece just read, -1 where the last piece is no value
        int lastValue = -1;
        for (int at = 0; at < n; ) {
            if (out.size() - reported >= PIECES_PER_REPORT) {
                reported = out.size();
                found.accept(reported);
            }
            int start = at;
            int end = valueEnd(line, at);
            boolean afterValue = pendingFrom < 0 && lastValue >= 0 && lastValue == out.size() - 1;
            int tail = end < 0 && afterValue ? tailEnd(line, at) : -1;
            if (tail > 0 && continues(out.get(lastValue), line.substring(start, tail))) {
                // the rest of the value before it, spaced off: no value starts with a grouping comma or a point
                out.set(lastValue, out.get(lastValue) + line.substring(start, tail));
                at = tail;
                continue;
            }
            if (end < 0) {
                boolean space = isAsciiSpace(line.charAt(at));
                at = runEnd(line, at);
                if (space) {
                    // a numbering spaced off its label (1. 当面申请数) stays with it: numberingDigits saw the ideograph
                    if (pendingFrom >= 0 && openedAt < 0 && !endsInNumbering(line, pendingFrom, start)) {
                        out.add(label(line, pendingFrom, start));
                        pendingFrom = -1;
                    }
                } else {
                    if (pendingFrom < 0) pendingFrom = start; // a label
                    openedAt = bracketOpen(line, start, at, openedAt);
                }
                continue;
            }
            if (openedAt >= 0 && end - openedAt <= MAX_NOTE) {
                // a number inside a bracketed note belongs to the label (主动公开政府信息数(…相同信息计1条))
                at = end;
                continue;
            }
            if (openedAt >= 0 && pendingFrom >= 0) {
                // a bracket left open too long is no note: the label ends where the number starts
                out.add(label(line, pendingFrom, start));
                pendingFrom = -1;
            }
            openedAt = -1;
            at = end;
            int numbering = numberingDigits(line, start, end);
            if (numbering > 0 && numbering == end - start) {
                // the digits are the next label's numbering (1.属于…) when nothing but them is there
                if (pendingFrom < 0) pendingFrom = start;
                continue;
            }
            if (pendingFrom >= 0) out.add(label(line, pendingFrom, start));
            pendingFrom = -1;
            if (numbering > 0) {
                out.add(line.substring(start, end - numbering));
                pendingFrom = end - numbering;
            } else {
                out.add(line.substring(start, end));
                lastValue = out.size() - 1;
            }
        }
        if (pendingFrom >= 0) out.add(label(line, pendingFrom, n));
        return out;
    }

    /**
     * Where a value's tail that a copy spaced off it ends, a grouping comma and three digits or a point and digits
     * ({@code 9 ,793}, {@code 0 .4}: a crawler's text of a cell written in several runs), at {@code at} after white
     * space; -1 where none starts there.
     */
    private static int tailEnd(String line, int at) {
        char c = line.charAt(at);
        boolean comma = c == ',' || c == '，';
        if (!comma && c != '.' && c != '．' || at == 0 || !isAsciiSpace(line.charAt(at - 1))) return -1;
        int digits = at + 1;
        while (digits < line.length() && isFormDigit(line.charAt(digits))) digits++;
        if (digits == at + 1 || comma && digits != at + 4) return -1;
        // a comma's group may go on as a value goes on (,437,230.1万元); a point's digits end it
        return comma ? valueEnd(line, at + 1) : digits;
    }

    /**
     * The value {@code value} with {@code line} after it, where the line is nothing but the rest of it (a grouping
     * comma and three digits, or a point and digits: {@code 0} / {@code .4}, {@code 9} / {@code ,793}, as a copy of a
     * page a run of text a line prints a cell written in several runs); empty otherwise.
     */
    static Optional<String> withTail(String value, String line) {
        String tail = line.strip();
        if (tail.length() < 2 || "，,.．".indexOf(tail.charAt(0)) < 0) return Optional.empty();
        String spaced = " " + tail;
        if (tailEnd(spaced, 1) != spaced.length()) return Optional.empty();
        String head = value.strip();
        return continues(head, tail) ? Optional.of(head + tail) : Optional.empty();
    }

    /**
     * Whether a value piece goes on with {@code tail}: it starts with a digit (no sign word, which a spaced-off group
     * does not follow) and the two read as one number ({@code 9,793}; not {@code 1234,567} nor {@code 0.5.4}).
     */
    private static boolean continues(String value, String tail) {
        return !value.isEmpty() && isFormDigit(value.charAt(0))
                && Values.parse(value + tail).kind() == Values.Kind.NUMBER;
    }

    /** A label's text: {@code line[from, to)} without the white space inside a bracketed note it spans. */
    private static String label(String line, int from, int to) {
        int k = from;
        while (k < to && !isAsciiSpace(line.charAt(k))) k++;
        if (k == to) return line.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        for (int c = from; c < to; c++) if (!isAsciiSpace(line.charAt(c))) b.append(line.charAt(c));
        return b.toString();
    }

    // the longest bracketed note a number is read inside of, in characters from its bracket
    private static final int MAX_NOTE = 40;

    /** Where a bracket still open after {@code line[from, to)} opened, given the one open before it (-1 for none). */
    private static int bracketOpen(String line, int from, int to, int openedAt) {
        int open = openedAt;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (c == '(' || c == '（') open = k;
            else if (c == ')' || c == '）') open = -1;
        }
        return open;
    }

    /**
     * The end of the run that starts at {@code at} where no value does: white space ({@code \\s+}), or a label
     * ({@code [^\\s\\d]+}).
     */
    static int runEnd(String line, int at) {
        boolean space = isAsciiSpace(line.charAt(at));
        int end = at + 1;
        while (end < line.length() && isAsciiSpace(line.charAt(end)) == space
                && (space || !isFormDigit(line.charAt(end)))) end++;
        return end;
    }

    /** The end of the value piece that starts at {@code at} (a sign, digits, groups, decimals, a unit); -1 if none. */
    static int valueEnd(String line, int at) {
        int n = line.length();
        int i = at;
        // a sign only where no ideograph or Latin letter stands before it; the first one digits follow
        // (the one char before, as the pattern's look-behind reads it: half a surrogate pair is neither)
        if (at == 0 || !isHanOrLatin(line.charAt(at - 1))) {
            for (String sign : SIGNS) {
                int after = at + sign.length();
                if (line.startsWith(sign, at) && after < n && isFormDigit(line.charAt(after))) {
                    i = after;
                    break;
                }
            }
        }
        if (i >= n || !isFormDigit(line.charAt(i))) return -1;
        while (i < n && isFormDigit(line.charAt(i))) i++;
        while (i + 3 < n && (line.charAt(i) == ',' || line.charAt(i) == '，') && isFormDigit(line.charAt(i + 1))
                && isFormDigit(line.charAt(i + 2)) && isFormDigit(line.charAt(i + 3))) i += 4;
        if (i + 1 < n && (line.charAt(i) == '.' || line.charAt(i) == '．') && isFormDigit(line.charAt(i + 1))) {
            i += 2;
            while (i < n && isFormDigit(line.charAt(i))) i++;
        }
        for (String unit : UNITS_AFTER_DIGITS) {
            if (line.startsWith(unit, i)) return i + unit.length();
        }
        return i;
    }

    /** An ASCII or a full-width digit: a crawler's copy keeps the page's ４９ as they are. */
    private static boolean isFormDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isHanOrLatin(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * 1 when the digits ending at {@code end} end in the numbering of the label that follows
     * ({@code 2.其他}, {@code 3、危及}; {@code 1. 当面申请数}, {@code 3 . 其 他}: spaces about the mark where an ideograph
     * follows), else 0.
     */
    private static int numberingDigits(String line, int start, int end) {
        int mark = end;
        while (mark < line.length() && isAsciiSpace(line.charAt(mark))) mark++;
        if (mark + 1 >= line.length() || !isNumberingMark(line.charAt(mark))) return 0;
        int after = mark + 1;
        while (after < line.length() && isAsciiSpace(line.charAt(after))) after++;
        if (after == line.length()) return 0;
        char next = line.charAt(after);
        if (after > mark + 1 || mark > end ? !isHan(next) : Character.isDigit(next) || Text.isSpace(next)) return 0;
        for (int i = start; i < end; i++) if (!Character.isDigit(line.charAt(i))) return 0;
        return 1;
    }

    private static boolean isNumberingMark(char c) {
        return c == '.' || c == '、' || c == '．';
    }

    private static boolean isHan(char c) {
        return c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether {@code line[from, to)} ends in a numbering, a digit and its mark ({@code 其中：1.}), or in its digit with
     * the mark after the space ({@code 3 . 其 他}): its label goes on.
     */
    private static boolean endsInNumbering(String line, int from, int to) {
        if (to - from >= 2 && isNumberingMark(line.charAt(to - 1)) && isFormDigit(line.charAt(to - 2))) return true;
        int next = to;
        while (next < line.length() && isAsciiSpace(line.charAt(next))) next++;
        return isFormDigit(line.charAt(to - 1)) && next < line.length() && isNumberingMark(line.charAt(next))
                && numberingDigits(line, to - 1, to) > 0;
    }
}
