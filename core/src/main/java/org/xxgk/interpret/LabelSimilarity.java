package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
     * @param score   1 for a label that ends with the row's words, less for each edit, 0 far off
     * @param printed the printed label
     * @param label   the row's label it reads as; null for {@link #NONE}
     */
    record Match(double score, String printed, String label) {
        static final Match NONE = new Match(0, "", null);

        /**
         * The numbering printed just before the row's words, if any: found on demand, where the alignment starts
         * (most matches are asked their score only).
         */
        Optional<Labels.Numbering> numbering() {
            if (label == null) return Optional.empty();
            return LabelSimilarity.numbering(printed.substring(0, start(printed, label)));
        }
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
        List<FormLabel> prepared = new ArrayList<>(labels.size());
        for (String label : labels) prepared.add(FormLabel.of(label));
        return matchPrepared(printed, prepared);
    }

    /** As {@link #match(String, List)}, with a form row's labels as prepared ({@link FormProfile.Row#prepared}). */
    static Match matchPrepared(String printed, List<FormLabel> labels) {
        return match(printed, null, labels);
    }

    /** As {@link #match(String, List)}, for a printed label compared with many: its signatures made once. */
    static Match match(Printed printed, List<FormLabel> labels) {
        return match(printed.text, printed, labels);
    }

    private static Match match(String printed, Printed signed, List<FormLabel> labels) {
        // the best label scored first, by its edits alone: where the alignment starts is asked of it only
        String best = null;
        double bestScore = 0;
        for (int i = 0; i < labels.size(); i++) {
            FormLabel label = labels.get(i);
            int edits = edits(printed, signed, label);
            if (edits < 0) continue;
            double score = 1.0 - (double) edits / label.length;
            if (score > bestScore) {
                best = label.text;
                bestScore = score;
            }
        }
        return best == null ? Match.NONE : new Match(bestScore, printed, best);
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
        boolean lacks(FormLabel label, int from, int allowed) {
            int k = text.length() - from;
            if (k >= tails.length) return false;
            // each bit set stands for at least one character missing: a lower bound of the edits
            return Long.bitCount(label.signature & ~tails[k]) > allowed;
        }
    }

    /** The bit of a character in a 64-bit signature of a set of characters. */
    private static long bit(char c) {
        return 1L << (c ^ c >>> 6);
    }

    /** Edits allowed to a label of {@code n} characters: short labels must be printed whole. */
    private static int allowed(int n) {
        // 规章, 其他, 总计 are too short to survive an edit
        return n <= 3 ? 0 : n <= 5 ? 1 : n / 3;
    }

    /** The first printed character that can take part in an alignment of a label of {@code n} characters. */
    private static int from(String printed, int n) {
        return Math.max(0, printed.length() - 2 * n - 2);
    }

    /** The edits of the label's best alignment with the end of {@code printed}; -1 past the edits allowed. */
    private static int edits(String printed, Printed signed, FormLabel label) {
        int n = label.length;
        if (n == 0 || printed.isEmpty()) return -1;
        // a printed label that ends in characters the row's label lacks cannot end like it: most prose, cheaply
        int last = printed.length() - 1;
        if (!label.holds(printed.charAt(last)) && (last == 0 || !label.holds(printed.charAt(last - 1)))) return -1;
        int allowed = allowed(n);
        // no edit allowed: the one alignment left is the label as the printed label's end
        if (allowed == 0) return printed.endsWith(label.text) ? 0 : -1;
        int from = from(printed, n);
        // each of the label's characters the tail lacks costs an edit, whatever the alignment: most pairs stop here
        if (signed != null) {
            if (signed.lacks(label, from, allowed)) return -1;
        } else {
            int absent = 0;
            for (int i = 0; i < n; i++) {
                if (printed.indexOf(label.text.charAt(i), from) < 0 && ++absent > allowed) return -1;
            }
        }
        int edits = n <= FormLabel.MAX_BITS ? label.edits(printed, from) : table(printed, label.text)[0];
        return edits <= allowed ? edits : -1;
    }

    /** Where the best alignment of a label that matches (see {@link #edits}) starts in {@code printed}. */
    private static int start(String printed, String label) {
        // printed whole at the end: the one alignment of no edit, whatever the edits allowed
        if (printed.endsWith(label)) return printed.length() - label.length();
        return table(printed, label)[1];
    }

    /** The table of edits: those of the best alignment with the end of {@code printed}, and where it starts. */
    private static int[] table(String printed, String label) {
        int n = label.length();
        int from = from(printed, n);
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
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
            tmp = prevStart;
            prevStart = curStart;
            curStart = tmp;
        }
        return new int[] {prev[m], from + prevStart[m]};
    }

    /**
     * A label of the form made ready for comparison once: a signature of its characters, and for Myers'
     * bit-vector algorithm the set of positions of each character. {@link #edits} gives what
     * {@link LabelSimilarity#table} gives in its last cell, a word operation a printed character instead of
     * a row of the table (G. Myers, A fast bit-vector algorithm for approximate string matching based on
     * dynamic programming, J. ACM 46(3), 1999).
     */
    static final class FormLabel {
        static final int MAX_BITS = Long.SIZE;
        // labels given as strings (the form's are prepared with it): a bounded set
        private static final ConcurrentHashMap<String, FormLabel> OF = new ConcurrentHashMap<>();
        /*
         * Open addressing over the label's distinct characters (64 at most), at most half full: a small table, as
         * small labels are most, so that a label's tables stay in the cache beside the printed text's.
         */
        final String text;
        final int length;
        final long signature;
        private final int slotMask;
        private final int[] keys; // a character + 1; 0 is a free slot
        private final long[] masks;

        private FormLabel(String text) {
            this.text = text;
            this.length = text.length();
            int slots = Integer.highestOneBit(Math.max(4, Math.min(length, MAX_BITS)) * 2 - 1) << 1;
            this.slotMask = slots - 1;
            this.keys = new int[slots];
            this.masks = new long[slots];
            long sig = 0;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                sig |= bit(c);
                if (i >= MAX_BITS) continue;
                int k = slot(c);
                keys[k] = c + 1;
                masks[k] |= 1L << i;
            }
            this.signature = sig;
        }

        static FormLabel of(String label) {
            return OF.computeIfAbsent(label, FormLabel::new);
        }

        /** Whether the label holds {@code c}: its signature first, which most characters fail. */
        boolean holds(char c) {
            return (signature & bit(c)) != 0 && text.indexOf(c) >= 0;
        }

        private int slot(char c) {
            int k = (c ^ c >>> 7) & slotMask;
            while (keys[k] != 0 && keys[k] != c + 1) k = (k + 1) & slotMask;
            return k;
        }

        private long mask(char c) {
            return masks[slot(c)]; // a free slot's mask is 0
        }

        /**
         * The least edits turning the label (of at most {@link #MAX_BITS} characters) into a substring of
         * {@code printed[from, end)} that ends at its end.
         */
        int edits(String printed, int from) {
            long last = 1L << (length - 1);
            long pv = -1L; // vertical deltas +1: the column of a free start is 0, 1, 2 … down the label
            long mv = 0;
            int score = length;
            for (int j = from; j < printed.length(); j++) {
                long eq = mask(printed.charAt(j));
                long xv = eq | mv;
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                if ((ph & last) != 0) score++;
                else if ((mh & last) != 0) score--;
                // no carry into the first row: the label may start anywhere in the print
                ph <<= 1;
                mh <<= 1;
                pv = mh | ~(xv | ph);
                mv = ph & xv;
            }
            return score;
        }
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
