package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * Aligns the printed rows of a report with the rows of its form, in order: a printed row takes a
 * form row when its label ends like the form's (edits allowed for truncation and OCR), its
 * numbering does not contradict the form's, and its cells can hold the row's values. Rows keep
 * their order on both sides, so the best alignment is found by dynamic programming; a printed row
 * whose label matches nothing still takes the one form row left between two aligned neighbours
 * when its numbering and its values agree (the form's order is evidence too).
 */
final class FormAligner {

    /** A printed row placed on a form row; {@code byOrder} when its place, not its label, decided. */
    record Placement(int row, FormProfile.Row form, boolean byOrder, String printedLabel) {}

    private static final double MIN_SCORE = 0.6;
    private static final double NUMBERING_AGREES = 0.3;
    private static final double NUMBERING_DIFFERS = 0.7;
    private static final double CELLS_DIFFER = 0.35;
    private static final double EXACT_COUNT = 0.05;
    private static final int CONTEXT_ROWS = 3;
    private static final int MAX_CONTEXT_CHARS = 80;

    private FormAligner() {}

    /** The label a printed row is read by, and the longer one that includes the label-only rows just above it. */
    record Labelled(int row, String own, String context) {}

    /**
     * The placements of the rows in {@code [from, to)} that print values, in order.
     *
     * @param form the form rows to align, in print order
     */
    static List<Placement> align(List<Row> rows, int from, int to, List<FormProfile.Row> form, Runnable checkTime) {
        List<Labelled> printed = new ArrayList<>();
        for (int i = from; i < to; i++) if (rows.get(i).hasValues()) printed.add(labelled(rows, from, i));
        int m = printed.size();
        int k = form.size();
        double[][] score = new double[m][k];
        // an own label this long or longer reads like its context for the form row (LabelSimilarity reads 2n + 2
        // characters)
        int[] ownSuffices = new int[k];
        for (int j = 0; j < k; j++) {
            for (String label : form.get(j).labels()) ownSuffices[j] = Math.max(ownSuffices[j], 2 * label.length() + 2);
        }
        for (int i = 0; i < m; i++) {
            checkTime.run();
            Labelled l = printed.get(i);
            Row r = rows.get(l.row());
            // each printed label is compared with every form row: signed once
            LabelSimilarity.Printed own = new LabelSimilarity.Printed(l.own());
            LabelSimilarity.Printed context =
                    l.context().equals(l.own()) ? null : new LabelSimilarity.Printed(l.context());
            for (int j = 0; j < k; j++) {
                score[i][j] = score(own, l.own().length() >= ownSuffices[j] ? null : context, r, form.get(j));
            }
        }
        // best[i][j]: the best total over printed[0, i) and form[0, j)
        double[][] best = new double[m + 1][k + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= k; j++) {
                double b = Math.max(best[i - 1][j], best[i][j - 1]);
                if (score[i - 1][j - 1] > 0) b = Math.max(b, best[i - 1][j - 1] + score[i - 1][j - 1]);
                best[i][j] = b;
            }
        }
        int[] formOf = new int[m];
        java.util.Arrays.fill(formOf, -1);
        for (int i = m, j = k; i > 0 && j > 0;) {
            if (score[i - 1][j - 1] > 0 && best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1]) {
                formOf[i - 1] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        boolean[] byOrder = fillByOrder(printed, rows, form, formOf);
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (formOf[i] >= 0) {
                out.add(new Placement(printed.get(i).row(), form.get(formOf[i]), byOrder[i], printed.get(i).context()));
            }
        }
        return out;
    }

    /**
     * Between two aligned neighbours, printed rows that matched nothing take the form rows left
     * between them one for one, where they are as many, each can hold its row's values and no
     * numbering says otherwise. Optional form rows do not count.
     */
    private static boolean[] fillByOrder(
            List<Labelled> printed, List<Row> rows, List<FormProfile.Row> form, int[] formOf) {
        boolean[] byOrder = new boolean[printed.size()];
        int prevPrinted = -1;
        int prevForm = -1;
        for (int i = 0; i <= printed.size(); i++) {
            if (i < printed.size() && formOf[i] < 0) continue;
            int nextForm = i < printed.size() ? formOf[i] : -1;
            if (prevPrinted >= 0 && nextForm >= 0) {
                List<Integer> gapPrinted = new ArrayList<>();
                for (int p = prevPrinted + 1; p < i; p++) gapPrinted.add(p);
                List<Integer> gapForm = new ArrayList<>();
                for (int f = prevForm + 1; f < nextForm; f++) if (!form.get(f).optional()) gapForm.add(f);
                if (!gapPrinted.isEmpty() && gapPrinted.size() == gapForm.size()) {
                    boolean ok = true;
                    for (int g = 0; g < gapPrinted.size() && ok; g++) {
                        Labelled l = printed.get(gapPrinted.get(g));
                        FormProfile.Row f = form.get(gapForm.get(g));
                        ok = f.section() == form.get(prevForm).section() && f.section() == form.get(nextForm).section()
                                && RowReadings.fits(rows.get(l.row()).cells(), f.width(), false)
                                && !numberingDiffers(l, f) && (sharesWords(l, f) || numberingAgrees(l, f));
                    }
                    if (ok) {
                        for (int g = 0; g < gapPrinted.size(); g++) {
                            formOf[gapPrinted.get(g)] = gapForm.get(g);
                            byOrder[gapPrinted.get(g)] = true;
                        }
                    }
                }
            }
            if (i < printed.size()) {
                prevPrinted = i;
                prevForm = formOf[i];
            }
        }
        return byOrder;
    }

    /** A printed row's own label, normalised. */
    static String own(Row row) {
        return join(row.labels());
    }

    static Labelled labelled(List<Row> rows, int from, int i) {
        String own = own(rows.get(i));
        StringBuilder context = new StringBuilder();
        for (int j = i - 1; j >= from && j >= i - CONTEXT_ROWS && !rows.get(j).hasValues(); j--) {
            String above = join(rows.get(j).labels());
            if (above.length() > MAX_CONTEXT_CHARS) break;
            context.insert(0, above);
        }
        context.append(own);
        return new Labelled(i, own, context.toString());
    }

    private static String join(List<Token> labels) {
        // most rows print one label: its normal form is remembered, no need to copy it
        if (labels.size() == 1) return Labels.norm(labels.get(0).raw());
        if (labels.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Token t : labels) b.append(Labels.norm(t.raw()));
        return b.toString();
    }

    /**
     * 0 when the printed row cannot be this form row; else the label's score, numbering counted in.
     *
     * @param contextLabel the label with the label-only rows above it, null when there are none or when the own
     *                     label is long enough that the context, which ends with it, matches no better:
     *                     {@link LabelSimilarity} reads a printed label's last {@code 2n + 2} characters only, so
     *                     both give the same score, and the own label wins a tie
     */
    private static double score(
            LabelSimilarity.Printed ownLabel, LabelSimilarity.Printed contextLabel, Row row, FormProfile.Row form) {
        LabelSimilarity.Match own = LabelSimilarity.match(ownLabel, form.prepared());
        LabelSimilarity.Match context = contextLabel == null
                ? LabelSimilarity.Match.NONE
                : LabelSimilarity.match(contextLabel, form.prepared());
        LabelSimilarity.Match m = own.score() >= context.score() ? own : context;
        if (m.score() < MIN_SCORE) return 0;
        // a row whose cells cannot hold the form row's values is placed by its label alone, and then not read
        // (asked only of the rows whose label matches: most pairs stop above)
        double cellsDiffer = RowReadings.fits(row.cells(), form.width(), form.section() == FormProfile.Section.REVIEW)
                ? 0
                : CELLS_DIFFER;
        // between two rows with the same label (a prose sentence and the table row), the one whose cells are the form's
        // count
        double exact = RowReadings.trimmed(row.cells(), form.width()).size() == form.width() ? EXACT_COUNT : 0;
        double s = m.score() + numbering(m, form) - cellsDiffer + exact;
        return s >= MIN_SCORE ? s : 0;
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

    /**
     * Whether the printed label and the form's share two characters in a row: a truncated or garbled label still does.
     */
    private static boolean sharesWords(Labelled printed, FormProfile.Row form) {
        String p = printed.context();
        for (String label : form.labels()) {
            for (int k = 0; k + 2 <= label.length(); k++) if (p.contains(label.substring(k, k + 2))) return true;
        }
        return false;
    }

    private static boolean numberingAgrees(Labelled printed, FormProfile.Row form) {
        Optional<Labels.Numbering> n = LabelSimilarity.lastNumbering(printed.own());
        return form.numbering().isPresent() && n.equals(form.numbering());
    }

    private static boolean numberingDiffers(Labelled printed, FormProfile.Row form) {
        Optional<Labels.Numbering> n = LabelSimilarity.lastNumbering(printed.own());
        return form.numbering().isPresent() && n.isPresent() && n.get().marker() == form.numbering().get().marker()
                && n.get().number() != form.numbering().get().number();
    }
}
