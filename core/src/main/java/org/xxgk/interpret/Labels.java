package org.xxgk.interpret;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.,:]");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)[、.,:]?");
    private static final Pattern ARABIC = Pattern.compile("^([0-9]{1,2})(?:[.、,:](?![0-9])|\\))");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^\\(([0-9]{1,2})\\)[、.]?");
    // characters OCR and crawlers scatter through labels and that no official label contains
    private static final String NOISE = "\"'“”‘’「」『』*_#|~`^•·●○◆◇■□▪►▶※†‡";

    /*
     * Every reader asks for the same labels many times over (each form row against each printed row),
     * and reports print the same words: each label is normalised once and remembered. The caches are
     * bounded (cleared when full) and take short strings only, so a batch's heap does not grow with them.
     */
    private static final int CACHE_ENTRIES = 4096;
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
        if (s.length() > CACHE_MAX_CHARS) return LONG_NORM.get(s, Labels::normalise);
        String c = NORM.get(s);
        if (c == null) c = remember(NORM, s, normalise(s));
        return c;
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

    private static String normalise(String s) {
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
        String c = norm(s);
        for (int i = 0; i < 3; i++) {
            String before = c;
            c = stripOnce(c);
            if (c.startsWith("其中:")) c = c.substring(3);
            else if (c.startsWith("其中")) c = c.substring(2);
            if (c.equals(before)) break;
        }
        return c.isEmpty() ? norm(s) : c;
    }

    private static final Pattern[] NUMBERINGS = {CHINESE, PAREN_CHINESE, PAREN_ARABIC, ARABIC};

    private static String stripOnce(String c) {
        if (!mayStartNumbering(c)) return c;
        for (Pattern p : NUMBERINGS) {
            Matcher m = p.matcher(c);
            if (m.lookingAt()) return c.substring(m.end());
        }
        return c;
    }

    /** The leading numbering of a label, if it has one ({@code 其中:1.} reads as 1.). */
    static Optional<Numbering> numbering(String s) {
        String c = norm(s);
        if (c.startsWith("其中:")) c = c.substring(3);
        else if (c.startsWith("其中")) c = c.substring(2);
        if (!mayStartNumbering(c)) return Optional.empty();
        // each pattern is anchored at the start (^): lookingAt, not a find that tries every position
        Matcher m = CHINESE.matcher(c);
        if (m.lookingAt()) return chinese(m.group(1)).map(n -> new Numbering(Marker.CHINESE, n));
        m = PAREN_CHINESE.matcher(c);
        if (m.lookingAt()) return chinese(m.group(1)).map(n -> new Numbering(Marker.PAREN_CHINESE, n));
        m = PAREN_ARABIC.matcher(c);
        if (m.lookingAt()) return Optional.of(new Numbering(Marker.PAREN_ARABIC, Integer.parseInt(m.group(1))));
        m = ARABIC.matcher(c);
        if (m.lookingAt()) return Optional.of(new Numbering(Marker.ARABIC, Integer.parseInt(m.group(1))));
        return Optional.empty();
    }

    /**
     * Whether {@code c} starts as every numbering does, with a numeral, a digit or an open bracket: spares the patterns
     * most labels.
     */
    private static boolean mayStartNumbering(String c) {
        if (c.isEmpty()) return false;
        char first = c.charAt(0);
        return first == '(' || first >= '0' && first <= '9' || CN.indexOf(first) >= 0;
    }

    /** Whether the label starts with 其中 ("of which"). */
    static boolean isOfWhich(String s) {
        return norm(s).startsWith("其中");
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
