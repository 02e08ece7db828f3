package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;

/**
 * Reads a table cell as a value: a number as printed, a printed nil ({@code —}, {@code /}, {@code 无}), a unit word, or
 * text.
 */
final class Values {

    /** What a cell holds. */
    enum Kind {
        /** nothing printed */
        EMPTY,
        /** a printed stand-in for "no value": {@code —}, {@code ——}, {@code /}, {@code 无} */
        NIL,
        /** a number, possibly signed ({@code 增4747}, {@code 减3}) and with a unit ({@code 406万元}) */
        NUMBER,
        /** a unit word on its own (the 单位 column of a LEGACY table) */
        UNIT,
        /**
         * digits and sign words run together that read as no one number ({@code 11246增47471251}): several cells lost
         * their separators
         */
        RUN,
        /** anything else: a label, a heading, prose */
        TEXT
    }

    /** A cell read as a value. */
    record Parsed(Kind kind, Optional<BigDecimal> number, Optional<String> unit) {
        boolean isValueCell() {
            return kind == Kind.EMPTY || kind == Kind.NIL || kind == Kind.NUMBER || kind == Kind.RUN;
        }

        boolean isBlank() {
            return kind == Kind.EMPTY || kind == Kind.NIL;
        }
    }

    private static final Set<String> NILS =
            Set.of("—", "——", "———", "-", "--", "---", "/", "//", "无", "―", "─", "──", "空", "×", "﹣", "–", "––");

    // units reports print beside a number or in a LEGACY 单位 column
    private static final String UNITS = "万元|亿元|元|人次|件次|条|件|次|篇|个|人|项|家|天|份|期|场|批|册|套|部|本|户|名|位|%|‰";
    private static final Set<String> UNIT_WORDS = Set.of(UNITS.split("\\|"));

    /** Sign words that may start a value inside a run; a dash may not (it is a date's or a range's too). */
    static final String RUN_SIGNS = "增加|减少|增|减";
    private static final Pattern RUN = Pattern.compile("(?:(?:" + RUN_SIGNS + ")?\\d+(?:\\.\\d+)?)+");

    // digits run together, grouped numbers too, which no one number reads (469 and 3,950 as 4693,950): never a label
    private static final Pattern GROUPED_RUN =
            Pattern.compile("(?:(?:" + RUN_SIGNS + ")?\\d+(?:,\\d{3})*(?:\\.\\d+)?)+");

    private static final Pattern NUMBER = Pattern.compile(
            "(增加|减少|新增|增|减|\\+|-|−|－)?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(" + UNITS + ")?");

    private Values() {}

    /*
     * Cells repeat (0, 1, 无, the same labels in every report): each is read once and remembered, in a
     * bounded cache (cleared when full) of short strings, so that a batch's heap does not grow with it.
     */
    private static final int CACHE_ENTRIES = 4096;
    private static final int CACHE_MAX_CHARS = 64;
    private static final ConcurrentHashMap<String, Parsed> PARSED = new ConcurrentHashMap<>();

