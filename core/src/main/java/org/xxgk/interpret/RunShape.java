package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * The width and sums of the form's rows that sum within themselves (section 三's: 总计 is the sum of the applicant
 * columns), and how a run of values splits into such rows. A copy that lost the labels of some rows (one cell a line,
 * labels moved after the values) prints their values on the row above, one row after the other; where a label cell
 * spans several rows (不予公开's eight), pdftotext may give their values column by column instead. A run is read as
 * rows only where it splits one way: into blocks of one row, or of several rows read column by column, every row
 * keeping the sum.
 */
record RunShape(int width, List<FormProfile.Sum> sums) {

    /** Longer runs are not split: a section 三 holds 26 rows at most. */
    private static final int MAX_ROWS = 40;

    static RunShape of(List<FormProfile.Row> form) {
        for (FormProfile.Row f : form) if (!f.sums().isEmpty()) return new RunShape(f.width(), f.sums());
        return new RunShape(0, List.of());
    }

    /** The row as the rows its values run over: itself alone unless they split into two or more. */
    List<Row> split(Row r) {
        if (width == 0) return List.of(r);
        List<Token> c = RowReadings.trimmed(r.cells(), width);
        if (c.size() < 2 * width) return List.of(r);
        Optional<List<List<Token>>> rows = rows(c);
        if (rows.isEmpty() || rows.get().size() < 2) return List.of(r);
        List<Row> out = new ArrayList<>();
        for (int p = 0; p < rows.get().size(); p++) {
            out.add(new Row(p == 0 ? r.labels() : List.of(), rows.get().get(p), r.block(), r.grid()));
        }
        return out;
    }

    /** Whether the parts of a split row hold its values in print order (no block was read column by column). */
    boolean asPrinted(List<Row> parts, Row whole) {
        if (parts.size() < 2) return true;
        List<Token> printed = RowReadings.trimmed(whole.cells(), width);
        int k = 0;
        for (Row p : parts) for (Token t : p.cells()) if (printed.get(k++) != t) return false;
        return true;
    }

    /**
     * {@code values} as form rows, where they split one way only (blocks of one row, or of several read column by
     * column, every row keeping the sums; two ways that give the same numbers are one): numbers and stand-ins only, a
     * multiple of the width.
     */
    Optional<List<List<Token>>> rows(List<Token> values) {
        return rows(values, true);
    }

    /** {@code values} as form rows one after the other, every row keeping the sums. */
    Optional<List<List<Token>>> rowsInOrder(List<Token> values) {
        return rows(values, false);
    }

    /** Each printed row's values in the form's order (a block printed column by column turned), as one list. */
    List<Token> inFormOrder(List<Token> values) {
        Optional<List<List<Token>>> rows = rows(values);
        if (rows.isEmpty()) return values;
        List<Token> out = new ArrayList<>(values.size());
        for (List<Token> r : rows.get()) out.addAll(r);
        return out;
    }

    private Optional<List<List<Token>>> rows(List<Token> values, boolean columns) {
        int n = values.size();
        if (width == 0 || n == 0 || n % width != 0 || n / width > MAX_ROWS || !RowReadings.figuresOnly(values)) {
            return Optional.empty();
        }
        int count = n / width;
        if (!columns) return inOrder(values, count);
        // each value's number once (a stand-in for none counts as 0, as in RowReadings.numbers); a row is the
        // places of its values: the blocks tried and the ways compared over a long run ask them many times
        BigDecimal[] numbers = new BigDecimal[n];
        for (int i = 0; i < n; i++) numbers[i] = values.get(i).value().number().orElse(BigDecimal.ZERO);
        // ways[k]: the rows read from the first k rows' worth of values, one way (null: none; AMBIGUOUS: several)
        List<List<int[]>> ways = new ArrayList<>();
        ways.add(List.of());
        for (int k = 1; k <= count; k++) {
            List<int[]> way = null;
            boolean ambiguous = false;
            for (int size = 1; size <= k && !ambiguous; size++) {
                List<int[]> before = ways.get(k - size);
                if (before == null) continue;
                if (before == AMBIGUOUS) {
                    ambiguous = true;
                    continue;
                }
                List<int[]> block = block(numbers, (k - size) * width, size);
                if (block.isEmpty()) continue;
                List<int[]> candidate = new ArrayList<>(before);
                candidate.addAll(block);
                if (way == null) way = candidate;
                else if (!sameNumbers(numbers, way, candidate)) ambiguous = true;
            }
            ways.add(ambiguous ? AMBIGUOUS : way);
        }
        List<int[]> all = ways.get(count);
        if (all == null || all == AMBIGUOUS) return Optional.empty();
        List<List<Token>> rows = new ArrayList<>(all.size());
        for (int[] places : all) {
            List<Token> row = new ArrayList<>(width);
            for (int place : places) row.add(values.get(place));
            rows.add(row);
        }
        return Optional.of(rows);
    }

    private static final List<int[]> AMBIGUOUS = List.of(new int[0]);

    /** The values as {@code count} rows one after the other, where every row keeps the sums (one way only). */
    private Optional<List<List<Token>>> inOrder(List<Token> values, int count) {
        List<List<Token>> rows = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            List<Token> row = values.subList(r * width, (r + 1) * width);
            if (!RowReadings.keepsSums(row, sums)) return Optional.empty();
            rows.add(new ArrayList<>(row));
        }
        return Optional.of(rows);
    }

    /**
     * A block of {@code size} rows from value {@code start} on: one row as printed, or several read column by column;
     * every row sums. Its rows as the places of their values; none where a row does not sum.
     */
    private List<int[]> block(BigDecimal[] numbers, int start, int size) {
        List<int[]> rows = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            int[] row = new int[width];
            for (int c = 0; c < width; c++) row[c] = start + (size == 1 ? c : c * size + r);
            for (FormProfile.Sum s : sums) if (!s.holds(numbers, row)) return List.of();
            rows.add(row);
        }
        return rows;
    }

    /** Whether two readings put the same numbers in every row, row by row. */
    private static boolean sameNumbers(BigDecimal[] numbers, List<int[]> a, List<int[]> b) {
        for (int r = 0; r < a.size(); r++) {
            int[] x = a.get(r);
            int[] y = b.get(r);
            for (int c = 0; c < x.length; c++) if (numbers[x[c]].compareTo(numbers[y[c]]) != 0) return false;
        }
        return true;
    }
}
