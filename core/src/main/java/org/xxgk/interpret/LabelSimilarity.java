package org.xxgk.interpret;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a printed label names a row of the form. A printed label may carry anything before the
 * row's own words (a group label, a header, prose of a page flattened to one line, the digits of
 * the row before), so it is compared by its end: the row's label aligned to a suffix of the printed
 * one, with edits for what truncation and OCR did to it ({@code 2.其他法律行政止公开}).
 */
final class LabelSimilarity {

    /**
     * The best reading of a printed label as one of a row's labels.
     *
     * @param score     1 for a label that ends with the row's words, less for each edit, 0 far off
     * @param numbering the numbering printed just before the row's words, if any
     */
    record Match(double score, Optional<Labels.Numbering> numbering) {
        static final Match NONE = new Match(0, Optional.empty());
    }

    // the numbering printed right before a row's words: 1. / 1、 / (一) / 一、 / (1)
    private static final Pattern TRAILING_NUMBERING = Pattern.compile(
            "(?:([0-9]{1,2})[.、,．]|\\(([一二三四五六七八九十]{1,3})\\)[、.]?|([一二三四五六七八九十]{1,3})[、.]|\\(([0-9]{1,2})\\)[、.]?)$");

    /**
     * The longest match of {@link #TRAILING_NUMBERING} ({@code (十一)、}) and the line terminator ({@code \r\n}) its
     * {@code $} may stand before.
     */
    private static final int NUMBERING_WINDOW = 8;

    private static final Pattern ANY_NUMBERING = Pattern.compile(TRAILING_NUMBERING.pattern().replace(")$", ")"));

    private LabelSimilarity() {}

    /** {@code printed} in {@link Labels#norm} form; {@code labels} in {@link Labels#text} form. */
    static Match match(String printed, List<String> labels) {
        return match(printed, null, labels);
    }

    /** As {@link #match(String, List)}, for a printed label compared with many: its signatures made once. */
    static Match match(Printed printed, List<String> labels) {
        return match(printed.text, printed, labels);
    }

    private static Match match(String printed, Printed signed, List<String> labels) {
        Match best = Match.NONE;
        for (String label : labels) {
            Match m = match(printed, signed, label);
            if (m.score() > best.score()) best = m;
        }
        return best;
    }

    /**
     * A printed label ({@link Labels#norm} form) with a signature of each of its tails: a 64-bit set
     * of its characters' hashes. A label character whose bit the tail's signature lacks is missing
     * from the tail and costs an edit; made once, the signatures spare the comparison with each of
     * the form's labels most of its work.
     */
    static final class Printed {
        // the tails of this many characters at most are signed (twice the longest form label and more)
        private static final int MAX_SIGNED = 256;
        private final String text;
        private final long[] tails;

        Printed(String text) {
            this.text = text;
            int signed = Math.min(text.length(), MAX_SIGNED);
            tails = new long[signed + 1];
            for (int k = 1; k <= signed; k++) tails[k] = tails[k - 1] | bit(text.charAt(text.length() - k));
        }

        String text() {
            return text;
        }

        /**
         * Whether more than {@code allowed} of the label's characters are missing from {@code text[from, end)}, by
         * signature.
         */
        boolean lacks(String label, int from, int allowed) {
            int k = text.length() - from;
            if (k >= tails.length) return false;
            long tail = tails[k];
            long missing = 0;
            for (int i = 0; i < label.length(); i++) missing |= bit(label.charAt(i)) & ~tail;
            // each bit set stands for at least one character missing: a lower bound of the edits
            return Long.bitCount(missing) > allowed;
        }

        private static long bit(char c) {
            return 1L << (c ^ c >>> 6);
        }
    }