    // the most common cells of all, read without a lookup
    private static final Parsed[] SMALL_NUMBERS = new Parsed[1000];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = new Parsed(Kind.NUMBER, Optional.of(BigDecimal.valueOf(i)), Optional.empty());
        }
    }

    static Parsed parse(String raw) {
        int small = smallNumber(raw);
        if (small >= 0) return SMALL_NUMBERS[small];
        if (!raw.isEmpty() && startsNoValue(raw.charAt(0))) return TEXT;
        if (raw.length() > CACHE_MAX_CHARS) return read(raw);
        Parsed p = PARSED.get(raw);
        if (p == null) {
            p = read(raw);
            if (PARSED.size() >= CACHE_ENTRIES) PARSED.clear();
            PARSED.put(raw, p);
        }
        return p;
    }

    /**
     * A row's numbering standing alone ({@code 2.}, {@code 3、}), which is a label's: a copy that wraps a label over
     * three lines prints it on the middle one ({@code 其他法律行政 / 2. / 法规禁止公开 0 0 …}). Read before the
     * sentence point after a number is dropped ({@code 223.}), for one or two digits only: numbering goes no higher.
     */
    private static boolean isNumbering(String raw) {
        int n = raw.length();
        if (n < 2 || n > 3) return false;
        char last = raw.charAt(n - 1);
        if (last != '.' && last != '、' && last != '．') return false;
        for (int i = 0; i < n - 1; i++) if (raw.charAt(i) < '0' || raw.charAt(i) > '9') return false;
        return true;
    }

    /** Text: what a label or prose reads as (one instance for every such cell). */
    static final Parsed TEXT = new Parsed(Kind.TEXT, Optional.empty(), Optional.empty());
    /** The ideographs a number, a nil word or a unit word may start with: a cell that starts with another is text. */
    private static final String VALUE_IDEOGRAPHS = firstIdeographs();

    private static String firstIdeographs() {
        StringBuilder firsts = new StringBuilder();
        for (String word : RUN_SIGNS.split("\\|")) firsts.append(word.charAt(0));
        for (String word : NILS) firsts.append(word.charAt(0));
        for (String word : UNIT_WORDS) firsts.append(word.charAt(0));
        firsts.append("新"); // 新增, a sign of NUMBER
        return firsts.toString();
    }

    /**
     * Whether a cell that starts with {@code first} is text for sure: a CJK ideograph (NFKC leaves them as they are,
     * and they are no white space) that starts no number, nil word or unit word, or an opening bracket.
     */
    private static boolean startsNoValue(char first) {
        if (first >= 0x4E00 && first <= 0x9FFF) return VALUE_IDEOGRAPHS.indexOf(first) < 0;
        // an opening bracket or quote (NFKC keeps it one): a numbered label's, (一)自然人, never a value's
        return OPENINGS.indexOf(first) >= 0;
    }

    private static final String OPENINGS = "(（【〔《「“";

    /** The value of one to three ASCII digits (leading zeros too, as {@link #NUMBER} reads them), else -1. */
    private static int smallNumber(String raw) {
        int n = raw.length();
        if (n == 0 || n > 3) return -1;
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** A cell read by the patterns, without the shortcuts and the cache of {@link #parse}. */
    static Parsed read(String raw) {
        String c = Text.compact(raw);
        if (isNumbering(c)) return TEXT;
        // trailing sentence punctuation some copies carry after a number
        while (!c.isEmpty() && "。.,;；".indexOf(c.charAt(c.length() - 1)) >= 0 && c.length() > 1)
            c = c.substring(0, c.length() - 1);
        if (c.isEmpty()) return new Parsed(Kind.EMPTY, Optional.empty(), Optional.empty());
        if (NILS.contains(c)) return new Parsed(Kind.NIL, Optional.empty(), Optional.empty());
        if (UNIT_WORDS.contains(c)) return new Parsed(Kind.UNIT, Optional.empty(), Optional.of(c));
        Matcher m = NUMBER.matcher(c);
        if (m.matches()) {
            BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
            String sign = m.group(1);
            if (sign != null && (sign.startsWith("减") || sign.equals("-") || sign.equals("−") || sign.equals("－")))
                n = n.negate();
            return new Parsed(Kind.NUMBER, Optional.of(n), Optional.ofNullable(m.group(3)));
        }
        if (GROUPED_RUN.matcher(c).matches()) return new Parsed(Kind.RUN, Optional.empty(), Optional.empty());
        return new Parsed(Kind.TEXT, Optional.empty(), Optional.empty());
    }

    /**
     * Whether a cell is digits that may hold several values run together ({@code 4000004},
     * {@code 11246增47471251}): no separators, units or grouping commas.
     */
    static boolean isDigitRun(String raw) {
        return RUN.matcher(Text.compact(raw)).matches();
    }

    /** The unit a header states, e.g. {@code 本年收费金额(单位:万元)} gives 万元. */
    static Optional<String> headerUnit(String header) {
        // every unit note says 单位, and no other character normalises to 单: most headers stop here
        if (header.indexOf('单') < 0) return Optional.empty();
        Matcher m = HEADER_UNIT.matcher(Text.compact(header));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final Pattern HEADER_UNIT = Pattern.compile("单位[:：]?(" + UNITS + ")");
    private static final Pattern HEADER_UNIT_NOTE = Pattern.compile("[(（]?单位[:：]?(" + UNITS + ")[)）]?");

    /**
     * The unit a header states for one of several columns: the {@code (单位:万元)} printed right after
     * one of {@code columnLabels} ({@code 采购总金额(单位:万元)}); for a row of one column, any unit its header states.
     */
    static Optional<String> headerUnit(String header, List<String> columnLabels, boolean onlyColumn) {
        if (header.indexOf('单') < 0) return Optional.empty();
        String c = Text.compact(header);
        Matcher m = HEADER_UNIT_NOTE.matcher(c);
        while (m.find()) {
            if (onlyColumn) return Optional.of(m.group(1));
            String before = Text.normalize(c.substring(0, m.start()));
            for (String label : columnLabels)
                if (!label.isEmpty() && before.endsWith(label)) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
