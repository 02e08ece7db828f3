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
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char mapped = c;
            boolean drop = false;
            if (c >= 0x2E80 && c < 0x2F00 && RADICAL_MAP[c - 0x2E80] != 0) {
                mapped = RADICAL_MAP[c - 0x2E80];
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
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

    /** Whether {@code c} is white space in any of the forms reports use (ASCII, NBSP, EN SPACE, ideographic space ...). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** {@link #normalize} and every kind of white space removed: the form labels are compared in. */
    public static String compact(String s) {
        String n = normalize(s);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!isSpace(c)) out.append(c);
        }
        return out.toString();
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
