package org.xxgk.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.extract.Block;
import org.xxgk.extract.Cell;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;

/**
 * Reads plain-text copies of reports (UTF-8 with or without BOM, GB18030/GBK). Generic: it knows
 * the text layouts, not the report's labels.
 *
 * <ul>
 *   <li>Markdown tables ({@code | a | b |} with a {@code |---|} separator row): one grid row per line.</li>
 *   <li>{@code |}-terminated cells ({@code a | b |}): a line that starts with {@code |} continues the row
 *       above, every {@code |} ending one cell, so empty cells keep their place. A run whose lines each
 *       hold one cell becomes a one-column grid (the cell sequence with its empty cells).</li>
 *   <li>Tab-separated rows: one grid row per line; blank lines inside the run are skipped.</li>
 *   <li>Everything else (prose, and one-cell-per-line tables): one {@link TextBlock} per non-empty line.</li>
 * </ul>
 *
 * The input is decoded line by line as the parser goes ({@link Lines}), never held whole as a
 * string beside its lines (a small UTF-8 input aside), and each line outside a grid counts against
 * the cell limit as a cell (it may be one): the memory a huge text takes is bounded by the limits,
 * as a huge table's is.
 */
public final class TextDocumentExtractor implements DocumentExtractor {

    public TextDocumentExtractor() {}

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TEXT;
    }

    @Override
    public ExtractedDocument extract(byte[] content, ExtractionContext context) {
        // decoded line by line: a 64 MB input as one string and its lines would take over 250 MB (a small UTF-8 one
        // is decoded whole, which is quicker)
        return new Parser(Lines.of(content), context).parse();
    }

    private static final int STEPS_PER_CLOCK = 16;
    // a line this long with fewer separators than one per this many characters is no table row (isSparse)
    private static final int SPARSE_FROM = 500;
    private static final int CHARS_PER_SEPARATOR = 100;
    // this many lines of one cell each in a | run are a table written one cell per line (pipes)
    private static final int CELL_PER_LINE_STRETCH = 3;
    // the lines a wrapped cell of html2text's tables takes at most (barredRows)
    private static final int CELL_LINES = 8;

    /** One pass over the lines; not thread-safe, one per document. */
    private static final class Parser {
        private final Lines lines;
        private final ExtractionContext context;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private int tables;
        // grid cells, and the lines outside grids (each a cell of the reading-order sequence)
        private long cells;
        // the last run of lines of text cellEnd read to its end: lines [textFrom, textEnd), none blank or barred
        private int textFrom = -1;
        private int textEnd = -1;

        Parser(Lines lines, ExtractionContext context) {
            this.lines = lines;
            this.context = context;
        }

        ExtractedDocument parse() {
            int i = 0;
            int steps = 0;
            while (lines.has(i)) {
                // a line is quicker to read than the clock: asked every few lines (the tables' loops ask it too)
                if (steps++ % STEPS_PER_CLOCK == 0) context.checkTime();
                lines.release(i);
                String line = lines.get(i);
                if (line.isEmpty()) {
                    i++;
                } else if (isMarkdownTable(i)) {
                    i = markdown(i);
                } else if (line.indexOf('|') >= 0 && !isSparse(line, '|')) {
                    i = pipes(i);
                } else if (line.indexOf('\t') >= 0 && !isSparse(line, '\t')
                        && !Text.strip(line.replace('\t', ' ')).isEmpty()) {
                    i = tabs(i);
                } else if (opensBarredRow(i)) {
                    i = barredRows(i);
                } else {
                    blocks.add(new TextBlock(Text.strip(line), Provenance.line(lines.number(i)), indent(line)));
                    context.checkCellsAndLines(++cells);
                    i++;
                }
            }
            return new ExtractedDocument(context.source(), DocumentFormat.TEXT, blocks, warnings);
        }

        /**
         * Whether a long line holds its separator too seldom to be a table's row: a crawler's copy of a whole page on
         * one line, with a footer's {@code 网站地图 | 联系我们} or a stray tab, is text (its tables run on in it),
         * while a table flattened to one line separates every cell.
         */
        private static boolean isSparse(String line, char separator) {
            if (line.length() < SPARSE_FROM) return false;
            int n = 0;
            for (int k = 0; k < line.length(); k++) if (line.charAt(k) == separator) n++;
            return (long) n * CHARS_PER_SEPARATOR < line.length();
        }

        /** The white space before a line's text. */
        private static int indent(String line) {
            int i = 0;
            while (i < line.length() && Text.isSpace(line.charAt(i))) i++;
            return i;
        }

        private boolean isPipeLine(int i) {
            return lines.has(i) && lines.get(i).indexOf('|') >= 0;
        }

        /** A run of lines starting with {@code |}, one of which (within the first three) is a separator row. */
        private boolean isMarkdownTable(int start) {
            // asked of every line: most start with no bar and are no separator, and are not stripped
            if (!startsWithBar(lines.get(start)) && !MarkdownTables.isSeparator(lines.get(start))) return false;
            String first = Text.strip(lines.get(start));
            for (int i = start; i < start + 3 && isPipeLine(i); i++) {
                if (MarkdownTables.isSeparator(lines.get(i))) return true;
            }
            // no separator, but bordered rows (| a | b |) of several cells: a row per line all the same
            return first.endsWith("|") && first.length() > 1 && nonBlankCells(first) > 1;
        }

        private int markdown(int start) {
            List<List<Cell>> rows = new ArrayList<>();
            int table = ++tables;
            int i = start;
            long pending = 0;
            for (; lines.has(i); i++) {
                context.checkTime();
                context.checkCellsAndLines(cells + pending);
                if (!isPipeLine(i)) {
                    // a row label on a line of its own between rows of the table: a row of one cell
                    int next = i + 1;
                    while (lines.has(next) && lines.get(next).isEmpty()) next++;
                    if (!lines.has(next)
                            || !Text.strip(lines.get(next)).startsWith("|")
                            || MarkdownTables.isSeparator(lines.get(next))) break;
                    if (!lines.get(i).isEmpty()) {
                        rows.add(List.of(cell(lines.get(i), table, rows.size() + 1, 1, lines.number(i))));
                        pending++;
                    }
                    continue;
                }
                if (MarkdownTables.isSeparator(lines.get(i))) continue;
                List<Cell> row = new ArrayList<>();
                int column = 0;
                for (String part : MarkdownTables.cells(lines.get(i))) {
                    row.add(cell(part, table, rows.size() + 1, ++column, lines.number(i)));
                }
                rows.add(row);
                pending += row.size();
            }
            emitGrid(table, rows, start);
            return i;
        }

        /**
         * {@code |}-terminated cells. A row starts on a line that does not start with {@code |};
         * following lines that do are its continuation (a cell whose text held line breaks). Lines of one cell
         * each, from one that does not start with {@code |} and with at least {@link #CELL_PER_LINE_STRETCH} such,
         * are a cell sequence (a one-column grid) of their own, as a run of nothing else is: a crawler's copy puts
         * a page's navigation bar ({@code 首页 | 政务公开 | 网上办事 |}) in the same run as a table it wrote one cell
         * per line, and that one line of several cells made the whole run a grid of one-cell rows, each label cut
         * from its values.
         */
        private int pipes(int start) {
            int end = start;
            while (isPipeLine(end) || end > start && isBrokenFirstCell(end)) {
                // every line of the run holds a | and so gives the grid a cell at least
                if ((end - start) % 1024 == 0) {
                    context.checkTime();
                    context.checkCellsAndLines(cells + end - start);
                }
                end++;
            }
            context.checkCellsAndLines(cells + end - start);
            if (oneCellLinesFrom(start, end) == end) {
                cellPerLine(start, end);
                return end;
            }
            int i = start;
            while (i < end) {
                int from = end;
                int to = end;
                for (int s = i; s < end; s++) {
                    // a line that starts with | may continue the row above: no stretch starts there
                    if (startsWithBar(lines.get(s)) || nonBlankCells(lines.get(s)) > 1) continue;
                    int e = oneCellLinesFrom(s, end);
                    if (linesNotStartingWithBar(s, e) >= CELL_PER_LINE_STRETCH) {
                        from = s;
                        to = e;
                        break;
                    }
                    s = e;
                }
                if (from > i) rowsPerLine(i, from);
                if (to > from) cellPerLine(from, to);
                i = to;
            }
            return end;
        }

        /** The end of the lines of one cell each from {@code i} on, before {@code end}. */
        private int oneCellLinesFrom(int i, int end) {
            int j = i;
            while (j < end && nonBlankCells(lines.get(j)) <= 1) {
                if ((j - i) % 1024 == 1023) context.checkTime();
                j++;
            }
            return j;
        }

        private int linesNotStartingWithBar(int start, int end) {
            int n = 0;
            for (int j = start; j < end; j++) if (!startsWithBar(lines.get(j))) n++;
            return n;
        }

        /** Lines of one cell each: a one-column grid. */
        private void cellPerLine(int start, int end) {
            int table = ++tables;
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = start; i < end; i++) {
                context.checkTime();
                String line = Text.strip(lines.get(i));
                int bar = line.indexOf('|');
                String part = bar < 0 ? line : line.substring(0, bar);
                rows.add(List.of(cell(part, table, rows.size() + 1, 1, lines.number(i))));
            }
            emitGrid(table, rows, start);
        }

        /**
         * Lines of cells ended by {@code |}, a line that starts with one continuing the row above; where the lines hold
         * a Markdown separator row ({@code ---|---}, html2text's tables, without outer bars), each line is a row, a
         * line that starts with a bar starts with an empty cell and one that ends with a bar ends with one.
         */
        private void rowsPerLine(int start, int end) {
            int table = ++tables;
            List<List<Cell>> rows = new ArrayList<>();
            boolean rowALine = false;
            for (int k = start; k < end && !rowALine; k++) rowALine = MarkdownTables.isSeparator(lines.get(k));
            int i = start;
            while (i < end) {
                context.checkTime();
                if (rowALine && MarkdownTables.isSeparator(lines.get(i))) {
                    // no row: its dashes would stand between the header's rows as a row of stand-ins for values
                    i++;
                    continue;
                }
                List<Cell> row = new ArrayList<>();
                StringBuilder pending = new StringBuilder();
                boolean pendingBlank = true; // white space alone so far
                int pendingLine = lines.number(i);
                int j = i;
                do {
                    String line = lines.get(j);
                    for (int k = 0; k < line.length(); k++) {
                        char c = line.charAt(k);
                        if (c == '|') {
                            row.add(cell(pending.toString(), table, rows.size() + 1, row.size() + 1, pendingLine));
                            pending.setLength(0);
                            pendingBlank = true;
                            pendingLine = lines.number(j);
                        } else {
                            if (pendingBlank && !Text.isSpace(c)) {
                                pendingBlank = false;
                                pendingLine = lines.number(j);
                            }
                            pending.append(c);
                        }
                    }
                    j++;
                    // a line without a bar (isBrokenFirstCell) goes on into the next
                } while (j < end && (startsWithBar(lines.get(j)) && !rowALine || lines.get(j - 1).indexOf('|') < 0));
                // html2text writes no outer bars: white space alone after a row's last bar is an empty last cell
                if (!pendingBlank || rowALine) {
                    row.add(cell(pending.toString(), table, rows.size() + 1, row.size() + 1, pendingLine));
                }
                rows.add(row);
                i = j;
            }
            emitGrid(table, rows, start);
        }

        /**
         * A line without a bar inside a run of {@code |} rows, ended by a line break (two spaces, as Markdown writes
         * it) and followed by a row: the start of that row's first cell, which held a line break (html2text writes a
         * cell's {@code <br>} so: {@code 3.信函、  } / {@code 传真申请数| 条| 0| }).
         */
        private boolean isBrokenFirstCell(int i) {
            if (!lines.has(i + 1)) return false;
            String line = lines.get(i);
            return line.indexOf('|') < 0 && endsWithLineBreak(line) && !Text.isBlank(line) && isPipeLine(i + 1)
                    && !startsWithBar(lines.get(i + 1));
        }

        /** Whether the line's first character other than white space is {@code |}. */
        private static boolean startsWithBar(String line) {
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (!Text.isSpace(c)) return c == '|';
            }
            return false;
        }

        /** The cells between {@code |}s that hold more than white space (asked of every line of a run: no copies). */
        private static int nonBlankCells(String line) {
            int n = 0;
            boolean blank = true;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == '|') {
                    if (!blank) n++;
                    blank = true;
                } else if (blank && !Text.isSpace(c)) {
                    blank = false;
                }
            }
            return blank ? n : n + 1;
        }

        /** A line of one {@code |} and white space (asked of every line of text: no copy made). */
        private static boolean isBareBar(String line) {
            int bar = line.indexOf('|');
            if (bar < 0 || line.indexOf('|', bar + 1) >= 0) return false;
            for (int k = 0; k < line.length(); k++) if (k != bar && !Text.isSpace(line.charAt(k))) return false;
            return true;
        }

        /** The first line from {@code i} on that holds more than white space (past the end where none does). */
        private int nextNonBlank(int i) {
            int j = i;
            while (lines.has(j) && Text.isBlank(lines.get(j))) j++;
            return j;
        }

        /**
         * A line of text whose cell (it and the lines of text right below it) is followed by a bare {@code |} between
         * blank lines: a row of {@link #barredRows}. (A bare bar among lines of text without blank lines around it is
         * an empty cell of a copy that writes a cell a line.)
         */
        private boolean opensBarredRow(int i) {
            String line = lines.get(i);
            if (line.indexOf('|') >= 0 || Text.isBlank(line)) return false;
            int blank = cellEnd(i);
            return lines.has(blank + 2) && Text.isBlank(lines.get(blank)) && isBareBar(lines.get(blank + 1))
                    && Text.isBlank(lines.get(blank + 2));
        }

        /**
         * A table as html2text writes one whose cells hold paragraphs (a Word page's): each cell's text on lines of its
         * own (a long one wrapped onto the next), a line of a bare {@code |} between two cells of a row, blank lines
         * around both and between two bars where a cell is empty; a row ends where no bar follows a cell or where
         * html2text marks its end ({@link #endsWithLineBreak}; after an empty last cell, a line of white space right
         * above the next row: {@link Lines#blankEndsWithSpaces}). Its rows, up to a line that opens none (a separator
         * row, {@code ---|---}, passed over), are a grid.
         */
        private int barredRows(int start) {
            int table = ++tables;
            List<List<Cell>> rows = new ArrayList<>();
            int i = start;
            long pending = 0;
            // a row may start with an empty cell once the table has begun: a bare bar first
            while (lines.has(i) && (opensBarredRow(i) || !rows.isEmpty() && isBareBar(lines.get(i)))) {
                context.checkTime();
                context.checkCellsAndLines(cells + pending);
                int r = rows.size() + 1;
                List<Cell> row = new ArrayList<>();
                int end = isBareBar(lines.get(i)) ? i : cellEnd(i);
                row.add(cell(end == i ? "" : joined(i, end), table, r, 1, lines.number(i)));
                int bar = nextNonBlank(end);
                while (true) {
                    if (endsWithLineBreak(lines.get(bar))) {
                        // | followed by Markdown's line break: the row's last cell is empty
                        row.add(cell("", table, r, row.size() + 1, lines.number(bar)));
                        end = bar + 1;
                        break;
                    }
                    if (lines.blankEndsWithSpaces(bar + 1)) {
                        // an empty last cell: its white space, then the row-end mark right above the next row
                        row.add(cell("", table, r, row.size() + 1, lines.number(bar)));
                        end = bar + 1;
                        break;
                    }
                    int k = nextNonBlank(bar + 1);
                    if (!lines.has(k) || lines.get(k).indexOf('|') >= 0) {
                        // no line of the cell's own: it is empty, and the row goes on only where a bar follows
                        row.add(cell("", table, r, row.size() + 1, lines.number(bar)));
                        if (lines.has(k) && isBareBar(lines.get(k))) {
                            bar = k;
                            continue;
                        }
                        end = k;
                        break;
                    }
                    end = cellEnd(k);
                    row.add(cell(joined(k, end), table, r, row.size() + 1, lines.number(k)));
                    int after = nextNonBlank(end);
                    boolean barFollows = lines.has(after) && isBareBar(lines.get(after));
                    if (endsWithLineBreak(lines.get(end - 1)) || !barFollows) break;
                    bar = after;
                }
                rows.add(row);
                pending += row.size();
                i = nextNonBlank(end);
                if (lines.has(i) && MarkdownTables.isSeparator(lines.get(i))) i = nextNonBlank(i + 1);
            }
            emitGrid(table, rows, start);
            return i;
        }

        /**
         * Whether a line ends with Markdown's line break (two spaces): html2text ends a row so, on its last cell's last
         * line, or on its last bar where that cell is empty (a cell it wraps breaks with one too, its text going on
         * right below: the cell's last line is the one that tells), and a cell's {@code <br>} ({@link
         * #isBrokenFirstCell}).
         */
        private static boolean endsWithLineBreak(String line) {
            return line.endsWith("  ");
        }

        /**
         * The end of a cell's lines from {@code i}: the first blank line or line with a bar after them, within {@link
         * #CELL_LINES} (every line of text asks: a text of lines without blank ones is not searched to its end).
         */
        private int cellEnd(int i) {
            // asked of every line of text (opensBarredRow): the lines of text from a line on end where they ended for
            // the line before it, unless the bound comes first
            if (i >= textFrom && i < textEnd) return Math.min(textEnd, i + CELL_LINES);
            int j = i;
            while (j - i < CELL_LINES && lines.has(j) && !Text.isBlank(lines.get(j)) && lines.get(j).indexOf('|') < 0) {
                j++;
            }
            if (j - i < CELL_LINES) {
                textFrom = i;
                textEnd = j;
            }
            return j;
        }

        /** Lines {@code from} to {@code to}, each stripped, joined as one text (a wrapped cell's). */
        private String joined(int from, int to) {
            if (to - from == 1) return lines.get(from);
            StringBuilder text = new StringBuilder();
            for (int j = from; j < to; j++) text.append(Text.strip(lines.get(j)));
            return text.toString();
        }

        /** Tab-separated rows; a blank line inside the run does not end it. */
        private int tabs(int start) {
            int table = ++tables;
            List<List<Cell>> rows = new ArrayList<>();
            int i = start;
            long pending = 0;
            while (lines.has(i)) {
                context.checkTime();
                context.checkCellsAndLines(cells + pending);
                String line = lines.get(i);
                if (line.isEmpty()) {
                    int next = i + 1;
                    while (lines.has(next) && lines.get(next).isEmpty()) next++;
                    if (lines.has(next) && lines.get(next).indexOf('\t') >= 0 && lines.get(next).indexOf('|') < 0) {
                        i = next;
                        continue;
                    }
                    break;
                }
                if (line.indexOf('\t') < 0 || line.indexOf('|') >= 0) break;
                List<Cell> row = new ArrayList<>();
                int column = 0;
                for (String part : line.split("\t", -1)) {
                    row.add(cell(part, table, rows.size() + 1, ++column, lines.number(i)));
                }
                rows.add(row);
                pending += row.size();
                i++;
            }
            emitGrid(table, rows, start);
            return i;
        }

        private Cell cell(String text, int table, int row, int column, int line) {
            return Cell.of(Text.strip(text), new Provenance(0, table, row, column, line));
        }

        private void emitGrid(int table, List<List<Cell>> rows, int startLine) {
            int width = 0;
            for (List<Cell> row : rows) width = Math.max(width, row.size());
            cells += (long) width * rows.size();
            context.checkCellsAndLines(cells);
            blocks.add(new TableGrid(table, rows, new Provenance(0, table, 0, 0, lines.number(startLine))));
        }
    }
}
