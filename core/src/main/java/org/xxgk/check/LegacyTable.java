package org.xxgk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;

/**
 * A LEGACY statistics table seen as a tree of labelled indicators: the keys follow the printed
 * numbering ({@code legacy.3.3.4.1}), the labels are matched by pattern, so that regional tables
 * that number or word their items differently are read by what the items say.
 */
final class LegacyTable {

    private static final String CUMULATIVE = ".cumulative";
    /** A row that counts a whole (制发规范性文件总数) is no sub-item of the row above it. */
    private static final Pattern WHOLE = Pattern.compile("总数|总计|合计");

    private final AnnualReport report;
    private final List<String> keys;
    /** {@link #bareLabel} of each key's label, made once: the rules look their indicators up label by label. */
    private final List<String> bareLabels;
    // the rules' patterns are constants: remembered by identity
    private final Map<Pattern, Map<Optional<String>, Optional<String>>> found = new IdentityHashMap<>();
    /** The indicators one numbering level below each key, in print order: made at the first ask, in one pass. */
    private Map<String, List<String>> children;
    /** Each indicator's label's remembered verdicts ({@link #matches}), looked up at the first ask. */
    private final Verdicts[] verdicts;
    /** The places in {@link #keys} of the indicators below a scope, in print order, made once a scope. */
    private final Map<String, int[]> below = new HashMap<>();

    private LegacyTable(AnnualReport report, List<String> keys) {
        this.report = report;
        this.keys = keys;
        List<String> bare = new ArrayList<>(keys.size());
        for (String key : keys) bare.add(bareLabel(label(key)));
        this.bareLabels = bare;
        this.verdicts = new Verdicts[keys.size()];
    }

    static LegacyTable of(AnnualReport report) {
        List<String> labelled = plainLegacy(report.labels().keySet());
        List<String> printed = plainLegacy(report.cells().keySet());
        return new LegacyTable(report, List.copyOf(union(labelled, printed)));
    }

