package org.xxgk.interpret;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How well a printed label names each row of a form's tables (sections 二 and 三, as {@link FormAligner} aligns them),
 * its numbering counted in: the part of the aligner's score that depends on the label's text alone. Most reports print
 * the national form's labels alike, and comparing a label with every form row is most of the aligner's work, so the
 * scores of a label are kept by its text (a bounded table, emptied when full, as {@link Labels}' are).
 */
final class FormLabelScores {

    /** Scores of a label below this are no match; the aligner takes the same bound for the whole score. */
    static final double MIN_SCORE = 0.6;
    private static final double NUMBERING_AGREES = 0.3;
    private static final double NUMBERING_DIFFERS = 0.7;
    private static final int ENTRIES = 4096;
    // a longer label (a page flattened to one line) is compared afresh: not worth a place
    private static final int MAX_KEY_CHARS = 240;

    private record Key(String own, String context) {}

    private final List<FormProfile.Row> rows;
    // the form rows whose labels hold a character: a label matches only a printed label whose last or next-to-last
    // character it holds (LabelSimilarity's first test), so no other row is compared with it
    private final Map<Character, BitSet> rowsHolding = new HashMap<>();
    // an own label this long or longer reads like its context for the form row (LabelSimilarity reads 2n + 2
    // characters)
    private final int[] ownSuffices;
    private final ConcurrentHashMap<Key, double[]> known = new ConcurrentHashMap<>();

    FormLabelScores(List<FormProfile.Row> rows) {
        this.rows = List.copyOf(rows);
        this.ownSuffices = new int[this.rows.size()];
        for (int j = 0; j < this.rows.size(); j++) {
            for (String label : this.rows.get(j).labels()) {
                ownSuffices[j] = Math.max(ownSuffices[j], 2 * label.length() + 2);
                for (int i = 0; i < label.length(); i++) {
                    rowsHolding.computeIfAbsent(label.charAt(i), c -> new BitSet()).set(j);
                }
            }
        }
    }

    /** The form rows, in print order. */
    List<FormProfile.Row> rows() {
        return rows;
    }

    /**
     * Per form row, the score of the printed label {@code own} or of {@code context} (it with the label-only rows
     * above it, ending with it), whichever is better, plus or minus its numbering's agreement with the row's; NaN
     * where neither reaches {@link #MIN_SCORE}. The array is shared: read it, never write it.
     */
    double[] of(String own, String context) {
        if (context.length() > MAX_KEY_CHARS) return compute(own, context);
        Key key = new Key(own, context);
        double[] scores = known.get(key);
        if (scores == null) {
            scores = compute(own, context);
            if (known.size() >= ENTRIES) known.clear();
            known.put(key, scores);
        }
        return scores;
    }

    private double[] compute(String own, String context) {
        double[] out = new double[rows.size()];
        Arrays.fill(out, Double.NaN);
        LabelSimilarity.Printed ownLabel = new LabelSimilarity.Printed(own);
        LabelSimilarity.Printed contextLabel = context.equals(own) ? null : new LabelSimilarity.Printed(context);
        // a form row none of whose labels holds the printed label's last characters matches neither
        BitSet candidates = endingsHeld(own);
        candidates.or(endingsHeld(context));
        for (int j = candidates.nextSetBit(0); j >= 0; j = candidates.nextSetBit(j + 1)) {
            FormProfile.Row form = rows.get(j);
            LabelSimilarity.Match byOwn = LabelSimilarity.match(ownLabel, form.prepared());
            // the context, which ends with the own label, matches no better where the own label is this long
            LabelSimilarity.Match byContext = contextLabel == null || own.length() >= ownSuffices[j]
                    ? LabelSimilarity.Match.NONE
                    : LabelSimilarity.match(contextLabel, form.prepared());
            LabelSimilarity.Match m = byOwn.score() >= byContext.score() ? byOwn : byContext;
            if (m.score() >= MIN_SCORE) out[j] = m.score() + numbering(m, form);
        }
        return out;
    }

    /** The form rows whose labels hold the printed label's last or next-to-last character. */
    private BitSet endingsHeld(String printed) {
        BitSet out = new BitSet();
        for (int k = Math.max(0, printed.length() - 2); k < printed.length(); k++) {
            BitSet held = rowsHolding.get(printed.charAt(k));
            if (held != null) out.or(held);
        }
        return out;
    }

    private static double numbering(LabelSimilarity.Match match, FormProfile.Row form) {
        if (form.numbering().isEmpty()) return 0;
        Optional<Labels.Numbering> printed = match.numbering(); // asked only where the form numbers the row
        if (printed.isEmpty()) return 0;
        Labels.Numbering p = printed.get();
        Labels.Numbering f = form.numbering().get();
        if (p.marker() != f.marker()) return 0;
        return p.number() == f.number() ? NUMBERING_AGREES : -NUMBERING_DIFFERS;
    }
}
