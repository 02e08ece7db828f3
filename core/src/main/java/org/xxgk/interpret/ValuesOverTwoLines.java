package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.internal.Text;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * Section 三's rows whose values a text copy printed over two lines: the first of them on the label's first line, the
 * others on the next with the rest of the label ({@code pdftotext -layout} of a browser's print, which centres the
 * values between the lines of a wrapped label: {@code 一、本年新收政府信 119} / {@code 息公开申请数量 81 0 0 115 37 352}),
 * the row's number sometimes alone on a line between ({@code 申请人无正当理由… ０ ０} / {@code 1.} / {@code ０ ０ ０ ０ ０}).
 * Read as they stand, they are two rows of too few values, neither of them the form's. They are one row where the
 * second's values start on the line after the first's (or the one after that, a label between), the labels between
 * carry no numbering but the row's own number, and together they are a row's worth of values that keeps its sums.
 */
final class ValuesOverTwoLines {

    /** The label-only rows between the two: a row's number, a line of the label. */
    private static final int MAX_BETWEEN = 1;

    private ValuesOverTwoLines() {}

    /**
     * {@code rows} with each such pair in {@code [from, to)} joined: the first takes the labels and values of those
     * after it, which are left empty (the rows keep their places: the prose reader leaves out the range the tables
     * took).
     *
     * @param form a row of section 三 (all have its columns and sums)
     */
    static List<Row> join(List<Row> rows, int from, int to, FormProfile.Row form) {
        List<Row> out = null;
        for (int i = from; i < to; i++) {
            int rest = rest(rows, i, to);
            if (rest < 0 || !joins(rows.subList(i, rest + 1), form)) continue;
            if (out == null) out = new ArrayList<>(rows);
            Row head = rows.get(i);
            List<Token> labels = new ArrayList<>();
            List<Token> others = new ArrayList<>();
            for (int k = i + 1; k <= rest; k++) {
                for (Token t : rows.get(k).labels()) (Labels.isNumberingOnly(t.raw()) ? labels : others).add(t);
                out.set(k, new Row(List.of(), List.of(), rows.get(k).block(), false));
            }
            // the row's own number first, where the label read by its numbering has it
            labels.addAll(head.labels());
            labels.addAll(others);
            List<Token> cells = new ArrayList<>(head.cells());
            cells.addAll(rows.get(rest).cells());
            out.set(i, new Row(labels, cells, head.block(), false));
            i = rest;
        }
        return out == null ? rows : out;
    }

    /** The row after {@code i} that prints values, with only label rows between (at most {@link #MAX_BETWEEN}). */
    private static int rest(List<Row> rows, int i, int to) {
        Row head = rows.get(i);
        if (head.grid() || !head.hasValues()) return -1;
        for (int k = i + 1; k < to && k - i - 1 <= MAX_BETWEEN; k++) {
            Row r = rows.get(k);
            if (r.grid()) return -1;
            if (r.hasValues()) return k;
        }
        return -1;
    }

    private static boolean joins(List<Row> run, FormProfile.Row form) {
        Row head = run.get(0);
        Row rest = run.get(run.size() - 1);
        // as many values as the columns: digits split into more would join any two short rows (section 二's
        // 行政处罚 ５５８７０ / 行政强制 ５１９４ as 5|5|8|7|0|5|194 or so)
        if (head.cells().size() + rest.cells().size() != form.width()) return false;
        int line = oneLine(head.cells());
        int next = oneLine(rest.cells());
        if (line <= 0 || next != line + 1 && next != line + 2) return false;
        boolean headNumbered = head.labels().stream().anyMatch(t -> Labels.numbering(t.raw()).isPresent());
        int numbers = 0;
        boolean between = false;
        for (Row r : run.subList(1, run.size())) {
            for (Token t : r.labels()) {
                between |= t.provenance().line() == line + 1;
                // a label of its own (三、本年度 1.信访… 0 0 0 / 办理结果 2.重复申请 0 0 4 04: a group's label goes on, not
                // the row's), but for the number of a row whose label has none
                if (Labels.isNumberingOnly(t.raw())) numbers++;
                else if (Labels.numbering(t.raw()).isPresent() || opensNumbering(t.raw())) return false;
            }
        }
        if (next == line + 2 && !between || numbers > (headNumbered ? 0 : 1)) return false;
        List<Token> row = new ArrayList<>(head.cells());
        row.addAll(rest.cells());
        return RowReadings.figuresOnly(row) && RowReadings.keepsSums(row, form.sums());
    }

    /**
     * Whether a label starts a numbering that its line breaks ({@code （七} / {@code ）总计}): a row's label of its own,
     * whose values may be fewer than the columns where a copy leaves blank cells blank (zeros keep any sum).
     */
    private static boolean opensNumbering(String label) {
        String s = Text.strip(label);
        return !s.isEmpty() && (s.charAt(0) == '(' || s.charAt(0) == '（');
    }

    /** The line all of {@code tokens} stand on; 0 where they stand on several or none is known. */
    private static int oneLine(List<Token> tokens) {
        int line = tokens.get(0).provenance().line();
        for (Token t : tokens) if (t.provenance().line() != line) return 0;
        return line;
    }
}
