package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.extract.Vocabulary;

/**
 * Joins the parts of a table continued over page breaks into one set of cells, each next part
 * placed under the previous one. Four things are repaired at each seam, as Word and LibreOffice
 * print them:
 * <ul>
 *   <li>a row split by the page break: when the continuation's first row has text only in label
 *       columns (no number anywhere, no label starting numbered) and is blank where the previous row has its numbers
 *       ({@code 7.属于行政执法} and its zeros, then {@code 案卷} alone), that text is appended to the cells
 *       above and the row dropped;
 *   <li>a row-spanning cell broken by the page break: a blank cell at the top of the continuation,
 *       under a non-blank cell of the same columns that spans several rows down to the seam, is
 *       the rest of that cell (but not where a header ends at the seam and the continuation starts
 *       with numbers: the blank is then a value left blank under a header cell spanning two rows);
 *   <li>a cell with no rule printed under it at the seam ({@link RawCell#openBelow()}: Chromium
 *       draws no border where it breaks a cell, and draws the border between two rows on the page
 *       above) goes on in the cell of the same columns below it, blank or not: a spanning label
 *       left blank on the next page, or a row broken with part of its label (and maybe its
 *       numbers) on each page;
 *   <li>a row broken after its numbering: the last row above the seam prints only {@code 2.} (its label's first line)
 *       and the continuation's first row the rest of the label and the row's numbers; they are one row.
 * </ul>
 */
final class TableJoiner {

    /** Edges this close (points) are one: the grid's tolerance before doubled rules widened it (GridBuilder.SNAP). */
    private static final double TOL = 2.0;

    private TableJoiner() {}

    /** Whether {@code next}, the first block of its page, continues {@code previous}, the last of the page before. */
    static boolean continues(TablePart previous, TablePart next) {
        if (next.page() != previous.page() + 1) return false;
        if (!next.ruled() || !previous.ruled()) return next.continuation() && !previous.ruled();
        if (Math.abs(previous.area().left() - next.area().left()) > 3 * TOL
                || Math.abs(previous.area().right() - next.area().right()) > 3 * TOL) {
            return false;
        }
        double[] a = GridBuilder.edges(previous.cells(), true);
        double[] b = GridBuilder.edges(next.cells(), true);
        return subset(a, b) || subset(b, a);
    }

    private static boolean subset(double[] small, double[] large) {
        for (double v : small) {
            if (Math.abs(large[GridBuilder.nearest(large, v)] - v) > TOL) return false;
        }
        return true;
    }

    /**
     * A defect injected by tests where pages are joined (InternalErrorTest: our own bugs must be
     * reported as internal errors, never blamed on the file). Never set outside tests.
     */
    static volatile Runnable faultForTests = () -> { };

    static List<RawCell> join(List<TablePart> chain, Vocabulary words) {
        faultForTests.run();
        List<RawCell> acc = new ArrayList<>(chain.get(0).cells());
        double seam = chain.get(0).area().bottom();
        for (int k = 1; k < chain.size(); k++) {
            TablePart next = chain.get(k);
            double shift = seam - next.area().top();
            List<RawCell> cells = new ArrayList<>(next.cells().size());
            for (RawCell c : next.cells()) cells.add(c.shifted(shift));
            mergeSplitRow(acc, cells, seam, words);
            continueSpans(acc, cells, seam, words);
            acc.addAll(cells);
            double bottom = seam;
            for (RawCell c : cells) bottom = Math.max(bottom, c.bottom());
            seam = bottom;
        }
        return acc;
    }

    private static void mergeSplitRow(List<RawCell> acc, List<RawCell> next, double seam, Vocabulary words) {
        double firstEdge = Double.MAX_VALUE;
        for (RawCell c : next) {
            if (c.top() > seam + TOL) firstEdge = Math.min(firstEdge, c.top());
            if (c.bottom() > seam + TOL) firstEdge = Math.min(firstEdge, c.bottom());
        }
        if (firstEdge == Double.MAX_VALUE) return;
        if (numberingAbove(acc, next, seam, words)) {
            liftFirstRow(acc, next, seam, firstEdge);
            return;
        }
        List<RawCell> values = lastRowValues(acc, seam, words);
        if (values.isEmpty()) return;
        boolean text = false;
        for (RawCell c : next) {
            if (!near(c.top(), seam)) continue;
            boolean single = near(c.bottom(), firstEdge);
            // a row's numbers stand in its first part: a continuation row printing one is a row of its own, and so
            // is one whose label starts numbered (a heading row at the top of a page)
            if (!c.isBlank() && (!single || words.isValue(c.text()) || words.startsNumbered(c.text()))) return;
            if (!c.isBlank()) text = true;
            for (RawCell v : values) {
                if (overlaps(c, v) && (!c.isBlank() || !single)) return;
            }
        }
        if (text) liftFirstRow(acc, next, seam, firstEdge);
    }

