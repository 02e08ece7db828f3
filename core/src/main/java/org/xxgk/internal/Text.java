package org.xxgk.internal;

import java.text.Normalizer;

/**
 * The one text normalisation every format goes through, so that a label reads the same from a
 * PDF, a web page or a text copy: NFKC (full-width digits and brackets to ASCII), the CJK Radicals
 * Supplement forms some PDF fonts use for common characters ({@code ⻛} for 风) mapped to the
 * ideographs, and zero-width characters removed.
 */
public final class Text {

    private Text() {}

    // NFKC maps the Kangxi radicals (U+2F00..) but not the CJK Radicals Supplement (U+2E80..U+2EFF).
    private static final String RADICALS =
            "⺟母⺠民⺰纟⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟";
    private static final char[] RADICAL_MAP = new char[0x2F00 - 0x2E80];

    static {
        for (int i = 0; i < RADICALS.length(); i += 2) {
            RADICAL_MAP[RADICALS.charAt(i) - 0x2E80] = RADICALS.charAt(i + 1);
        }
    }

    /** NFKC, radical-supplement forms mapped, zero-width characters and BOMs removed. Whitespace is kept. */
    public static String normalize(String s) {
        String n = commonNfkc(s);
        // the table's characters hold no radical form and no zero-width character: nothing more to do
        if (n != null) return n;
        n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char mapped = c;
            boolean drop = false;
            if (c >= 0x2E80 && c < 0x2F00 && RADICAL_MAP[c - 0x2E80] != 0) {
                mapped = RADICAL_MAP[c - 0x2E80];
            } else if (c == '\u200B'
                    || c == '\u200C'
                    || c == '\u200D'
                    || c == '\u2060'
                    || c == '\uFEFF'
                    || c == '\u00AD') {
                drop = true;
            }
            if (out == null && (drop || mapped != c)) {
                out = new StringBuilder(n.length());
                out.append(n, 0, i);
            }
            if (out != null && !drop) out.append(mapped);
        }
        return out == null ? n : out.toString();
    }

    // CJK punctuation that NFKC keeps as it is and that composes with nothing: 、。〈〉《》「」『』【】〔〕 ‘’“” —
    private static final String STABLE_PUNCTUATION = "\u3001\u3002\u3008\u3009\u300A\u300B\u300C\u300D\u300E\u300F"
            + "\u3010\u3011\u3014\u3015\u2018\u2019\u201C\u201D\u2014";

    /**
     * NFKC by table for the text reports are made of, sparing the ICU normaliser: ASCII, the CJK
     * Unified Ideographs and {@link #STABLE_PUNCTUATION} stay, the full-width forms U+FF01..U+FF5E
     * become ASCII and the ideographic space, NBSP and EN SPACE a space (their NFKC mappings). None of these characters
     * combines with another, so the result is the string's NFKC. {@code null} for a string holding
     * any other character: the caller asks the normaliser.
     */
    static String commonNfkc(String s) {
        // over a copy of the characters: a quarter quicker a character than charAt, which checks the string's coder and
        // bounds at each (and most lines of a report change, at their first full-width comma)
        char[] chars = s.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char mapped = tableNfkc(c);
            if (mapped == NOT_IN_TABLE) return null;
            if (mapped != c) {
                chars[i] = mapped;
                changed = true;
            }
        }
        return changed ? new String(chars) : s;
    }

    // what tableNfkc answers for a character outside its table (U+FFFF, a noncharacter, is outside it too)
    private static final char NOT_IN_TABLE = '\uFFFF';

    /** The NFKC of one character of {@link #commonNfkc}'s table; {@link #NOT_IN_TABLE} for any other. */
    private static char tableNfkc(char c) {
        if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF) return c;
        if (c >= 0xFF01 && c <= 0xFF5E) return (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0' || c == '\u2002') return ' ';
        return STABLE_PUNCTUATION.indexOf(c) >= 0 ? c : NOT_IN_TABLE;
    }

    /**
     * Whether {@code c} is white space in any of the forms reports use (ASCII, NBSP, EN SPACE, ideographic space ...).
     */
    public static boolean isSpace(char c) {
        // ASCII by table: small enough for the JIT to inline into every loop over characters (C1 inlines 35 bytes of
        // bytecode at most); the ideographs, most of a report, first thing after
        return c < 0x80 ? ASCII_SPACE[c] : isWideSpace(c);
    }

    /** ASCII white space as Character.isWhitespace judges it (isSpaceChar adds nothing there). */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) ASCII_SPACE[c] = c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }

    private static boolean isWideSpace(char c) {
        if (c >= 0x4E00 && c <= 0x9FFF) return false;
        // no white space between U+0080 and U+1680 but NBSP, none past the ideographic space: punctuation, ideographs
        if (c < 0x1680) return c == '\u00A0';
        if (c > 0x3000) return false;
        // what Character.isWhitespace and isSpaceChar call space between the two, spelled out: the quotes and dashes of
        // Chinese prose (“ ” — …) stand there too, and the JDK's tables cost a lookup each
        return c >= 0x2000 && c <= 0x200A || c == 0x1680 || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** {@link #normalize} and every kind of white space removed: the form labels are compared in. */
    public static String compact(String s) {
        // one pass where every character is of the table that commonNfkc reads (over a copy, compacted in place, as
        // commonNfkc does); the normaliser for the rest
        char[] chars = s.toCharArray();
        int k = 0;
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char mapped = tableNfkc(c);
            if (mapped == NOT_IN_TABLE) return compactNormalized(normalize(s));
            if (mapped < 0x80 && ASCII_SPACE[mapped]) {
                changed = true;
                continue;
            }
            if (mapped != c) changed = true;
            chars[k++] = mapped;
        }
        return changed ? new String(chars, 0, k) : s;
    }

    /** {@link #compact} of a string {@link #normalize} already gave: the white space removed, not normalised again. */
    public static String compactNormalized(String n) {
        int first = 0;
        while (first < n.length() && !isSpace(n.charAt(first))) first++;
        if (first == n.length()) return n;
        // the rest compacted in place over a copy (a third quicker than appending to a builder)
        char[] chars = n.toCharArray();
        int k = first;
        for (int i = first + 1; i < chars.length; i++) {
            char c = chars[i];
            if (!isSpace(c)) chars[k++] = c;
        }
        return new String(chars, 0, k);
    }

    /** The Chinese numerals of a printed numbering: 一 to 十. */
    public static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    /** The ASCII digits. */
    public static final String DIGITS = "0123456789";

    /** Where the run of {@code chars}' characters that starts at {@code from} in {@code s} ends. */
    public static int runEnd(String s, int from, String chars) {
        int i = from;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    /** Whether {@code s} is {@link #isSpace white space} only (what {@link #strip} empties), without stripping it. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    /** Trims every kind of white space (including NBSP and EN SPACE) from both ends. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }
}
