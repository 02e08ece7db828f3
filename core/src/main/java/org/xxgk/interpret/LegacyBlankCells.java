package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.interpret.LabelTable.LegacyColumn;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.source.Provenance;

/**
 * LEGACY rows of a text copy aligned by spaces (pdftotext -layout) that print one figure for the year's and the
 * cumulative column, the other cell blank ({@code 2.   网上申请数      条        4}): the count does not say which column
 * it is, its place does, against the places of the figures of the rows that print both, where those stand alike from
 * row to row. A copy whose places say nothing (plain or -raw pdftotext, a figure a line or one space apart) tells no
 * column.
 */
final class LegacyBlankCells {

    private LegacyBlankCells() {}

    /** Rows that print both figures it takes to know the columns' places. */
    private static final int MIN_PAIRS = 3;

    /** How far apart (characters) a column's figures may stand from row to row and still be one column's places. */
    private static final double SPREAD = 3.0;

    /** How much nearer (characters) a lone figure must stand to one column's place than to the other's. */
    private static final double MARGIN = 2.0;

    /** How many rows after the header are looked at: a LEGACY table holds a few dozen. */
    private static final int TABLE_ROWS = 80;

    /**
     * The column of each lone figure of rows from {@code first} that its place tells: where the rows that print both
     * figures place each column's within {@link #SPREAD}, and the lone one stands that near one of them and nearer it
     * than the other by {@link #MARGIN}.
     */
    static Map<Token, LegacyColumn> columns(List<Row> rows, int first, List<LegacyColumn> columns) {
        Map<Token, LegacyColumn> out = new IdentityHashMap<>();
        if (!columns.contains(LegacyColumn.VALUE) || !columns.contains(LegacyColumn.CUMULATIVE)) return out;
        int year = columns.indexOf(LegacyColumn.VALUE) < columns.indexOf(LegacyColumn.CUMULATIVE) ? 0 : 1;
        List<List<Token>> table = new ArrayList<>();
        for (int i = Math.max(first, 0); i < Math.min(rows.size(), first + TABLE_ROWS); i++) {
            table.add(figures(rows.get(i)));
        }
        List<Double> years = new ArrayList<>();
        List<Double> cumulatives = new ArrayList<>();
        for (List<Token> figures : table) {
            if (figures.size() != 2) continue;
            double[] middle = middles(figures);
            if (Double.isNaN(middle[0]) || Double.isNaN(middle[1])) continue;
            years.add(middle[year]);
            cumulatives.add(middle[1 - year]);
        }
        Optional<Double> yearPlace = place(years);
        Optional<Double> cumulativePlace = place(cumulatives);
        if (yearPlace.isEmpty() || cumulativePlace.isEmpty()) return out;
        for (List<Token> figures : table) {
            if (figures.size() != 1) continue;
            double m = middles(figures)[0];
            if (Double.isNaN(m)) continue;
            double toYear = Math.abs(m - yearPlace.get());
            double toCumulative = Math.abs(m - cumulativePlace.get());
            // under neither (a row's number printed apart on the line of its unit: 3 条): no column's
            if (Math.min(toYear, toCumulative) > SPREAD) continue;
            if (toCumulative + MARGIN <= toYear) out.put(figures.get(0), LegacyColumn.CUMULATIVE);
            else if (toYear + MARGIN <= toCumulative) out.put(figures.get(0), LegacyColumn.VALUE);
        }
        return out;
    }

    /** Where the middle of each figure stands on its line, in characters (NaN where unknown). */
    private static double[] middles(List<Token> figures) {
        return TextColumns.middles(figures, TextColumns.starts(figures, true));
    }

    /** A text row's figures; none for a grid row (its blank cells keep their places). */
    private static List<Token> figures(Row r) {
        if (r.grid()) return List.of();
        List<Token> out = new ArrayList<>();
        for (Token t : r.cells()) if (t.isValue()) out.add(t);
        return out;
    }

    /** The middle of {@code places} where they stand within {@link #SPREAD} of one another, from enough rows. */
    private static Optional<Double> place(List<Double> places) {
        if (places.size() < MIN_PAIRS) return Optional.empty();
        double[] sorted = places.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted[sorted.length - 1] - sorted[0] > SPREAD) return Optional.empty();
        return Optional.of(sorted[sorted.length / 2]);
    }

    /** A cell printed blank. */
    static Token blank(Provenance at) {
        return new Token("", Values.parse(""), at, false, Optional.empty(), -1);
    }
}
