package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * A printed row placed on a form row; {@code byOrder} when its place, not its label, decided. {@code printed} is
     * the row as read there: the printed row itself, or the part of its values that runs on over the form row.
     */
    record Placement(int row, Row printed, FormProfile.Row form, boolean byOrder, String printedLabel) {}

    private static final double MIN_SCORE = FormLabelScores.MIN_SCORE;
    private static final double CELLS_DIFFER = 0.35;
    private static final double EXACT_COUNT = 0.05;
    private static final int CONTEXT_ROWS = 3;
    private static final int MAX_CONTEXT_CHARS = 80;

    private FormAligner() {}

    /** The label a printed row is read by, and the longer one that includes the label-only rows just above it. */
    record Labelled(int row, String own, String context) {}

    // the steps back of align's table
    private static final byte PAIR = 1;
    private static final byte UP = 2;
    private static final byte BACK = 3;

    /**
     * The placements of the rows in {@code [from, to)} that print values, in order.
     *
     * @param labels the form rows to align, in print order, and how printed labels name them
     */
    static List<Placement> align(List<Row> rows, int from, int to, FormLabelScores labels, Runnable checkTime) {
        List<FormProfile.Row> form = labels.rows();
        List<Labelled> printed = new ArrayList<>();
        for (int i = from; i < to; i++) if (rows.get(i).hasValues()) printed.add(labelled(rows, from, i));
        int m = printed.size();
        int k = form.size();
        RunShape shape = RunShape.of(form);
        // per printed row: the form rows its values run over (1: its own), and the row as compared with the form
        int[] parts = new int[m];
        List<List<Row>> split = new ArrayList<>(m);
        List<Row> read = new ArrayList<>(m);
        boolean[] turned = new boolean[m];
        for (int i = 0; i < m; i++) {
            Row whole = rows.get(printed.get(i).row());
            split.add(shape.split(whole));
            parts[i] = split.get(i).size();
            read.add(split.get(i).get(0));
            turned[i] = !shape.asPrinted(split.get(i), whole);
        }
        double[][] score = new double[m][k];
        List<String> headerWords = headerWords(form);
        for (int i = 0; i < m; i++) {
            checkTime.run();
            Labelled l = printed.get(i);
            Row r = read.get(i);
            boolean matched = placeByLabel(score[i], labels.of(l.own(), l.context()), r, form);
            if (matched) continue;
            // a label that matched nothing, read again without the header words printed after it
            String bare = withoutHeaderWords(l.context(), headerWords);
            if (bare.equals(l.context())) continue;
            placeByLabel(score[i], labels.of(bare, bare), r, form);
        }
        // the best total over printed[0, i) and form[0, j), a row of i at a time (above: i - 1), and the step back
        // from each (i, j) as the walk back from (m, k) takes it: the pair, else the row above, else the form's row
        // before
        double[] above = new double[k + 1];
        double[] best = new double[k + 1];
        byte[][] step = new byte[m + 1][k + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= k; j++) {
                double b = Math.max(above[j], best[j - 1]);
                boolean pairs = score[i - 1][j - 1] > 0;
                double viaPair = above[j - 1] + score[i - 1][j - 1];
                if (pairs) b = Math.max(b, viaPair);
                best[j] = b;
                step[i][j] = pairs && b == viaPair ? PAIR : b == above[j] ? UP : BACK;
            }
            double[] done = above;
            above = best;
            best = done;
            best[0] = 0;
        }
        int[] formOf = new int[m];
        java.util.Arrays.fill(formOf, -1);
        for (int i = m, j = k; i > 0 && j > 0;) {
            if (step[i][j] == PAIR) {
                formOf[i - 1] = j - 1;
                i--;
                j--;
            } else if (step[i][j] == UP) {
                i--;
            } else {
                j--;
            }
        }
        int[][] formsOf = spans(formOf, parts, turned, read, form);
        boolean[] byOrder = fillByOrder(printed, read, form, formsOf, parts);
        wholeSections(form, formsOf, parts, byOrder);
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (formsOf[i] == null) continue;
            Row whole = rows.get(printed.get(i).row());
            if (formsOf[i].length == 1) {
                out.add(new Placement(printed.get(i).row(), whole, form.get(formsOf[i][0]), byOrder[i],
                        printed.get(i).context()));
                continue;
            }
            for (int c = 0; c < formsOf[i].length; c++) {
                out.add(new Placement(printed.get(i).row(), split.get(i).get(c), form.get(formsOf[i][c]),
                        byOrder[i] || c > 0, c == 0 ? printed.get(i).context() : ""));
            }
        }
        return out;
    }

    /**
     * The form rows of each printed row: the one its label aligned it with, and for a run the rows after it in its
     * section, up to the next aligned row that can hold its own values (one that cannot, a page number under a label,
     * yields to the run, whose every part kept the row's sum), or else the free rows before it that end with its
     * label's. A form row a report may leave out is covered where the run fills the rows up to there only with it,
     * or only without it; a run that cannot spread, or could either way, is its label's row alone, its first values
     * read.
     */
    private static int[][] spans(
            int[] formOf, int[] parts, boolean[] turned, List<Row> read, List<FormProfile.Row> form) {
        int m = formOf.length;
        int[][] out = new int[m][];
        for (int i = 0; i < m; i++) if (formOf[i] >= 0) out[i] = new int[] {formOf[i]};
        for (int i = 0; i < m; i++) {
            // a row that yielded its place to a run before it stays unplaced
            if (formOf[i] < 0 || parts[i] < 2 || out[i] == null) continue;
            int j = formOf[i];
            int end = sectionEnd(form, j);
            List<Integer> yielding = new ArrayList<>();
            for (int n = i + 1; n < m; n++) {
                if (formOf[n] < 0) continue;
                if (formOf[n] >= end) break;
                // a run of its own, or a row that can hold its values, stops the run before it
                if (parts[n] > 1 || RowReadings.fits(read.get(n).cells(), form.get(formOf[n]).width(), false)) {
                    end = formOf[n];
                    break;
                }
                yielding.add(n);
            }
            // a block read column by column may be under its first row's label or its last's: it spreads only where
            // one of them is impossible
            Optional<int[]> covered = covered(form, j, end, parts[i]);
            Optional<int[]> ending = ending(form, j, parts[i], firstFree(out, i, form, j));
            if (turned[i] && covered.isPresent() && ending.isEmpty() && !cannotEnd(form, j, parts[i])) continue;
            if (covered.isPresent() == ending.isPresent()) continue; // neither, or both: which rows is unknown
            if (ending.isPresent()) {
                out[i] = ending.get();
                continue;
            }
            int last = covered.get()[covered.get().length - 1];
            // a row it would cover that prints its own total after some of its cells: the row with its blanks dropped
            // (a copy that drops blank cells), and then so may the run be: how many rows it holds is unknown
            if (yielding.stream().anyMatch(n -> formOf[n] <= last && RowReadings.totalAfterSome(read.get(n).cells(),
                    form.get(formOf[n]).width()).isPresent())) {
                out[i] = null;
                continue;
            }
            out[i] = covered.get();
            for (int n : yielding) if (formOf[n] <= last) out[n] = null;
        }
        return out;
    }

    /** Whether no run of {@code parts} rows of form row {@code j}'s section can end at {@code j}. */
    private static boolean cannotEnd(List<FormProfile.Row> form, int j, int parts) {
        return j - sectionStart(form, j) + 1 < parts;
    }

    /** The first form row after those the rows printed before row {@code i} took, in form row {@code j}'s section. */
    private static int firstFree(int[][] taken, int i, List<FormProfile.Row> form, int j) {
        int free = sectionStart(form, j);
        for (int n = 0; n < i; n++) {
            if (taken[n] != null) free = Math.max(free, taken[n][taken[n].length - 1] + 1);
        }
        return free;
    }

    /**
     * The rows a run covers when its label names the last of them (pdftotext gives the label of a block printed column
     * by column beside its values): the {@code parts} rows up to {@code j}, taking up where the rows before it stopped
     * ({@code free}: a required row left between them says it is not the block). A row a report may leave out is
     * counted in or out, whichever alone fits.
     */
    private static Optional<int[]> ending(List<FormProfile.Row> form, int j, int parts, int free) {
        Optional<int[]> with = endingRows(form, j, parts, free, true);
        Optional<int[]> without = endingRows(form, j, parts, free, false);
        if (with.isPresent() && without.isPresent() && !java.util.Arrays.equals(with.get(), without.get())) {
            return Optional.empty();
        }
        return with.isPresent() ? with : without;
    }

    private static Optional<int[]> endingRows(
            List<FormProfile.Row> form, int j, int parts, int free, boolean optionalPrinted) {
        List<Integer> rows = new ArrayList<>();
        for (int f = j; f >= free && rows.size() < parts; f--) {
            if (optionalPrinted || !form.get(f).optional()) rows.add(0, f);
        }
        if (rows.size() < parts) return Optional.empty();
        for (int f = free; f < rows.get(0); f++) if (!form.get(f).optional()) return Optional.empty();
        return Optional.of(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A run that no label placed and that has as many parts as a section with row sums has rows (with its optional
     * row or without it) is that section, in the form's order, where no other row took a row of it and the rows
     * placed before and after it in print are the form's before and after it (a copy that printed the section's
     * values as one block and its labels after them).
     */
    private static void wholeSections(List<FormProfile.Row> form, int[][] formsOf, int[] parts, boolean[] byOrder) {
        for (int from = 0; from < form.size(); from = sectionEnd(form, from)) {
            int end = sectionEnd(form, from);
            if (!form.get(from).sums().isEmpty()) placeWholeSection(form, from, end, formsOf, parts, byOrder);
        }
    }

    private static void placeWholeSection(
            List<FormProfile.Row> form, int from, int end, int[][] formsOf, int[] parts, boolean[] byOrder) {
        int run = -1;
        for (int i = 0; i < formsOf.length; i++) {
            // a run its label placed on one row, where it could not spread (the header's 总计 above a block of values
            // reads like (七)总计), is still a candidate
            boolean unspread = parts[i] > 1 && (formsOf[i] == null || formsOf[i].length == 1);
            if (formsOf[i] != null && !unspread) {
                for (int j : formsOf[i]) if (j >= from && j < end) return;
                continue;
            }
            if (!unspread) continue;
            Optional<int[]> covered = covered(form, from, end, parts[i]);
            if (covered.isEmpty() || covered.get()[covered.get().length - 1] != lastRequired(form, from, end)) continue;
            if (run >= 0) return; // two candidates: which is the section is unknown
            run = i;
        }
        if (run < 0) return;
        for (int i = 0; i < formsOf.length; i++) {
            if (formsOf[i] == null || i == run) continue;
            int j = formsOf[i][0];
            if (i < run && j >= from || i > run && j < end) return;
            if (parts[i] > 1 && formsOf[i].length == 1 && j >= from && j < end) return;
        }
        formsOf[run] = covered(form, from, end, parts[run]).orElseThrow();
        byOrder[run] = true;
    }

    /** The first form row of form row {@code j}'s section. */
    static int sectionStart(List<FormProfile.Row> form, int j) {
        int first = j;
        while (first > 0 && form.get(first - 1).section() == form.get(j).section()) first--;
        return first;
    }

    /** The form row after the last of form row {@code j}'s section. */
    static int sectionEnd(List<FormProfile.Row> form, int j) {
        int end = j + 1;
        while (end < form.size() && form.get(end).section() == form.get(j).section()) end++;
        return end;
    }

    static int lastRequired(List<FormProfile.Row> form, int from, int end) {
        int last = end - 1;
        while (last > from && form.get(last).optional()) last--;
        return last;
    }

    /** The {@code parts} form rows from {@code from} on, before {@code end}, that a run covers, if that is clear. */
    static Optional<int[]> covered(List<FormProfile.Row> form, int from, int end, int parts) {
        List<Integer> all = new ArrayList<>();
        List<Integer> required = new ArrayList<>();
        for (int j = from; j < end; j++) {
            all.add(j);
            if (!form.get(j).optional()) required.add(j);
        }
        if (all.size() < parts) return Optional.empty();
        List<Integer> first = all.subList(0, parts);
        boolean optionalInside = first.stream().anyMatch(j -> form.get(j).optional());
        List<Integer> chosen;
        if (!optionalInside || all.size() == parts) chosen = first;
        else if (required.size() == parts) chosen = required;
        else return Optional.empty();
        return Optional.of(chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Between two aligned neighbours, printed rows that matched nothing take the form rows left
     * between them one for one, where they are as many, each can hold its row's values and no
     * numbering says otherwise, all in one section, a neighbour's. Optional form rows do not count.
     * A run of values over several rows ({@link RunShape}) counts as its parts, each of which kept
     * the row's sum: no label is asked of them.
     */
    private static boolean[] fillByOrder(
            List<Labelled> printed, List<Row> read, List<FormProfile.Row> form, int[][] formsOf, int[] parts) {
        boolean[] byOrder = new boolean[printed.size()];
        int prevPrinted = -1;
        int prevForm = -1;
        for (int i = 0; i <= printed.size(); i++) {
            if (i < printed.size() && formsOf[i] == null) continue;
            int nextForm = i < printed.size() ? formsOf[i][0] : -1;
            if (prevPrinted >= 0 && nextForm >= 0) {
                List<Integer> gapForm = new ArrayList<>();
                for (int f = prevForm + 1; f < nextForm; f++) if (!form.get(f).optional()) gapForm.add(f);
                int units = 0;
                for (int p = prevPrinted + 1; p < i; p++) units += parts[p];
                if (units > 0 && units == gapForm.size() && inOneSection(form, gapForm)) {
                    boolean ok = true;
                    int g = 0;
                    for (int p = prevPrinted + 1; p < i && ok; p++) {
                        Labelled l = printed.get(p);
                        List<FormProfile.Row> taken = new ArrayList<>();
                        for (int c = 0; c < parts[p]; c++) taken.add(form.get(gapForm.get(g + c)));
                        ok = parts[p] > 1
                                ? fitsRun(l, taken, form.get(prevForm), form.get(nextForm))
                                : fitsRow(l, read.get(p), taken.get(0), form.get(prevForm), form.get(nextForm));
                        g += parts[p];
                    }
                    if (ok) {
                        g = 0;
                        for (int p = prevPrinted + 1; p < i; p++) {
                            formsOf[p] = new int[parts[p]];
                            for (int c = 0; c < parts[p]; c++) formsOf[p][c] = gapForm.get(g++);
                            byOrder[p] = true;
                        }
                    }
                }
            }
            if (i < printed.size()) {
                prevPrinted = i;
                prevForm = formsOf[i][formsOf[i].length - 1];
            }
        }
        return byOrder;
    }

    private static boolean fitsRow(
            Labelled l, Row r, FormProfile.Row f, FormProfile.Row before, FormProfile.Row after) {
        return (f.section() == before.section() || f.section() == after.section())
                && RowReadings.fits(r.cells(), f.width(), false)
                && !numberingDiffers(l, f) && (sharesWords(l, f) || numberingAgrees(l, f));
    }

    private static boolean inOneSection(List<FormProfile.Row> form, List<Integer> rows) {
        for (int j : rows) if (form.get(j).section() != form.get(rows.get(0)).section()) return false;
        return true;
    }

    private static boolean fitsRun(Labelled l, List<FormProfile.Row> taken, FormProfile.Row before,
            FormProfile.Row after) {
        FormProfile.Row first = taken.get(0);
        if (first.section() != before.section() && first.section() != after.section()) return false;
        for (FormProfile.Row f : taken) if (f.sums().isEmpty()) return false;
        return !numberingDiffers(l, first);
    }

    /** The words of section 二's column headers, and its 信息内容 cell. */
    private static List<String> headerWords(List<FormProfile.Row> form) {
        List<String> words = new ArrayList<>(List.of(Labels.norm(INFORMATION_HEADER)));
        for (FormProfile.Row f : form) {
            if (f.section() != FormProfile.Section.ACTIVE) continue;
            for (FormProfile.Column c : f.columns()) {
                for (String label : c.labels()) {
                    String word = Labels.norm(label);
                    if (!words.contains(word)) words.add(word);
                }
            }
        }
        return words;
    }

    private static final String INFORMATION_HEADER = "信息内容";

    /**
     * A label without the header words printed after it: a copy that gives a sub-table's header after its row's
     * label ({@code 信息内容 行政事业性收费 上一年项目数量 本年增/减 0 0}) is read by what is left.
     */
    private static String withoutHeaderWords(String label, List<String> words) {
        String bare = label;
        for (boolean cut = true; cut;) {
            cut = false;
            for (String w : words) {
                if (bare.length() > w.length() && bare.endsWith(w)) {
                    bare = bare.substring(0, bare.length() - w.length());
                    cut = true;
                }
            }
        }
        return bare;
    }

    /** The tokens the placements read (by identity: the parts of a run are views of its row's tokens). */
    static Set<Token> tokensRead(List<Placement> placements) {
        Set<Token> read = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Placement p : placements) read.addAll(p.printed().cells());
        return read;
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
        if (labels.size() == 1) return labels.get(0).text();
        if (labels.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Token t : labels) b.append(t.text());
        return b.toString();
    }

    /**
     * Each form row's score for a printed row, into {@code score}: 0 where it cannot be that row, else its label's
     * score ({@link FormLabelScores}, numbering counted in) less what its cells say against it. Whether any scored.
     */
    private static boolean placeByLabel(double[] score, double[] byLabel, Row row, List<FormProfile.Row> form) {
        boolean matched = false;
        for (int j = 0; j < score.length; j++) {
            if (Double.isNaN(byLabel[j])) {
                score[j] = 0;
                continue;
            }
            FormProfile.Row f = form.get(j);
            // a row whose cells cannot hold the form row's values is placed by its label alone, and then not read
            // (asked only of the rows whose label matches: most pairs stop above)
            double cellsDiffer = RowReadings.fits(row.cells(), f.width(), f.section() == FormProfile.Section.REVIEW)
                    ? 0
                    : CELLS_DIFFER;
            // between two rows with the same label (a prose sentence and the table row), the one whose cells are the
            // form's count
            double exact = RowReadings.trimmed(row.cells(), f.width()).size() == f.width() ? EXACT_COUNT : 0;
            double s = byLabel[j] - cellsDiffer + exact;
            score[j] = s >= MIN_SCORE ? s : 0;
            matched |= score[j] > 0;
        }
        return matched;
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
