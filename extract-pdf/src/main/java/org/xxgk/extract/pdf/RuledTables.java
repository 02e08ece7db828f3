package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables with Tabula's lattice algorithm: cells from the ruling lines, tables from touching
 * cells. Tabula's own cell text is not used: it takes only the glyphs whose (too tall) boxes lie
 * wholly inside a cell, which loses the first line of many cells. Each glyph goes instead to the
 * cell holding its reference point.
 */
final class RuledTables {

    private RuledTables() {}

    static List<TablePart> find(Page page, List<Glyph> glyphs) {
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(page.getHorizontalRulings(), page.getVerticalRulings());
        if (cells.size() < 2) return List.of();
        List<Rectangle> areas = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells);
        List<TablePart> parts = new ArrayList<>();
        for (Rectangle area : areas) {
            List<Cell> inArea = new ArrayList<>();
            for (Cell c : cells) {
                if (c.intersects(area) && c.getWidth() > 0.5 && c.getHeight() > 0.5) inArea.add(c);
            }
            if (inArea.size() < 2) continue; // a framed paragraph, not a table
            parts.add(part(page.getPageNumber(), inArea, glyphs));
        }
        parts.sort(Comparator.comparingDouble((TablePart p) -> p.area().top()).thenComparingDouble(p -> p.area().left()));
        return parts;
    }

    private static TablePart part(int pageNumber, List<Cell> cells, List<Glyph> glyphs) {
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
                if (g.centerX() >= c.getLeft() && g.centerX() <= c.getRight() && g.centerY() >= c.getTop() && g.centerY() <= c.getBottom()) {
                    byCell.get(i).add(g);
                    break;
                }
            }
        }
        List<RawCell> raw = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            raw.add(new RawCell(c.getLeft(), c.getTop(), c.getRight(), c.getBottom(), Lines.text(byCell.get(i)), pageNumber));
        }
        return new TablePart(pageNumber, area, raw, true, false);
    }
}
