package org.xxgk.extract.pdf;

import java.util.List;

/**
 * The part of a table found on one page.
 *
 * @param page         1-based page
 * @param area         the table's box on the page
 * @param cells        its cells as drawn
 * @param ruled        lattice (ruled) or stream (unruled)
 * @param continuation an unruled part known to continue the previous page's unruled table
 */
record TablePart(int page, Area area, List<RawCell> cells, boolean ruled, boolean continuation) {

    /** Edges this close (points) are one, as where parts are joined (TableJoiner). */
    private static final double TOL = 2.0;

    TablePart {
        cells = List.copyOf(cells);
    }

    /**
     * Whether every cell spans the part's whole width: a box around text (a web page's layout cell holding its title,
     * or the whole article), no table of figures, whose lines are prose.
     */
    boolean singleColumn() {
        for (RawCell c : cells) {
            if (Math.abs(c.left() - area.left()) > TOL || Math.abs(c.right() - area.right()) > TOL) return false;
        }
        return !cells.isEmpty();
    }
}
