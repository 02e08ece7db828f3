package org.xxgk.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.source.Provenance;

/**
 * Reads one data table into a {@link TableGrid}, expanding spans through an occupancy grid as the
 * HTML table model does: each cell takes the first free column of its row and fills its whole
 * rowspan × colspan rectangle, including rows not read yet; the other positions get copies. Rows
 * come from the table's own sections ({@code thead}, then {@code tbody}s and direct {@code tr}s,
 * then {@code tfoot}), never from a nested table. Counts every cell against the document's limit
 * before it is made. One reader per document: it numbers the tables and keeps the cell count.
 */
final class TableReader {

    /** Largest colspan honoured (the HTML limit). */
    static final int MAX_COLSPAN = 1000;
    /** Largest rowspan honoured (the HTML limit); a rowspan also ends with its row group. */
    static final int MAX_ROWSPAN = 65534;

    private final ExtractionContext context;
    private long cells;
    private int tables;

    // one walker and buffer for every cell of the document, not one of each per cell
    private final StringBuilder cellBuffer = new StringBuilder();
    private final FlowWalker cellWalker;

    TableReader(ExtractionContext context) {
        this.context = context;
        this.cellWalker = new FlowWalker(context, new FlowWalker.Sink() {
            @Override
            public void line(String line) {
                joinLine(cellBuffer, line);
            }

            @Override
            public boolean enterTable(Element table, boolean insideSectioning) {
                return true;  // a data table holds no visible table (else it is a layout table); read any as text
            }
        }, true);
    }

    /** The table's caption as lines of text (empty list when it has none). */
    List<String> caption(Element table) {
        List<String> lines = new ArrayList<>(1);
        for (Element child : table.children()) {
            if (child.normalName().equals("caption") && !HtmlTags.isHidden(child)) {
                String text = cellText(child);
                if (!text.isEmpty()) lines.add(text);
            }
        }
        return lines;
    }

    /**
     * A defect injected by tests in our own table reading (InternalErrorTest: our bugs must be
     * reported as internal errors, never blamed on the page). Never set outside tests.
     */
    static volatile Runnable faultForTests = () -> { };

    /**
     * The table as a grid, numbered in document order; empty when it has no cells (such a table
     * takes no number).
     */
    Optional<TableGrid> read(Element table) {
        faultForTests.run();
        List<List<Element>> groups = rowGroups(table);
        int rowCount = 0;
        for (List<Element> g : groups) rowCount += g.size();
        if (rowCount == 0) return Optional.empty();

        int index = tables + 1;
        Slots slots = new Slots(rowCount);
        int row = 0;
        for (List<Element> group : groups) {
            int groupEnd = row + group.size();
            for (Element tr : group) {
                context.checkTime();
                int column = 0;
                // over the row's nodes, not children(), which copies them into a list for each row
                for (int k = 0; k < tr.childNodeSize(); k++) {
                    if (!(tr.childNode(k) instanceof Element td)) continue;
                    String name = td.normalName();
                    if (!name.equals("td") && !name.equals("th")) continue;
                    column = slots.firstFree(row, column);
                    int colSpan = Math.min(spanValue(td.attr("colspan"), 1), MAX_COLSPAN);
                    if (colSpan < 1) colSpan = 1;  // colspan="0" is not a span to the end; browsers read it as 1
                    int rowSpan = Math.min(spanValue(td.attr("rowspan"), 1), MAX_ROWSPAN);
                    if (rowSpan < 1 || rowSpan > groupEnd - row)
                        rowSpan = groupEnd - row; // 0 = to the end of the row group
                    count((long) rowSpan * colSpan);
                    Cell origin = new Cell(
                            cellText(td), rowSpan, colSpan, true, Provenance.cell(0, index, row + 1, column + 1));
                    // the cell's nodes are read (the walk skips a table once read): their text goes now, so a
                    // huge table is not held twice, as a tree and as a grid
                    td.empty();
                    slots.fill(row, column, rowSpan, colSpan, origin);
                    column += colSpan;
                }
                row++;
            }
        }
        if (slots.filled == 0) return Optional.empty();
        // the grid is a rectangle: positions no cell covers become empty cells, and they count too
        count((long) rowCount * slots.width - slots.filled);
        tables = index;
        return Optional.of(new TableGrid(index, slots.rows(index), new Provenance(0, index, 0, 0, 0)));
    }

