package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.xxgk.extract.Block;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.source.Provenance;

/**
 * The document as one stream of rows, whatever its format: a grid row becomes a row of label
 * cells and the value cells after them; a sequence of text lines (one cell per line) becomes a
 * label followed by the values that follow it. This is the only place that knows the difference.
 */
final class RowStream {

    /**
     * One cell of the stream: {@code raw}, the text as printed; {@code value}, the text read as a value; {@code copy},
     * whether it is a span copy (another position of a merged cell); {@code source}, the text block it came from, if
     * any, and {@code block}, the index of that block in the document (-1 for none). Equal by these, as the record it
     * was.
     */
    static final class Token {
        private final String raw;
        private final Values.Parsed value;
        private final Provenance provenance;
        private final boolean copy;
        private final Optional<TextBlock> source;
        private final int block;
        // the label forms of raw, made on first asking: every reader asks them of the same cells, each asking was a
        // lookup in Labels' caches
        private String norm;
        private String labelText;

        Token(String raw, Values.Parsed value, Provenance provenance, boolean copy, Optional<TextBlock> source,
              int block) {
            this.raw = raw;
            this.value = value;
            this.provenance = provenance;
            this.copy = copy;
            this.source = source;
            this.block = block;
        }

        String raw() {
            return raw;
        }

        Values.Parsed value() {
            return value;
        }

        Provenance provenance() {
            return provenance;
        }

        boolean copy() {
            return copy;
        }

        Optional<TextBlock> source() {
            return source;
        }

        int block() {
            return block;
        }

        /** {@link Labels#norm} of the printed text. */
        String text() {
            String n = norm;
            if (n == null) norm = n = Labels.norm(raw);
            return n;
        }

        /** {@link Labels#text} of the printed text: without its numbering. */
        String labelText() {
            String t = labelText;
            if (t == null) labelText = t = Labels.textOfNorm(text()); // from the norm the readers ask too: one lookup
            return t;
        }

        /** Whether it prints a value: a number, a stand-in for none ({@code —}) or digits run together. */
        boolean isValue() {
            Values.Kind k = value.kind();
            return k == Values.Kind.NUMBER || k == Values.Kind.NIL || k == Values.Kind.RUN;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && raw.equals(t.raw) && value.equals(t.value)
                    && provenance.equals(t.provenance) && copy == t.copy && source.equals(t.source) && block == t.block;
        }

        @Override
        public int hashCode() {
            return Objects.hash(raw, value, provenance, copy, source, block);
        }

        @Override
        public String toString() {
            return "Token[raw=" + raw + ", value=" + value + ", provenance=" + provenance + ", copy=" + copy
                    + ", source=" + source + ", block=" + block + "]";
        }
    }

    /**
     * One row: its label cells (span copies included, marked) and the cells after the last label.
     *
     * @param block     the index of the block the row starts in
     * @param grid      whether it came from a grid row (so blank cells keep their places)
     * @param hasValues whether a cell prints a value: worked out from {@code cells} whatever is given (every reader
     *                  asks it of every row, many times)
     */
    record Row(List<Token> labels, List<Token> cells, int block, boolean grid, boolean hasValues) {
        Row {
            // compact copies: a report flattened from a huge text holds a row per line
            labels = List.copyOf(labels);
            cells = List.copyOf(cells);
            hasValues = anyValue(cells);
        }

        Row(List<Token> labels, List<Token> cells, int block, boolean grid) {
            this(labels, cells, block, grid, false);
        }

        private static boolean anyValue(List<Token> cells) {
            for (int i = 0; i < cells.size(); i++) if (cells.get(i).isValue()) return true;
            return false;
        }

        boolean isLabelOnly() {
            return !labels.isEmpty() && !hasValues();
        }

        /** The labels that are not span copies, in order. */
        List<Token> ownLabels() {
            List<Token> own = new ArrayList<>();
            for (Token t : labels) if (!t.copy()) own.add(t);
            return own;
        }

        Optional<Token> lastLabel() {
            return labels.isEmpty() ? Optional.empty() : Optional.of(labels.get(labels.size() - 1));
        }

