package org.xxgk.interpret;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.xxgk.internal.Text;

/**
 * Label normalisation, so that a label compares the same whatever the copy did to it: NFKC and no
 * white space ({@code 结 果 维 持}), one form of quotes and brackets, OCR noise removed, and the
 * printed numbering ({@code (一)}, {@code （一）}, {@code 一、}, {@code 1.}, {@code 1、}, {@code 1．})
 * read apart from the text.
 */
final class Labels {

    /** The kinds of printed numbering, outermost first. */
    enum Marker { CHINESE, PAREN_CHINESE, ARABIC, PAREN_ARABIC }

    /** A printed number: its kind and value. */
    record Numbering(Marker marker, int number) {}

    private static final String CN = Text.CHINESE_NUMERALS;
    // characters OCR and crawlers scatter through labels and that no official label contains
    private static final String NOISE = "\"'“”‘’「」『』*_#|~`^•·●○◆◇■□▪►▶※†‡";

    /*
     * Every reader asks for the same labels many times over (each form row against each printed row),
     * and reports print the same words: each label is normalised once and remembered. The caches are
     * bounded (cleared when full) and take short strings only, so a batch's heap does not grow with them
     * (a few MB at most). 4096 entries were just under what the 15 samples ask for in turn: a little more
     * asked and the caches were cleared every round, the labels' normalisation 4 % of the interpretation.
     */
    private static final int CACHE_ENTRIES = 8192;
    private static final int CACHE_MAX_CHARS = 160;
    private static final ConcurrentHashMap<String, String> NORM = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> TEXT = new ConcurrentHashMap<>();
    /*
     * Longer labels (a paragraph read as a row's label) are asked for as often, by every reader of the
     * report: a few are remembered too, the caches cleared once they hold this many characters.
     */
    private static final int LONG_CACHE_CHARS = 1 << 17;
    private static final LongLabels LONG_NORM = new LongLabels();
    private static final LongLabels LONG_TEXT = new LongLabels();

    private Labels() {}

    /** The comparable form: NFKC, no white space, unified brackets, noise and quotes removed. */
    static String norm(String s) {
        if (isNormal(s)) return s;
        if (s.length() > CACHE_MAX_CHARS) return LONG_NORM.get(s, Labels::normalise);
        String c = NORM.get(s);
        if (c == null) c = remember(NORM, s, normalise(s));
        return c;
    }

