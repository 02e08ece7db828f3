package org.xxgk.extract.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables with Tabula's lattice algorithm: cells from the ruling lines, tables from touching
 * cells. Before that, the open ends of a table broken by a page break are closed
 * ({@link #closeOpenEnds}); after it, boxes around whole tables are dropped ({@link #withoutFrames}).
 * Tabula's own cell text is not used: it takes only the glyphs whose (too tall) boxes lie wholly
 * inside a cell, which loses the first line of many cells. Each glyph goes instead to the cell
 * holding its reference point.
 */
final class RuledTables {

    /** Rule ends closer than this (points) are at one height. */
    private static final double END_TOL = 1.0;
    /** Vertical rules of one table ending together: two columns at least. */
    private static final int MIN_VERTICALS = 3;
    /** Slack (points) when testing whether one cell lies inside another. */
    private static final double FRAME_TOL = 0.5;
    /** Pieces of one rule this close (points) are joined: twice the reach Tabula gives a rule's ends, and some. */
    private static final double JOIN_GAP = 5.0;

    private RuledTables() {}

    static List<TablePart> find(Page page, List<Glyph> glyphs) {
        List<Ruling> verticals = page.getVerticalRulings();
        Closing closing = closeOpenEnds(joined(page.getHorizontalRulings()), verticals);
        List<Cell> cells = withoutFrames(SpreadsheetExtractionAlgorithm.findCells(closing.horizontals(), verticals));
        if (cells.size() < 2) return List.of();
        List<Rectangle> areas = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells);
        List<TablePart> parts = new ArrayList<>();
        for (Rectangle area : areas) {
            List<Cell> inArea = new ArrayList<>();
            for (Cell c : cells) {
                if (c.intersects(area) && c.getWidth() > 0.5 && c.getHeight() > 0.5) inArea.add(c);
            }
            if (inArea.size() < 2) continue; // a framed paragraph, not a table
            parts.add(part(page.getPageNumber(), inArea, glyphs, closing));
        }
        parts.sort(Comparator.comparingDouble((TablePart p) -> p.area().top())
                .thenComparingDouble(p -> p.area().left()));
        return parts;
    }

    /**
     * The horizontal rules with the pieces of one line joined: at one height, apart by less than Tabula's reach. A
     * rule broken where two vertical rules run close (Chromium's borders of separate cells, {@code border="1"}) comes
     * as pieces a few points apart; Tabula's sweep keys the rules it crosses by height alone, so one piece starting
     * before the last one ends replaces it, and both are lost with it: the row boundary vanishes and the cells above
     * and below become one.
     */
    static List<Ruling> joined(List<Ruling> horizontals) {
        List<Ruling> sorted = new ArrayList<>(horizontals);
        sorted.sort(Comparator.comparingDouble(Ruling::getTop).thenComparingDouble(Ruling::getLeft));
        List<Ruling> out = new ArrayList<>(sorted.size());
        Ruling open = null;
        for (Ruling h : sorted) {
            if (open != null && Math.abs(h.getTop() - open.getTop()) <= END_TOL
                    && h.getLeft() - open.getRight() <= JOIN_GAP) {
                double right = Math.max(open.getRight(), h.getRight());
                open = new Ruling(new Point2D.Double(open.getLeft(), open.getTop()),
                        new Point2D.Double(right, open.getTop()));
                continue;
            }
            if (open != null) out.add(open);
            open = h;
        }
        if (open != null) out.add(open);
        return out;
    }

    /**
     * The cells that hold no other cell. Table cells tile their table; a "cell" with a whole cell
     * inside is a frame around content: the edges of a page or panel background (Chromium paints
     * the page's background as one filled box, whose edges Tabula reads as rules), or a layout box
     * drawn around a table. Kept, it would swallow the table and the prose around it.
     */
    static List<Cell> withoutFrames(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            boolean frame = false;
            for (Cell inner : cells) {
                if (inner == c) continue;
                boolean inside = inner.getLeft() >= c.getLeft() - FRAME_TOL
                        && inner.getRight() <= c.getRight() + FRAME_TOL
                        && inner.getTop() >= c.getTop() - FRAME_TOL
                        && inner.getBottom() <= c.getBottom() + FRAME_TOL;
                boolean smaller =
                        inner.getWidth() < c.getWidth() - FRAME_TOL || inner.getHeight() < c.getHeight() - FRAME_TOL;
                if (inside && smaller) {
                    frame = true;
                    break;
                }
            }
            if (!frame) out.add(c);
        }
        return out;
    }

    /**
     * A table broken by a page break may lack the rule along the break. With collapsed borders
     * (Chromium) the rule between two rows is drawn once, under the row above: the page that ends
     * with that row has it, the page that goes on with the next row has no top rule; and a cell
     * spanning rows over the break has no bottom rule on the first page. Without those rules the
     * first row of the continuation and the spanning cells find no cell and their text is lost.
     * So where three or more of a table's vertical rules (tied together by its horizontal rules)
     * end at the same height, a horizontal rule is drawn across them there, merged with any
     * horizontal rule already at that height.
     */
    static Closing closeOpenEnds(List<Ruling> horizontals, List<Ruling> verticals) {
        List<Ruling> out = new ArrayList<>(horizontals);
        List<double[]> unruledBottoms = new ArrayList<>();
        for (boolean top : new boolean[] {true, false}) {
            List<Ruling> sorted = new ArrayList<>(verticals);
            sorted.sort(Comparator.comparingDouble(v -> top ? v.getTop() : v.getBottom()));
            int i = 0;
            while (i < sorted.size()) {
                double y = top ? sorted.get(i).getTop() : sorted.get(i).getBottom();
                int j = i;
                while (j < sorted.size()
                        && Math.abs((top
                                                ? sorted.get(j).getTop()
                                                : sorted.get(j).getBottom())
                                        - y)
                                <= END_TOL) j++;
                if (j - i >= MIN_VERTICALS) {
                    for (double[] span : tiedSpans(sorted.subList(i, j), horizontals)) {
                        if (!top) unruledBottoms.addAll(unruled(horizontals, y, span[0], span[1]));
                        out = drawAcross(out, y, span[0], span[1]);
                    }
                }
                i = j;
            }
        }
        return new Closing(out, unruledBottoms);
    }

    /**
     * The horizontal rules with a table's open ends closed, and where a closing rule was drawn along
     * the bottom of a table with no rule printed ({@code {y, left, right}}): a cell standing on such
     * a stretch goes on below (on the next page).
     */
    record Closing(List<Ruling> horizontals, List<double[]> unruledBottoms) {

        boolean openBelow(Cell c) {
            for (double[] u : unruledBottoms) {
                if (Math.abs(u[0] - c.getBottom()) <= END_TOL
                        && u[1] <= c.getLeft() + END_TOL
                        && u[2] >= c.getRight() - END_TOL) return true;
            }
            return false;
        }
    }

    /** The stretches of {@code [left, right]} at height {@code y} that no horizontal rule covers. */
    private static List<double[]> unruled(List<Ruling> horizontals, double y, double left, double right) {
        List<double[]> covered = new ArrayList<>();
        for (Ruling h : horizontals) {
            if (Math.abs(h.getTop() - y) <= END_TOL && h.getRight() > left && h.getLeft() < right)
                covered.add(new double[] {h.getLeft(), h.getRight()});
        }
        covered.sort(Comparator.comparingDouble(c -> c[0]));
        List<double[]> out = new ArrayList<>();
        double from = left;
        for (double[] c : covered) {
            if (c[0] - from > END_TOL) out.add(new double[] {y, from, c[0]});
            from = Math.max(from, c[1]);
        }
        if (right - from > END_TOL) out.add(new double[] {y, from, right});
        return out;
    }

    /**
     * Vertical rules ending at one height, grouped by the horizontal rules that tie them: the x extent of each group of
     * three or more.
     */
    private static List<double[]> tiedSpans(List<Ruling> ends, List<Ruling> horizontals) {
        int n = ends.size();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) parent[k] = k;
        for (Ruling h : horizontals) {
            int first = -1;
            for (int k = 0; k < n; k++) {
                Ruling v = ends.get(k);
                boolean touches = v.getLeft() >= h.getLeft() - END_TOL && v.getLeft() <= h.getRight() + END_TOL
                        && h.getTop() >= v.getTop() - END_TOL && h.getTop() <= v.getBottom() + END_TOL;
                if (!touches) continue;
                if (first < 0) {
                    first = root(parent, k);
                } else {
                    parent[root(parent, k)] = first;
                }
            }
        }
        Map<Integer, double[]> spans = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int r = root(parent, k);
            double x = ends.get(k).getLeft();
            spans.merge(r, new double[] {x, x}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            sizes.merge(r, 1, Integer::sum);
        }
        List<double[]> out = new ArrayList<>();
        spans.forEach((r, span) -> {
            if (sizes.get(r) >= MIN_VERTICALS) out.add(span);
        });
        return out;
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) k = parent[k] = parent[parent[k]];
        return k;
    }

    /**
     * {@code horizontals} with a rule at {@code y} from {@code left} to {@code right}, merged with the
     * rules already at that height that it overlaps (Tabula ties a cell's corners to one rule each,
     * so two rules at one height would break the cells along it).
     */
    private static List<Ruling> drawAcross(List<Ruling> horizontals, double y, double left, double right) {
        List<Ruling> out = new ArrayList<>(horizontals.size() + 1);
        double at = y;
        for (Ruling h : horizontals) {
            boolean merges = Math.abs(h.getTop() - y) <= END_TOL
                    && h.getLeft() <= right + END_TOL
                    && h.getRight() >= left - END_TOL;
            if (!merges) {
                out.add(h);
                continue;
            }
            if (h.getLeft() <= left && h.getRight() >= right) return horizontals; // already closed
            left = Math.min(left, h.getLeft());
            right = Math.max(right, h.getRight());
            at = h.getTop();
        }
        out.add(new Ruling(new Point2D.Double(left, at), new Point2D.Double(right, at)));
        return out;
    }

    private static TablePart part(int pageNumber, List<Cell> cells, List<Glyph> glyphs, Closing closing) {
        double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (Cell c : cells) {
            left = Math.min(left, c.getLeft());
            top = Math.min(top, c.getTop());
            right = Math.max(right, c.getRight());
            bottom = Math.max(bottom, c.getBottom());
        }
        Area area = new Area(left, top, right, bottom);
        List<List<Glyph>> byCell = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) byCell.add(new ArrayList<>());
        for (Glyph g : glyphs) {
            if (!area.contains(g)) continue;
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (g.centerX() >= c.getLeft()
                        && g.centerX() <= c.getRight()
                        && g.centerY() >= c.getTop()
                        && g.centerY() <= c.getBottom()) {
                    byCell.get(i).add(g);
                    break;
                }
            }
        }
        List<RawCell> raw = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            raw.add(new RawCell(
                    c.getLeft(),
                    c.getTop(),
                    c.getRight(),
                    c.getBottom(),
                    Lines.text(byCell.get(i)),
                    pageNumber,
                    closing.openBelow(c)));
        }
        return new TablePart(pageNumber, area, raw, true, false);
    }
}