        Provenance provenance() {
            if (!labels.isEmpty()) return labels.get(0).provenance();
            if (!cells.isEmpty()) return cells.get(0).provenance();
            return Provenance.NONE;
        }
    }

    private RowStream() {}

    static List<Row> of(ExtractedDocument document, Runnable checkTime) {
        return of(document, checkTime, cells -> { });
    }

    /**
     * The rows of a document; {@code checkCells} is told the count of cells read so far as it grows
     * (a line of text may hold a whole table: a report flattened to one line gives hundreds), so that
     * a cell limit stops a huge input before its rows fill the heap.
     */
    static List<Row> of(ExtractedDocument document, Runnable checkTime, LongConsumer checkCells) {
        Builder b = new Builder(checkCells);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            checkTime.run();
            Block block = blocks.get(i);
            if (block instanceof TextBlock t) {
                b.line(t.text(), t.provenance(), Optional.of(t), i);
            } else if (block instanceof TableGrid g) {
                if (g.columnCount() == 1) {
                    // a one-column grid is a cell sequence whose empty cells were kept
                    for (List<Cell> r : g.rows()) {
                        Cell c = r.get(0);
                        if (c.spanOrigin()) b.line(c.text(), c.provenance(), Optional.empty(), i);
                    }
                    b.end();
                } else {
                    for (int r = 0; r < g.rowCount(); r++) b.gridRow(g.row(r), r + 1, i);
                    b.end();
                }
            }
        }
        b.end();
        return b.rows;
    }

    private static Token token(String raw, Provenance p, boolean copy, Optional<TextBlock> source, int block) {
        return new Token(raw, Values.parse(raw), p, copy, source, source.isPresent() ? block : -1);
    }

    private static final class Builder {
        final List<Row> rows = new ArrayList<>();
        private final LongConsumer checkCells;
        private long cellsRead;
        private List<Token> labels;
        private List<Token> cells;
        private int block;
        // the number the current row's label took from the last value of row lentBy ({@link #numberedBefore})
        private Token lent;
        private int lentBy = -1;
        // whether the line being read prints more than one cell
        private boolean lineGoesOn;

        Builder(LongConsumer checkCells) {
            this.checkCells = checkCells;
        }

        private void count(int n) {
            cellsRead += n;
            checkCells.accept(cellsRead);
        }

        /**
         * A line of a cell sequence; a line holding a whole row ({@link LineCells}) gives its labels and
         * values at once.
         */
        void line(String raw, Provenance p, Optional<TextBlock> source, int blockIndex) {
            if (LineCells.isPageNumber(raw)) return;
            if (cells != null && !cells.isEmpty()) {
                // a line that is the rest of the value above it (0 / .4; 9 / ,793: a copy a run of text a line)
                Token last = cells.get(cells.size() - 1);
                Optional<String> whole = LineCells.withTail(last.raw(), raw);
                if (last.value().kind() == Values.Kind.NUMBER && whole.isPresent()) {
                    cells.set(cells.size() - 1, token(whole.get(), last.provenance(), false, last.source(),
                            last.block()));
                    return;
                }
            }
            boolean first = true;
            long before = cellsRead;
            LineCells.Split split = LineCells.read(raw, n -> checkCells.accept(before + n));
            List<String> parts = split.cells();
            count(parts.size());
            lineGoesOn = parts.size() > 1;
            for (int k = 0; k < parts.size(); k++) {
                String part = parts.get(k);
                // a line that is one cell of text (prose) is not read as a value again
                Token t = split.text()
                        ? new Token(part, Values.TEXT, p, false, source, source.isPresent() ? blockIndex : -1)
                        : token(part, p, false, source, blockIndex);
                cell(t, first, blockIndex);
                first = false;
            }
        }

        private void cell(Token t, boolean startsLine, int blockIndex) {
            if (t.value().kind() == Values.Kind.TEXT && !(labels != null && !startsLine && cells.isEmpty())) {
                Token label = numberedBefore(t);
                end();
                lentBy = rows.size() - 1;
                labels = new ArrayList<>(List.of(label));
                cells = new ArrayList<>();
                block = blockIndex;
            } else if (t.value().kind() == Values.Kind.TEXT) {
                // the next label of a line that holds several (a header line)
                labels.add(t);
            } else {
                if (cells == null) {
                    labels = new ArrayList<>();
                    cells = new ArrayList<>();
                    block = blockIndex;
                }
                if (startsLine && !valuesYet() && numbersLabel(t)) return;
                cells.add(t);
            }
        }

        /**
         * Whether the row has values before the line being read; a unit word on the label's line is none, where values
         * follow on the line ({@code ．同意部分公开答复数 条} / {@code 2 0 0}: the 2 is the label's number; a copy of a
         * cell a line, {@code ．传真申请数} / {@code 条} / {@code 9} / {@code 9}, prints no number there).
         */
        private boolean valuesYet() {
            int labelLine = labels.isEmpty() ? -1 : labels.get(labels.size() - 1).provenance().line();
            for (Token c : cells) {
                boolean unitOnLabelsLine = c.value().kind() == Values.Kind.UNIT && c.provenance().line() == labelLine;
                if (!unitOnLabelsLine || !lineGoesOn) return true;
            }
            return false;
        }

        /**
         * A label that lost its number ({@code 、网上申请数}) after a row whose last value is the number that follows
         * the row's own ({@code 其中：1、当面申请数 条 0 0 2}): plain pdftotext prints the digit there. The number goes
         * to the label, lent: where the label's line below starts with the same number, it was the row's value
         * ({@link #numbersLabel}).
         */
        private Token numberedBefore(Token t) {
            lent = null;
            if (labels == null || labels.isEmpty() || cells.isEmpty() || !Labels.lostNumber(t.raw())) return t;
            Token number = cells.get(cells.size() - 1);
            if (!isNumber(number, next(labels.get(0)))) return t;
            cells.remove(cells.size() - 1);
            lent = number;
            return numbered(t, number);
        }

        /** {@code label} with {@code number} printed before it again. */
        private static Token numbered(Token label, Token number) {
            return token(Text.strip(number.raw()) + Text.strip(label.raw()), label.provenance(), label.copy(),
                    label.source(), label.block());
        }

        /** The number of the item after the one {@code label} numbers: 1 after a label numbered otherwise or not. */
        private static int next(Token label) {
            Optional<Labels.Numbering> n = Labels.numbering(label.raw());
            return n.isPresent() && n.get().marker() == Labels.Marker.ARABIC ? n.get().number() + 1 : 1;
        }

        private static boolean sameDigits(Token a, Token b) {
            return b.value().kind() == Values.Kind.NUMBER && Text.strip(a.raw()).equals(Text.strip(b.raw()));
        }

        private static boolean isNumber(Token t, int number) {
            String digits = Text.strip(t.raw());
            return t.value().kind() == Values.Kind.NUMBER && !digits.isEmpty() && digits.length() <= 2
                    && isDigits(digits) && Integer.parseInt(digits) == number;
        }

        /**
         * Whether {@code t}, first on the line of values under a label that starts with the mark of a numbering and
         * no number ({@code ．属于三类内部事务信息}), is that label's number: pdftotext puts {@code 5} on the values'
         * line where the digit sits lower than the text ({@code 5．} in a CJK font). It is then given to the label.
         * (The row above is no guide to which number: a wrapped group label often stands between.)
         */
        private boolean numbersLabel(Token t) {
            if (lent != null && lentBy >= 0 && labels.size() == 1 && sameDigits(lent, t)) {
                // the label's own number printed where a layout copy puts it, first on the line below (．信函申请数 /
                // 5 条 6 6 / ．其它形式申请数 / 6 条 77 94): the number lent from the row above was its value
                Row above = rows.get(lentBy);
                List<Token> back = new ArrayList<>(above.cells());
                back.add(lent);
                rows.set(lentBy, new Row(above.labels(), back, above.block(), above.grid()));
                lent = null;
                return true;
            }
            if (labels.isEmpty() || !Labels.lostNumber(labels.get(labels.size() - 1).raw())) return false;
            Token last = labels.get(labels.size() - 1);
            // the forms number their items 1 to 8
            String digits = Text.strip(t.raw());
            if (digits.length() != 1 || !isNumber(t, digits.charAt(0) - '0') || digits.charAt(0) == '0') return false;
            if (!followsItemAbove(digits.charAt(0) - '0')) return false;
            labels.set(labels.size() - 1, numbered(last, t));
            return true;
        }

        /**
         * Whether number {@code n} can be the next item's after the row above: where that row is item {@code k} of a
         * list ({@code 1.申请人无正当理由逾期不补正}), {@code k + 1}, or 1 where a new list begins. Else the label is the
         * rest of that row's label, wrapped at a mark ({@code 、行政机关不再处理…}), and the digit the row's first value.
         */
        private boolean followsItemAbove(int n) {
            if (rows.isEmpty() || rows.get(rows.size() - 1).labels().isEmpty()) return true;
            // 1 after a row that is no item of a list: any number may follow it
            int after = next(rows.get(rows.size() - 1).labels().get(0));
            return after == 1 || n == 1 || n == after;
        }

        void end() {
            if (labels != null && !endsRowAbove()) rows.add(new Row(labels, cells, block, false));
            labels = null;
            cells = null;
        }

        /**
         * Whether the row being ended, a numbering and fewer values than the row above on the lines just below it in a
         * text copy, is the end of that row, whose label has no numbering ({@code 属于四类过程性信息 ３ ０ ０ ０ ８ ８ ９８}
         * / {@code 6.} / {@code ７}): a table whose cells are taller than a line prints the number lower than its label
         * and wraps the longer values, so the number goes to the label and the values end the row's
         * ({@link RowReadings} reads them by its sums). The row above then takes them.
         */
        private boolean endsRowAbove() {
            if (rows.isEmpty() || labels.size() != 1 || cells.isEmpty()) return false;
            Row above = rows.get(rows.size() - 1);
            if (above.grid() || above.labels().isEmpty() || cells.size() >= above.cells().size()) return false;
            Token number = labels.get(0);
            Token last = above.labels().get(above.labels().size() - 1);
            if (!Labels.isNumberingOnly(number.raw()) || Labels.numbering(last.raw()).isPresent()
                    || Labels.lostNumber(last.raw())) {
                return false;
            }
            // the number on the line below the row's values, the ends on it or the next (pdftotext puts them apart)
            int line = cells.get(0).provenance().line();
            int lineAbove = above.cells().get(0).provenance().line();
            int numberLine = number.provenance().line();
            if (lineAbove <= 0 || numberLine <= lineAbove || line < numberLine || line > lineAbove + 2) return false;
            for (Token t : cells) if (t.provenance().line() != line || !RowReadings.isDigitsOnly(t)) return false;
            for (Token t : above.cells()) if (t.provenance().line() != lineAbove) return false;
            List<Token> aboveLabels = new ArrayList<>(above.labels());
            aboveLabels.set(aboveLabels.size() - 1, numbered(last, number));
            List<Token> aboveCells = new ArrayList<>(above.cells());
            aboveCells.addAll(cells);
            rows.set(rows.size() - 1, new Row(aboveLabels, aboveCells, above.block(), false));
            return true;
        }

        void gridRow(List<Cell> gridRow, int rowNumber, int blockIndex) {
            end();
            List<Token> tokens = new ArrayList<>();
            for (Cell c : gridRow) {
                // a copy from a merge within this row (colspan) repeats its origin: drop it; a copy from a
                // row above (rowspan) is the group label of this row: keep it, marked
                boolean sameRowCopy = !c.spanOrigin() && c.provenance().row() == rowNumber;
                if (sameRowCopy) continue;
                for (String part : mixed(c.text())) {
                    tokens.add(token(part, c.provenance(), !c.spanOrigin(), Optional.empty(), -1));
                }
            }
            count(tokens.size());
            // a grid row that holds several rows (a page flattened to one line of | or tab cells, a copy that lost
            // the mark of a row's end): a label after values, or after a unit (a LEGACY row whose values are blank),
            // starts the next
            int from = 0;
            boolean values = false;
            for (int k = 0; k <= tokens.size(); k++) {
                if (k == tokens.size() || isLabel(tokens.get(k)) && values) {
                    segment(tokens.subList(from, k), blockIndex);
                    from = k;
                    values = false;
                }
                if (k < tokens.size()) values |= isValue(tokens.get(k)) || isUnit(tokens.get(k));
            }
        }

        /**
         * A cell that holds the end of one row and the start of the next ({@code 0 规范性文件},
         * {@code 02.其他法律…}), or a whole row ({@code 行政许可 396 442278}): its values and its label
         * apart, where it is values then one label or one label then values; any other cell as it is
         * (a label with a number inside, a date, a count with its word: {@code 2017年度}).
         */
        private static List<String> mixed(String text) {
            String t = text.strip();
            // no digit, no value (the common label cell): the split below would keep it whole
            if (t.isEmpty() || !LineCells.mayHoldDigit(t)) return List.of(text);
            // digits alone (the common value cell): one piece, kept whole below too
            if (isDigits(t)) return List.of(text);
            List<String> parts = LineCells.pieces(t);
            int changes = 0;
            for (int k = 1; k < parts.size(); k++) {
                if (isValueWord(parts.get(k)) != isValueWord(parts.get(k - 1))) changes++;
            }
            if (changes != 1) return List.of(text);
            // the label's pieces back together as printed
            List<String> out = new ArrayList<>();
            int cursor = 0;
            int labelFrom = -1;
            for (String p : parts) {
                int at = t.indexOf(p, cursor);
                cursor = at + p.length();
                if (isValueWord(p)) {
                    if (labelFrom >= 0) out.add(t.substring(labelFrom, at).strip());
                    labelFrom = -1;
                    out.add(p);
                } else if (labelFrom < 0) {
                    labelFrom = at;
                }
            }
            if (labelFrom >= 0) out.add(t.substring(labelFrom).strip());
            for (String p : out) {
                boolean label = !isValueWord(p);
                if (label && (p.length() < 2 || NOT_A_LABEL_START.indexOf(p.charAt(0)) >= 0)) return List.of(text);
            }
            return out;
        }

        private static boolean isDigits(String t) {
            for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
            return true;
        }

        // what follows digits in a date or a count, not a label
        private static final String NOT_A_LABEL_START = "年月日号时分秒个件条人次元项家天份期场批册套部本户名位%.、)）";

        private static boolean isValueWord(String w) {
            Values.Kind k = Values.parse(w).kind();
            return k == Values.Kind.NUMBER || k == Values.Kind.RUN;
        }

        private static boolean isLabel(Token t) {
            return t.value().kind() == Values.Kind.TEXT;
        }

        private static boolean isUnit(Token t) {
            return t.value().kind() == Values.Kind.UNIT;
        }

        private static boolean isValue(Token t) {
            Values.Kind k = t.value().kind();
            return k == Values.Kind.NUMBER || k == Values.Kind.RUN || k == Values.Kind.NIL;
        }

        /** One row of a grid: its label cells, then the value cells after the last label. */
        private void segment(List<Token> tokens, int blockIndex) {
            int lastLabel = -1;
            for (int k = 0; k < tokens.size(); k++) if (isLabel(tokens.get(k))) lastLabel = k;
            List<Token> labelTokens = new ArrayList<>();
            for (int k = 0; k <= lastLabel; k++) if (isLabel(tokens.get(k))) labelTokens.add(tokens.get(k));
            List<Token> valueTokens = new ArrayList<>();
            for (int k = lastLabel + 1; k < tokens.size(); k++) {
                // a value cell merged over rows counts once, in its first row
                if (!tokens.get(k).copy()) valueTokens.add(tokens.get(k));
            }
            Row row = new Row(labelTokens, valueTokens, blockIndex, true);
            // a label on a row of its own, its numbers on the next row without a label (Markdown, OCR)
            if (labelTokens.isEmpty() && row.hasValues() && !rows.isEmpty()) {
                Row prev = rows.get(rows.size() - 1);
                if (!prev.labels().isEmpty() && !prev.hasValues() && !isHeaderLike(prev)) {
                    rows.set(rows.size() - 1, new Row(prev.labels(), valueTokens, prev.block(), true));
                    return;
                }
            }
            rows.add(row);
        }

        /** A header row holds several labels side by side; a row label stands alone (with its group labels). */
        private static boolean isHeaderLike(Row r) {
            return r.ownLabels().size() > 2;
        }
    }
}
