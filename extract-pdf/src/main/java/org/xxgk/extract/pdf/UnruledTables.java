package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.extract.Vocabulary;
import org.xxgk.internal.Text;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.BasicExtractionAlgorithm;

/**
 * Unruled tables (the legacy {@code 统计指标 | 单位 | 统计数} form): Tabula's stream algorithm, but
 * only within a detected area, since on a whole page it merges the title and the prose into the
 * columns. The area starts at a header row that the vocabulary says opens an unruled table and runs down while
 * the lines keep the table's line pitch and do not cross its column gutters; the gutters are the
 * x ranges no glyph of the body covers. A table that runs to the bottom of its page continues at
 * the top of the next one with the same columns, header repeated or not.
 */
final class UnruledTables {

    /** The columns of an unruled table, carried to the next page. */
    record Layout(double[] boundaries, double pitch) {
        Layout {
            boundaries = boundaries.clone();
        }
    }

    /**
     * @param parts    the tables found on the page, top to bottom
     * @param consumed the lines inside them
     * @param open     the layout of a table that runs to the bottom of the page
     */
    record Result(List<TablePart> parts, List<TextLine> consumed, Optional<Layout> open) {}

    /** Narrowest gutter, in font sizes. */
    private static final double MIN_GUTTER = 0.3;
    /**
     * Narrowest gutter, in font sizes, before a column of figures: a unit column's {@code ——} printed up to the values
     * of a table whose cells have no padding (WeasyPrint) leaves a sixth of an em.
     */
    private static final double MIN_FIGURES_GUTTER = 0.1;

    private UnruledTables() {}

    /**
     * @param lines   the page's lines outside ruled tables, top to bottom, page numbers removed
     * @param carried the layout of a table that ran to the bottom of the previous page
     */
    static Result find(Page page, List<TextLine> lines, Optional<Layout> carried, Vocabulary words) {
        List<TablePart> parts = new ArrayList<>();
        List<TextLine> consumed = new ArrayList<>();
        Optional<Layout> open = Optional.empty();
        int start = 0;
        if (carried.isPresent() && !lines.isEmpty()) {
            Layout layout = carried.get();
            int end = extent(lines, 0, layout);
            if (end > 0 && hasValueColumn(lines.get(0), layout)) {
                List<TextLine> block = lines.subList(0, end);
                parts.add(part(page, block, layout, true));
                consumed.addAll(block);
                start = end;
                if (end == lines.size()) open = carried;
            }
        }
        for (int i = start; i < lines.size(); i++) {
            if (!words.opensUnruledTable(Text.compact(lines.get(i).text()))) continue;
            int end = candidateEnd(lines, i);
            Optional<double[]> gutters = gutters(lines.subList(i + 1, end));
            if (gutters.isEmpty()) continue;
            Layout layout = new Layout(gutters.get(), pitch(lines, i, end));
            int last = extent(lines, i + 1, layout);
            if (last <= i + 1) continue;
            List<TextLine> block = lines.subList(i, last);
            parts.add(part(page, block, layout, false));
            consumed.addAll(block);
            if (last == lines.size()) open = Optional.of(layout);
            i = last - 1;
        }
        return new Result(parts, consumed, open);
    }

    /** End (exclusive) of the lines after the header that keep a table's line pitch. */
    private static int candidateEnd(List<TextLine> lines, int header) {
        double pitch = pitch(lines, header, Math.min(lines.size(), header + 12));
        int end = header + 1;
        while (end < lines.size() && lines.get(end).baseline() - lines.get(end - 1).baseline() <= 1.5 * pitch) end++;
        return end;
    }

    /** The median distance between consecutive baselines. */
    private static double pitch(List<TextLine> lines, int from, int to) {
        List<Double> diffs = new ArrayList<>();
        for (int i = from + 1; i < to; i++) diffs.add(lines.get(i).baseline() - lines.get(i - 1).baseline());
        if (diffs.isEmpty()) return 2 * lines.get(from).size();
        diffs.sort(Comparator.naturalOrder());
        return diffs.get(diffs.size() / 2);
    }

    /** End (exclusive) of the lines from {@code from} on that fit the layout. */
    private static int extent(List<TextLine> lines, int from, Layout layout) {
        int end = from;
        while (end < lines.size()) {
            TextLine line = lines.get(end);
            if (end > from && line.baseline() - lines.get(end - 1).baseline() > 1.5 * layout.pitch()) break;
            boolean crosses = false;
            for (double b : layout.boundaries()) crosses |= line.crosses(b);
            if (crosses) break;
            end++;
        }
        return end;
    }

    private static boolean hasValueColumn(TextLine line, Layout layout) {
        double first = layout.boundaries()[0];
        for (Glyph g : line.glyphs()) {
            if (!g.isSpace() && g.left() > first) return true;
        }
        return false;
    }