    private static List<String> plainLegacy(Collection<String> keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) if (isPlainLegacy(key)) out.add(key);
        return out;
    }

    /**
     * The keys of both lists once each, in {@link CellCatalog#keyOrder()}. Both come in that order (a report
     * keeps its maps in it); the cells' keys are mostly the labelled ones, so the merge, which compares keys,
     * is needed only for those that are not.
     */
    private static List<String> union(List<String> a, List<String> b) {
        Set<String> inA = new HashSet<>(a);
        List<String> onlyB = new ArrayList<>();
        for (String key : b) if (!inA.contains(key)) onlyB.add(key);
        if (onlyB.isEmpty()) return a;
        Comparator<String> order = CellCatalog.keyOrder();
        List<String> out = new ArrayList<>(a.size() + onlyB.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < onlyB.size()) {
            int c = order.compare(a.get(i), onlyB.get(j));
            if (c <= 0) out.add(a.get(i++));
            if (c == 0) j++; // the same place (legacy.01 and legacy.1): the labelled key stands
            else if (c > 0) out.add(onlyB.get(j++));
        }
        while (i < a.size()) out.add(a.get(i++));
        while (j < onlyB.size()) out.add(onlyB.get(j++));
        return out;
    }

    private static boolean isPlainLegacy(String key) {
        return CellCatalog.isLegacyKey(key) && !key.endsWith(CUMULATIVE);
    }

    /** Whether the report prints any LEGACY indicator. */
    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** Every indicator's key in print order. */
    List<String> keys() {
        return keys;
    }

    String label(String key) {
        return report.labels().getOrDefault(key, "");
    }

    Optional<BigDecimal> value(String key) {
        return report.value(key);
    }

    Optional<String> unit(String key) {
        return report.cell(key).flatMap(CellValue::unit);
    }

    /** The label without its printed number and without a leading 其中. */
    static String bareLabel(String label) {
        String bare = label.strip();
        String before;
        do {
            before = bare;
            bare = withoutOfWhich(bare);
            bare = bare.substring(numberingLength(bare)).strip();
        } while (!bare.equals(before));
        return bare;
    }

    /** {@code s} without a leading 其中, 其中: or 其中：. */
    private static String withoutOfWhich(String s) {
        if (!s.startsWith("其中")) return s;
        return s.substring(s.length() > 2 && (s.charAt(2) == ':' || s.charAt(2) == '：') ? 3 : 2);
    }

    /**
     * The length of the printed number in front of a label (0 when none): 一、 (一) 1. 1、 (1) 1), as the
     * pattern {@code ^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|\d+[.、)]|\(\d+\))} reads it;
     * read by hand, every label asks.
     */
    static int numberingLength(String s) {
        if (s.isEmpty()) return 0;
        boolean paren = s.charAt(0) == '(';
        int from = paren ? 1 : 0;
        int numerals = Text.runEnd(s, from, Text.CHINESE_NUMERALS);
        int digits = numerals > from ? from : Text.runEnd(s, from, Text.DIGITS);
        int end = Math.max(numerals, digits);
        if (end == from) return 0;
        char next = end < s.length() ? s.charAt(end) : 0;
        if (paren) return next == ')' ? end + 1 : 0;
        if (numerals > from) return next == '、' || next == '.' ? end + 1 : 0;
        return next == '.' || next == '、' || next == ')' ? end + 1 : 0;
    }

    /**
     * The first indicator, in print order, under {@code scope} (anywhere when empty) whose bare label matches.
     * Remembered: the rules ask the same paths of a report many times.
     */
    Optional<String> find(Pattern pattern, Optional<String> scope) {
        return found.computeIfAbsent(pattern, p -> new HashMap<>()).computeIfAbsent(scope, s -> search(pattern, s));
    }

    private Optional<String> search(Pattern pattern, Optional<String> scope) {
        int number = number(pattern);
        if (scope.isEmpty()) {
            for (int i = 0; i < keys.size(); i++) {
                if (matches(pattern, number, i)) return Optional.of(keys.get(i));
            }
            return Optional.empty();
        }
        // the rules search a scope for several patterns: its indicators found once
        for (int i : below.computeIfAbsent(scope.get(), this::descendants)) {
            if (matches(pattern, number, i)) return Optional.of(keys.get(i));
        }
        return Optional.empty();
    }

    private int[] descendants(String scope) {
        int[] out = new int[keys.size()];
        int n = 0;
        for (int i = 0; i < keys.size(); i++) if (isDescendant(keys.get(i), scope)) out[n++] = i;
        return Arrays.copyOf(out, n);
    }

    // the national table's labels recur from report to report: each pattern's verdict on a label is remembered, as
    // a bit of the label's Verdicts under the pattern's number; a table looks each of its labels up once
    private static final int REMEMBERED_LABELS = 4096;
    private static final int REMEMBERED_PATTERNS = 1024;
    private static final Map<String, Verdicts> VERDICTS = new ConcurrentHashMap<>();
    private static final Map<Pattern, Integer> NUMBERS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger();

    /** The pattern's number among those searched for; the rules' patterns are constants, a few dozen. */
    private static int number(Pattern pattern) {
        Integer n = NUMBERS.get(pattern);
        if (n != null) return n;
        if (NUMBERS.size() >= REMEMBERED_PATTERNS) return REMEMBERED_PATTERNS; // past it: never remembered
        return NUMBERS.computeIfAbsent(pattern, p -> NEXT_NUMBER.getAndIncrement());
    }

    /** Whether pattern {@code number} matches the bare label of indicator {@code i}. */
    private boolean matches(Pattern pattern, int number, int i) {
        String bare = bareLabels.get(i);
        if (number >= REMEMBERED_PATTERNS) return pattern.matcher(bare).find();
        Verdicts v = verdicts[i];
        if (v == null) {
            if (VERDICTS.size() >= REMEMBERED_LABELS) VERDICTS.clear();
            v = VERDICTS.computeIfAbsent(bare, k -> new Verdicts());
            verdicts[i] = v;
        }
        int known = v.of(number);
        if (known != Verdicts.UNKNOWN) return known == Verdicts.MATCHES;
        boolean found = pattern.matcher(bare).find();
        v.remember(number, found);
        return found;
    }

    /**
     * A label's verdicts under the patterns asked of it so far, by pattern number: which were asked, which matched.
     * Shared between threads, so never changed in place: a verdict added replaces both sets (where two threads add one
     * at once, one may be lost and is worked out again).
     */
    private static final class Verdicts {
        static final int UNKNOWN = -1;
        static final int NO_MATCH = 0;
        static final int MATCHES = 1;
        private static final long[] NONE = new long[0];
        private volatile long[][] sets = {NONE, NONE};

        /** {@link #MATCHES}, {@link #NO_MATCH} or {@link #UNKNOWN}. */
        int of(int number) {
            long[][] now = sets;
            int word = number >>> 6;
            if (word >= now[0].length || (now[0][word] & 1L << number) == 0) return UNKNOWN;
            return (now[1][word] & 1L << number) != 0 ? MATCHES : NO_MATCH;
        }

        void remember(int number, boolean matched) {
            long[][] now = sets;
            int words = Math.max(now[0].length, (number >>> 6) + 1);
            long[] asked = Arrays.copyOf(now[0], words);
            long[] matching = Arrays.copyOf(now[1], words);
            asked[number >>> 6] |= 1L << number;
            if (matched) matching[number >>> 6] |= 1L << number;
            sets = new long[][] {asked, matching};
        }
    }

    /** The indicators one numbering level below {@code key}, in print order. */
    List<String> children(String key) {
        if (children == null) {
            // a key one level below another is that key and one more segment: each key filed under the key it
            // extends, whether the table prints that one or not
            Map<String, List<String>> byParent = new HashMap<>();
            for (String k : keys) {
                byParent.computeIfAbsent(k.substring(0, k.lastIndexOf('.')), p -> new ArrayList<>()).add(k);
            }
            byParent.replaceAll((p, list) -> List.copyOf(list));
            children = byParent;
        }
        return children.getOrDefault(key, List.of());
    }

    /**
     * The 其中 items of {@code key}: the child that starts with 其中 and the siblings continuing its
     * run (numbered like it, in the same unit, not a whole of their own). 002's 制发规范性文件总数
     * follows 其中:主动公开规范性文件数 but counts 件, not 条: no sub-item.
     */
    List<String> subItems(String key) {
        List<String> run = new ArrayList<>();
        boolean inRun = false;
        boolean runNumbered = false;
        Optional<String> runUnit = Optional.empty();
        for (String child : children(key)) {
            String label = label(child);
            if (label.startsWith("其中")) {
                inRun = true;
                runNumbered = numberingLength(withoutOfWhich(label).strip()) > 0;
                runUnit = unit(child);
                run.add(child);
                continue;
            }
            if (!inRun) continue;
            boolean sameUnit = runUnit.isEmpty() || unit(child).isEmpty() || runUnit.equals(unit(child));
            boolean continues = numberingLength(label) > 0 == runNumbered
                    && sameUnit
                    && !WHOLE.matcher(label).find();
            if (continues) {
                run.add(child);
            } else {
                inRun = false;
            }
        }
        return run;
    }

    /** The key of the 历年累计 value of {@code key}, if the report prints one. */
    Optional<String> cumulative(String key) {
        String cumulative = key + CUMULATIVE;
        return report.prints(cumulative) ? Optional.of(cumulative) : Optional.empty();
    }

    /** The 历年累计 twin of any key (printed or not). */
    static String cumulativeOf(String key) {
        return key + CUMULATIVE;
    }

    private static boolean isDescendant(String key, String ancestor) {
        return key.length() > ancestor.length() && key.charAt(ancestor.length()) == '.' && key.startsWith(ancestor);
    }
}