    /**
     * Whether a label is its own comparable form: ideographs, ASCII letters and digits only, which neither NFKC nor
     * the brackets and noise change (most of the national form's labels: 本年新收政府信息公开申请数量). Told in a pass
     * over its characters, quicker than a lookup, which hashes and compares them.
     */
    static boolean isNormal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int lower = c | 0x20; // an ASCII capital as its small letter; nothing else becomes a letter
            if (!(c >= 0x4E00 && c <= 0x9FFF || c >= '0' && c <= '9' || lower >= 'a' && lower <= 'z')) return false;
        }
        return true;
    }

    /** A cache of long labels bounded by their characters, not their count. */
    private static final class LongLabels {
        private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
        private final AtomicInteger chars = new AtomicInteger();

        String get(String key, UnaryOperator<String> compute) {
            String value = cache.get(key);
            if (value != null) return value;
            value = compute.apply(key);
            if (key.length() > LONG_CACHE_CHARS / 8) return value; // a whole page as one label: not worth a place
            if (chars.addAndGet(key.length() + value.length()) > LONG_CACHE_CHARS) {
                cache.clear();
                chars.set(key.length() + value.length());
            }
            cache.put(key, value);
            return value;
        }
    }

    private static String remember(ConcurrentHashMap<String, String> cache, String key, String value) {
        if (cache.size() >= CACHE_ENTRIES) cache.clear();
        cache.put(key, value);
        return value;
    }

    static String normalise(String s) {
        String c = Text.compact(s)
                .replace('【', '[').replace('】', ']').replace('〔', '[').replace('〕', ']')
                .replace('﹙', '(').replace('﹚', ')');
        c = withoutNoise(c);
        while (c.endsWith(":")) c = c.substring(0, c.length() - 1);
        return c;
    }

    /** {@code c} without the {@link #NOISE} characters (a table lookup, not a regex). */
    private static String withoutNoise(String c) {
        StringBuilder out = null;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            boolean noise = NOISE.indexOf(ch) >= 0;
            if (noise && out == null) out = new StringBuilder(c.length()).append(c, 0, i);
            else if (!noise && out != null) out.append(ch);
        }
        return out == null ? c : out.toString();
    }

    /** The label's text without its leading numbering (one or two levels: {@code 三、(一)}) and without {@code 其中:}. */
    static String text(String s) {
        if (s.length() > CACHE_MAX_CHARS) return LONG_TEXT.get(s, Labels::stripped);
        String c = TEXT.get(s);
        if (c == null) c = remember(TEXT, s, stripped(s));
        return c;
    }

    private static String stripped(String s) {
        return textOfNorm(norm(s));
    }

    /** {@link #text} of a label whose {@link #norm} is {@code norm}: what it is worked out from, without a lookup. */
    static String textOfNorm(String norm) {
        String c = norm;
        for (int i = 0; i < 3; i++) {
            String before = c;
            c = stripOnce(c);
            if (c.startsWith("其中:")) c = c.substring(3);
            else if (c.startsWith("其中")) c = c.substring(2);
            if (c.equals(before)) break;
        }
        return c.isEmpty() ? norm : c;
    }

    private static String stripOnce(String c) {
        int end = leadEnd(c);
        return end < 0 ? c : c.substring(end);
    }

    /** The leading numbering of a label, if it has one ({@code 其中:1.} reads as 1.). */
    static Optional<Numbering> numbering(String s) {
        return startsWithPlainIdeograph(s) ? Optional.empty() : numberingOfNorm(norm(s));
    }

    /** {@link #numbering} of a label whose {@link #norm} is {@code norm}. */
    static Optional<Numbering> numberingOfNorm(String norm) {
        String c = norm;
        if (c.startsWith("其中:")) c = c.substring(3);
        else if (c.startsWith("其中")) c = c.substring(2);
        Lead lead = lead(c);
        if (lead == null) return Optional.empty();
        return switch (lead.marker()) {
            case CHINESE, PAREN_CHINESE -> chinese(lead.numerals()).map(n -> new Numbering(lead.marker(), n));
            case ARABIC, PAREN_ARABIC -> Optional.of(new Numbering(lead.marker(), Integer.parseInt(lead.numerals())));
        };
    }

    /**
     * Whether the first printed character of a label is an ideograph that no numbering starts with (a numeral, or 其 of
     * 其中): its {@link #norm} starts with it (NFKC leaves the unified ideographs as they are, no noise character is
     * one, and only white space before it goes), so the label has no numbering. Told without normalising it: most
     * words of a report's rows are such labels.
     */
    private static boolean startsWithPlainIdeograph(String s) {
        int i = 0;
        while (i < s.length() && Text.isSpace(s.charAt(i))) i++;
        if (i == s.length()) return false;
        char c = s.charAt(i);
        return c >= 0x4E00 && c <= 0x9FFF && c != '其' && CN.indexOf(c) < 0;
    }

    /** Whether a label is a numbering and nothing else ({@code 6.}, {@code (二)}, {@code 三、(一)}). */
    static boolean isNumberingOnly(String s) {
        return numbering(s).isPresent() && text(s).equals(norm(s));
    }

    /** A numbering at the start of a normalised label: its marker, its numerals and where it ends. */
    private record Lead(Marker marker, String numerals, int end) {}

    /*
     * The four numberings, read by hand on every label (a table lookup, not four patterns):
     * 一、 二. 三, 四: (one to three numerals and a mark), (一) (一)、, (1) (1)、 (1). and 1. 1、 1, 1: 1) (one or two
     * digits, a mark not followed by a digit: 1.5 is a number).
     */
    private static Lead lead(String c) {
        int end = leadEnd(c);
        if (end < 0) return null;
        char first = c.charAt(0);
        if (CN.indexOf(first) >= 0) return new Lead(Marker.CHINESE, c.substring(0, Text.runEnd(c, 0, CN)), end);
        if (isDigit(first)) return new Lead(Marker.ARABIC, c.substring(0, Text.runEnd(c, 0, Text.DIGITS)), end);
        boolean chinese = CN.indexOf(c.charAt(1)) >= 0;
        return new Lead(chinese ? Marker.PAREN_CHINESE : Marker.PAREN_ARABIC,
                c.substring(1, Text.runEnd(c, 1, chinese ? CN : Text.DIGITS)), end);
    }

    /** Where {@link #lead}'s numbering ends, -1 for none: all that stripping it needs, nothing made. */
    private static int leadEnd(String c) {
        if (c.isEmpty()) return -1;
        char first = c.charAt(0);
        if (CN.indexOf(first) >= 0) {
            int r = Text.runEnd(c, 0, CN);
            return r <= 3 && isAny(c, r, "、.,:") ? r + 1 : -1;
        }
        if (isDigit(first)) {
            int r = Text.runEnd(c, 0, Text.DIGITS);
            if (r > 2 || r >= c.length()) return -1;
            char mark = c.charAt(r);
            boolean marked = mark == ')'
                    || "、.,:".indexOf(mark) >= 0 && !(r + 1 < c.length() && isDigit(c.charAt(r + 1)));
            return marked ? r + 1 : -1;
        }
        if (first != '(' || c.length() < 3) return -1;
        boolean chinese = CN.indexOf(c.charAt(1)) >= 0;
        if (!chinese && !isDigit(c.charAt(1))) return -1;
        int r = Text.runEnd(c, 1, chinese ? CN : Text.DIGITS) - 1;
        if (r > (chinese ? 3 : 2) || !isAny(c, r + 1, ")")) return -1;
        int end = r + 2;
        if (isAny(c, end, chinese ? "、.,:" : "、.")) end++;
        return end;
    }

    private static boolean isAny(String c, int at, String marks) {
        return at < c.length() && marks.indexOf(c.charAt(at)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the label starts with 其中 ("of which"). */
    static boolean isOfWhich(String s) {
        return norm(s).startsWith("其中");
    }

    private static final String LOST_NUMBER_MARKS = ".、．";

    /** Whether a label is a numbering's mark alone ({@code .}, {@code ．}, {@code 、}), its number printed apart. */
    static boolean isMarkAlone(String raw) {
        String c = norm(raw).strip();
        return c.equals(".") || c.equals("、");
    }

    /**
     * Whether a label starts with the mark after a numbering's number but not the number ({@code ．属于三类…},
     * {@code 、网上申请数}): pdftotext printed the digit apart, where it sits lower than the text in a CJK font.
     */
    static boolean lostNumber(String s) {
        // most labels and every prose line start otherwise: asked first, before the label is normalised
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i == s.length() || LOST_NUMBER_MARKS.indexOf(s.charAt(i)) < 0) return false;
        String c = norm(s);
        return c.length() >= 3 && (c.charAt(0) == '.' || c.charAt(0) == '、') && !Character.isDigit(c.charAt(1));
    }

    /** 一 .. 九十九. */
    static Optional<Integer> chinese(String s) {
        if (s.isEmpty()) return Optional.empty();
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? Optional.of(CN.indexOf(s.charAt(0)) + 1) : Optional.empty();
        int tens = ten == 0 ? 1 : CN.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : CN.indexOf(s.charAt(ten + 1)) + 1;
        if (ten > 1 || s.length() - ten > 2 || tens > 9 || units > 9) return Optional.empty();
        return Optional.of(tens * 10 + units);
    }

    /** Levenshtein distance, bounded: returns {@code max + 1} as soon as it is exceeded. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