    /**
     * Midpoints of the x ranges that no visible glyph of the lines covers. CJK glyph boxes touch
     * (advance = width), so even a narrow range left free by every line is a column gutter: a long
     * label can come within half a character of the unit column.
     */
    private static Optional<double[]> gutters(List<TextLine> lines) {
        List<double[]> spans = new ArrayList<>();
        double size = 0;
        for (TextLine line : lines) {
            size = Math.max(size, line.size());
            for (Glyph g : line.glyphs()) {
                if (!g.isSpace()) spans.add(new double[] {g.left(), g.right()});
            }
        }
        if (spans.size() < 4) return Optional.empty();
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<Double> gaps = new ArrayList<>();
        double reach = spans.get(0)[1];
        for (double[] s : spans) {
            double gap = s[0] - reach;
            double middle = (reach + s[0]) / 2;
            if (gap >= MIN_GUTTER * size || gap >= MIN_FIGURES_GUTTER * size && figuresStart(lines, middle)) {
                gaps.add(middle);
            }
            reach = Math.max(reach, s[1]);
        }
        if (gaps.isEmpty()) return Optional.empty();
        double[] out = new double[gaps.size()];
        for (int i = 0; i < out.length; i++) out[i] = gaps.get(i);
        return Optional.of(out);
    }

    /** Whether each line that prints anything right of {@code x} starts there with a digit, two lines at least. */
    private static boolean figuresStart(List<TextLine> lines, double x) {
        int figures = 0;
        for (TextLine line : lines) {
            for (Glyph g : line.glyphs()) {
                if (g.isSpace() || g.left() < x) continue;
                if (!Lines.isDigit(g.text().charAt(0))) return false;
                figures++;
                break;
            }
        }
        return figures >= 2;
    }

    private static TablePart part(Page page, List<TextLine> block, Layout layout, boolean continuation) {
        Map<TextElement, Glyph> glyphs = new IdentityHashMap<>();
        double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (TextLine line : block) {
            for (Glyph g : line.glyphs()) {
                glyphs.put(g.element(), g);
                TextElement te = g.element();
                left = Math.min(left, te.getLeft());
                top = Math.min(top, te.getTop());
                right = Math.max(right, te.getRight());
                bottom = Math.max(bottom, te.getBottom());
            }
        }
        Rectangle box = new Rectangle(
                (float) top - 0.5f, (float) left - 0.5f, (float) (right - left) + 1f, (float) (bottom - top) + 1f);
        List<Float> columns = new ArrayList<>();
        for (double b : layout.boundaries()) columns.add((float) b);
        Table table = new BasicExtractionAlgorithm().extract(page.getArea(box), columns).get(0);

        int width = layout.boundaries().length + 1;
        List<List<List<Glyph>>> rows = new ArrayList<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            List<List<Glyph>> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) row.add(new ArrayList<>());
            for (int c = 0; c < table.getColCount(); c++) {
                RectangularTextContainer<?> cell = table.getCell(r, c);
                for (Object o : cell.getTextElements()) {
                    Glyph g = o instanceof TextElement te ? glyphs.get(te) : null;
                    if (g != null) row.get(Math.min(c, width - 1)).add(g);
                }
            }
            if (row.stream().anyMatch(cell -> cell.stream().anyMatch(g -> !g.isSpace()))) rows.add(row);
        }
        rows = mergeWrappedLabels(rows, layout);

        double[] xs = new double[width + 1];
        xs[0] = left;
        for (int i = 0; i < layout.boundaries().length; i++) xs[i + 1] = layout.boundaries()[i];
        xs[width] = right;
        double[][] bands = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) bands[r] = band(rows.get(r));
        List<RawCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double rowTop = r == 0 ? bands[r][0] : (bands[r - 1][1] + bands[r][0]) / 2;
            double rowBottom = r == rows.size() - 1 ? bands[r][1] : (bands[r][1] + bands[r + 1][0]) / 2;
            rowBottom = Math.max(rowBottom, rowTop + 1);
            for (int c = 0; c < width; c++) {
                cells.add(new RawCell(
                        xs[c],
                        rowTop,
                        xs[c + 1],
                        rowBottom,
                        Lines.text(rows.get(r).get(c)),
                        page.getPageNumber()));
            }
        }
        double areaTop = rows.isEmpty() ? top : bands[0][0];
        double areaBottom = rows.isEmpty() ? bottom : bands[rows.size() - 1][1];
        return new TablePart(
                page.getPageNumber(), new Area(left, areaTop, right, areaBottom), cells, false, continuation);
    }

    /**
     * A label too long for its column wraps onto a line of its own, with nothing in the other
     * columns: when the row above filled its label column, that line is the rest of its label.
     */
    private static List<List<List<Glyph>>> mergeWrappedLabels(List<List<List<Glyph>>> rows, Layout layout) {
        List<List<List<Glyph>>> out = new ArrayList<>();
        double gutter = layout.boundaries()[0];
        for (List<List<Glyph>> row : rows) {
            boolean labelOnly = true;
            for (int c = 1; c < row.size(); c++) labelOnly &= row.get(c).stream().allMatch(Glyph::isSpace);
            if (labelOnly && !out.isEmpty()) {
                List<Glyph> above = out.get(out.size() - 1).get(0);
                double reach = -Double.MAX_VALUE;
                double size = 0;
                for (Glyph g : above) {
                    if (g.isSpace()) continue;
                    reach = Math.max(reach, g.right());
                    size = Math.max(size, g.size());
                }
                if (reach >= gutter - 2.5 * size) {
                    above.addAll(row.get(0));
                    continue;
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Top and bottom of the glyph bodies of a row. */
    private static double[] band(List<List<Glyph>> row) {
        double top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (List<Glyph> cell : row) {
            for (Glyph g : cell) {
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.bottom());
            }
        }
        return new double[] {top, bottom};
    }
}
