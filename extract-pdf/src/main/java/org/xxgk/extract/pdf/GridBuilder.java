package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.xxgk.extract.Cell;
import org.xxgk.extract.TableGrid;
import org.xxgk.source.Provenance;

/**
 * Rebuilds a table's grid from the geometry of its cells. Tabula does not report merged cells
 * (after a rowspan the next row's cells shift left), so the grid lines are the distinct x and y
 * edges of all cells, snapped together within {@link #SNAP} points, and each cell spans the grid
 * lines it covers. Span copies are filled with {@link Cell#asCopy()}.
 */
final class GridBuilder {

    /** Edges closer than this (points) are one grid line. */
    static final double SNAP = 4.0;

    private GridBuilder() {}

    static TableGrid build(int index, List<RawCell> cells) {
        double[] xs = edges(cells, true);
        double[] ys = edges(cells, false);
        int rows = Math.max(0, ys.length - 1);
        int cols = Math.max(0, xs.length - 1);
        Cell[][] grid = new Cell[rows][cols];
        int[] rowPage = new int[rows];
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(RawCell::top).thenComparingDouble(RawCell::left));
        for (RawCell rc : sorted) {
            int r0 = nearest(ys, rc.top());
            int r1 = nearest(ys, rc.bottom());
            int c0 = nearest(xs, rc.left());
            int c1 = nearest(xs, rc.right());
            if (r1 <= r0 || c1 <= c0) continue; // a sliver between double rules
            Cell origin =
                    new Cell(rc.text(), r1 - r0, c1 - c0, true, Provenance.cell(rc.page(), index, r0 + 1, c0 + 1));
            for (int r = r0; r < r1; r++) {
                if (rowPage[r] == 0) rowPage[r] = rc.page();
                for (int c = c0; c < c1; c++) {
                    if (grid[r][c] == null) grid[r][c] = r == r0 && c == c0 ? origin : origin.asCopy();
                }
            }
        }
        List<List<Cell>> out = new ArrayList<>(rows);
        int firstPage = rows > 0 ? rowPage[0] : 0;
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(
                        grid[r][c] != null
                                ? grid[r][c]
                                : Cell.of("", Provenance.cell(rowPage[r], index, r + 1, c + 1)));
            }
            out.add(row);
        }
        return new TableGrid(index, out, new Provenance(firstPage, index, 0, 0, 0));
    }

    /** The distinct x (or y) edges of the cells, snapped, ascending. */
    static double[] edges(List<RawCell> cells, boolean x) {
        double[] all = new double[cells.size() * 2];
        int n = 0;
        for (RawCell c : cells) {
            all[n++] = x ? c.left() : c.top();
            all[n++] = x ? c.right() : c.bottom();
        }
        Arrays.sort(all);
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            double sum = 0;
            while (j < n && all[j] - all[j == i ? i : j - 1] <= SNAP) {
                sum += all[j];
                j++;
            }
            out.add(sum / (j - i));
            i = j;
        }
        double[] result = new double[out.size()];
        for (int k = 0; k < result.length; k++) result[k] = out.get(k);
        return result;
    }

    static int nearest(double[] edges, double v) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - v) < Math.abs(edges[best] - v)) best = i;
        }
        return best;
    }
}