    /**
     * A pipe table written in the page's text ({@code | a | b |} lines, Markdown with HTML tables): a grid numbered in
     * document order as the page's tables are.
     */
    TableGrid pipeTable(List<List<String>> rows) {
        int index = tables + 1;
        List<List<Cell>> grid = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            context.checkTime();
            List<String> texts = rows.get(r);
            count(texts.size());
            List<Cell> row = new ArrayList<>(texts.size());
            for (int c = 0; c < texts.size(); c++) {
                row.add(Cell.of(texts.get(c), Provenance.cell(0, index, r + 1, c + 1)));
            }
            grid.add(row);
        }
        tables = index;
        return new TableGrid(index, grid, new Provenance(0, index, 0, 0, 0));
    }

    private void count(long more) {
        cells += more;
        context.checkCells(cells);
    }

    /** The table's own rows, grouped by section, in rendering order: thead, body rows, tfoot. */
    private static List<List<Element>> rowGroups(Element table) {
        List<List<Element>> heads = new ArrayList<>(1);
        List<List<Element>> bodies = new ArrayList<>(2);
        List<List<Element>> foots = new ArrayList<>(1);
        List<Element> loose = null;  // direct <tr> children in a row form one implicit body
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                if (loose == null) {
                    loose = new ArrayList<>();
                    bodies.add(loose);
                }
                loose.add(child);
                continue;
            }
            loose = null;
            switch (name) {
                case "thead" -> heads.add(rows(child));
                case "tbody" -> bodies.add(rows(child));
                case "tfoot" -> foots.add(rows(child));
                default -> { }
            }
        }
        List<List<Element>> groups = new ArrayList<>(heads.size() + bodies.size() + foots.size());
        groups.addAll(heads);
        groups.addAll(bodies);
        groups.addAll(foots);
        groups.removeIf(List::isEmpty);
        return groups;
    }

    private static List<Element> rows(Element section) {
        List<Element> rows = new ArrayList<>();
        for (Element child : section.children()) {
            if (child.normalName().equals("tr")) rows.add(child);
        }
        return rows;
    }

    /** A cell's lines joined: no space between CJK text broken over lines ({@code 商业<br>企业} is 商业企业). */
    private String cellText(Element cell) {
        cellBuffer.setLength(0);
        cellWalker.reset();
        NodeTraversor.filter(cellWalker, cell);
        cellWalker.finish();
        return InlineText.isBlank(cellBuffer) ? "" : cellBuffer.toString();
    }

    /** Appends a line to a cell's text; only two Latin words meeting at the break get a space. */
    static void joinLine(StringBuilder text, String line) {
        if (text.length() > 0
                && isLatinLetter(text.codePointBefore(text.length()))
                && isLatinLetter(line.codePointAt(0))) {
            text.append(' ');
        }
        text.append(line);
    }

    private static boolean isLatinLetter(int cp) {
        return cp < 0x250 && Character.isLetter(cp);
    }

    /**
     * A span attribute read leniently, as browsers do: leading white space and digits count
     * ({@code "2 "} and {@code "2px"} are 2); an empty, absent or unreadable value gives
     * {@code otherwise}; {@code "0"} gives 0; very long numbers saturate.
     */
    static int spanValue(String attribute, int otherwise) {
        int i = 0;
        int n = attribute.length();
        while (i < n && InlineText.isCollapsible(attribute.charAt(i))) i++;
        if (i < n && attribute.charAt(i) == '+') i++;
        int start = i;
        long value = 0;
        while (i < n && attribute.charAt(i) >= '0' && attribute.charAt(i) <= '9') {
            value = Math.min(value * 10 + (attribute.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        return i == start ? otherwise : (int) value;
    }

    /** The occupancy grid: rows of slots, made when first touched, that grow as wide as the widest span. */
    private static final class Slots {
        private static final Cell[] NONE = new Cell[0];

        private final Cell[][] rows;
        int width;
        long filled;

        Slots(int rowCount) {
            rows = new Cell[rowCount][];
            Arrays.fill(rows, NONE);
        }

        int firstFree(int row, int column) {
            Cell[] r = rows[row];
            int c = column;
            while (c < r.length && r[c] != null) c++;
            return c;
        }

        /**
         * Fills the free positions of a rectangle: the origin at its top-left, copies elsewhere (overlaps keep the
         * first cell).
         */
        void fill(int row, int column, int rowSpan, int colSpan, Cell origin) {
            int right = column + colSpan;
            width = Math.max(width, right);
            Cell copy = rowSpan * colSpan > 1 ? origin.asCopy() : origin;
            for (int r = row; r < row + rowSpan; r++) {
                Cell[] slots = rows[r];
                if (slots.length < right) {
                    slots = Arrays.copyOf(slots, Math.max(right, Math.max(8, slots.length * 2)));
                    rows[r] = slots;
                }
                for (int c = column; c < right; c++) {
                    if (slots[c] == null) {
                        slots[c] = r == row && c == column ? origin : copy;
                        filled++;
                    }
                }
            }
        }

        List<List<Cell>> rows(int index) {
            List<List<Cell>> out = new ArrayList<>(rows.length);
            for (int r = 0; r < rows.length; r++) {
                List<Cell> row = new ArrayList<>(width);
                Cell[] slots = rows[r];
                for (int c = 0; c < width; c++) {
                    Cell cell = c < slots.length ? slots[c] : null;
                    row.add(cell != null ? cell : Cell.of("", Provenance.cell(0, index, r + 1, c + 1)));
                }
                out.add(row);
            }
            return out;
        }
    }
}