    private static Match match(String printed, Printed signed, String label) {
        int n = label.length();
        if (n == 0 || printed.isEmpty()) return Match.NONE;
        // a printed label that ends in characters the row's label lacks cannot end like it: most prose, cheaply
        int last = printed.length() - 1;
        if (label.indexOf(printed.charAt(last)) < 0 && (last == 0 || label.indexOf(printed.charAt(last - 1)) < 0))
            return Match.NONE;
        // short labels must be printed whole: 规章, 其他, 总计 are too short to survive an edit
        int allowed = n <= 3 ? 0 : n <= 5 ? 1 : n / 3;
        if (allowed == 0) {
            // no edit allowed: the one alignment left is the label as the printed label's end (what the search below
            // finds)
            return printed.endsWith(label)
                    ? new Match(1.0, numbering(printed.substring(0, printed.length() - n)))
                    : Match.NONE;
        }
        // the tail that can take part in an alignment with at most n edits
        int from = Math.max(0, printed.length() - 2 * n - 2);
        // each of the label's characters the tail lacks costs an edit, whatever the alignment: most pairs stop here
        if (signed != null) {
            if (signed.lacks(label, from, allowed)) return Match.NONE;
        } else {
            int absent = 0;
            for (int i = 0; i < n; i++) {
                if (printed.indexOf(label.charAt(i), from) < 0 && ++absent > allowed) return Match.NONE;
            }
        }
        String t = printed.substring(from);
        int m = t.length();
        // d[i][j]: edits to turn label[0, i) into a substring of t ending at j (its start is free)
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = 0;
            prevStart[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            curStart[0] = 0;
            char c = label.charAt(i - 1);
            // the least the alignment can still cost: a path through (i, j) pays d[i][j], and then an insertion for
            // each printed character past j that the label's n - i characters left cannot take; once past the
            // edits allowed, the match is lost
            int least = i + Math.max(0, m - n + i);
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (t.charAt(j - 1) == c ? 0 : 1);
                int del = prev[j] + 1;     // label character missing from the print
                int ins = cur[j - 1] + 1;  // printed character not in the label
                int best = sub;
                int start = prevStart[j - 1];
                if (del < best) {
                    best = del;
                    start = prevStart[j];
                }
                if (ins < best) {
                    best = ins;
                    start = curStart[j - 1];
                }
                cur[j] = best;
                curStart[j] = start;
                int bound = best + Math.max(0, m - j - n + i);
                if (bound < least) least = bound;
            }
            if (least > allowed) return Match.NONE;
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
            tmp = prevStart;
            prevStart = curStart;
            curStart = tmp;
        }
        int edits = prev[m];
        if (edits > allowed) return Match.NONE;
        double score = 1.0 - (double) edits / n;
        String before = printed.substring(0, from + prevStart[m]);
        return new Match(score, numbering(before));
    }

    /** The numbering at the end of {@code before}, the text printed ahead of a row's words. */
    static Optional<Labels.Numbering> numbering(String before) {
        // a match is six characters at most and ends at the end, or before a line terminator there: search the last
        // eight
        Matcher m = TRAILING_NUMBERING
                .matcher(before)
                .region(Math.max(0, before.length() - NUMBERING_WINDOW), before.length());
        return m.find() ? numbering(m) : Optional.empty();
    }

    /** The last numbering printed anywhere in a label ({@code (三)不予公开1.属于国家秘密} gives 1.). */
    static Optional<Labels.Numbering> lastNumbering(String label) {
        Matcher m = ANY_NUMBERING.matcher(label);
        Optional<Labels.Numbering> last = Optional.empty();
        while (m.find()) last = numbering(m);
        return last;
    }

    private static Optional<Labels.Numbering> numbering(Matcher m) {
        if (m.group(1) != null)
            return Optional.of(new Labels.Numbering(Labels.Marker.ARABIC, Integer.parseInt(m.group(1))));
        if (m.group(2) != null)
            return Labels.chinese(m.group(2)).map(v -> new Labels.Numbering(Labels.Marker.PAREN_CHINESE, v));
        if (m.group(3) != null)
            return Labels.chinese(m.group(3)).map(v -> new Labels.Numbering(Labels.Marker.CHINESE, v));
        return Optional.of(new Labels.Numbering(Labels.Marker.PAREN_ARABIC, Integer.parseInt(m.group(4))));
    }
}