    /**
     * Whether the last row above the seam prints nothing but a numbering in its first column ({@code 2.}, its label's
     * first line) and the continuation's first row, under it, the rest of that label, not numbered itself: one row
     * broken by the page.
     */
    private static boolean numberingAbove(List<RawCell> acc, List<RawCell> next, double seam, Vocabulary words) {
        double top = lastRowTop(acc, seam);
        RawCell numbering = null;
        double left = Double.MAX_VALUE;
        for (RawCell c : acc) {
            if (!near(c.bottom(), seam) || c.top() < top - TOL) continue;
            left = Math.min(left, c.left());
            if (c.isBlank()) continue;
            if (numbering != null || !words.isNumberingOnly(c.text())) return false;
            numbering = c;
        }
        // in the row's first column: elsewhere 2. is a value
        if (numbering == null || numbering.left() > left + TOL) return false;
        boolean rest = false;
        for (RawCell c : next) {
            if (!near(c.top(), seam) || c.isBlank()) continue;
            // each of the row's cells has one above it to go into
            if (cellAbove(acc, c, seam) < 0) return false;
            if (overlaps(c, numbering)) rest = !words.startsNumbered(c.text()) && !words.isValue(c.text());
        }
        return rest;
    }

    /** Moves the continuation's first row into the last row above the seam, cell by cell, and drops it. */
    private static void liftFirstRow(List<RawCell> acc, List<RawCell> next, double seam, double firstEdge) {
        double lift = firstEdge - seam;
        List<RawCell> kept = new ArrayList<>(next.size());
        for (RawCell c : next) {
            if (near(c.top(), seam) && near(c.bottom(), firstEdge)) {
                appendAbove(acc, c, seam);
                continue;
            }
            RawCell moved = near(c.top(), seam) ? c.withTop(firstEdge) : c;
            kept.add(moved.shifted(-lift));
        }
        next.clear();
        next.addAll(kept);
    }

    /**
     * Appends the text of {@code below}, the end of a split row, to the cell above it; that cell now ends where {@code
     * below} ends.
     */
    private static void appendAbove(List<RawCell> acc, RawCell below, double seam) {
        int i = cellAbove(acc, below, seam);
        if (i < 0) return;
        RawCell c = acc.get(i);
        String text = below.isBlank() ? c.text() : Lines.joinLines(List.of(c.text(), below.text()));
        acc.set(i, c.withText(text).withOpenBelow(below.openBelow()));
    }

    /** The index of the cell ending at the seam right above {@code below}'s centre; -1 where there is none. */
    private static int cellAbove(List<RawCell> acc, RawCell below, double seam) {
        for (int i = 0; i < acc.size(); i++) {
            RawCell c = acc.get(i);
            if (near(c.bottom(), seam) && below.centerX() >= c.left() && below.centerX() <= c.right()) return i;
        }
        return -1;
    }

    private static void continueSpans(List<RawCell> acc, List<RawCell> next, double seam, Vocabulary words) {
        double lastRowTop = lastRowTop(acc, seam);
        // a header ending at the seam over a first row of numbers: a blank there is a value left blank, not the rest
        // of the header cell above it
        boolean headerAbove = lastRowValues(acc, seam, words).isEmpty();
        boolean valuesBelow = false;
        for (RawCell c : next) if (near(c.top(), seam) && words.isValue(c.text())) valuesBelow = true;
        boolean blanksAreValues = headerAbove && valuesBelow;
        for (int j = next.size() - 1; j >= 0; j--) {
            RawCell below = next.get(j);
            if (!near(below.top(), seam)) continue;
            for (int i = 0; i < acc.size(); i++) {
                RawCell above = acc.get(i);
                if (!near(above.bottom(), seam)
                        || !near(above.left(), below.left())
                        || !near(above.right(), below.right())) continue;
                if (above.openBelow()) {
                    acc.set(i, above.through(below).withText(Lines.joinLines(List.of(above.text(), below.text()))));
                    next.remove(j);
                } else if (below.isBlank() && !above.isBlank() && above.top() < lastRowTop - TOL && !blanksAreValues) {
                    acc.set(i, above.through(below));
                    next.remove(j);
                }
                break;
            }
        }
    }

    /** The top of the last row above the seam: the lowest top of a cell that starts above it. */
    private static double lastRowTop(List<RawCell> acc, double seam) {
        double top = -Double.MAX_VALUE;
        for (RawCell c : acc) {
            if (c.top() < seam - TOL) top = Math.max(top, c.top());
        }
        return top;
    }

    /** The cells of the last row above the seam that print a value. */
    private static List<RawCell> lastRowValues(List<RawCell> acc, double seam, Vocabulary words) {
        double top = lastRowTop(acc, seam);
        List<RawCell> values = new ArrayList<>();
        for (RawCell c : acc) {
            if (near(c.bottom(), seam) && c.top() >= top - TOL && words.isValue(c.text())) values.add(c);
        }
        return values;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOL;
    }

    private static boolean overlaps(RawCell a, RawCell b) {
        return Math.min(a.right(), b.right()) - Math.max(a.left(), b.left()) > TOL;
    }
}
