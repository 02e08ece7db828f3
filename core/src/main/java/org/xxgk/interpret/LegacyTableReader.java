package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.xxgk.internal.Text;
import org.xxgk.interpret.LabelTable.LegacyColumn;
import org.xxgk.interpret.Labels.Marker;
import org.xxgk.interpret.Labels.Numbering;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/**
 * The pre-2019 政府信息公开情况统计表: one indicator per row, keyed by its printed number path
 * (spec/cells.md § LEGACY), with its unit from the 单位 column and, where printed, a 历年累计 value.
 */
final class LegacyTableReader {

    private LegacyTableReader() {}

    static Optional<TableRange> read(List<Row> rows, CellSink sink) {
        int headerRow = -1;
        for (int i = 0; i < rows.size() && headerRow < 0; i++) {
            if (isHeaderRow(rows.get(i))) headerRow = i;
        }
        List<LegacyColumn> columns = new ArrayList<>();
        List<Double> places = new ArrayList<>();
        int first;
        List<Row> table = rows;
        if (headerRow >= 0) {
            int i = headerRow;
            boolean indicatorSeen = false;
            // the first indicator's label, printed between the header's 指标名称 and its other words (pdftotext prints
            // the first column's cells before the next's): its rows, and the header row that holds its values
            int labelAt = -1;
            int labelRows = 0;
            int valuesAt = -1;
            for (; i < rows.size(); i++) {
                Row r = rows.get(i);
                // a row of column words with values is still the header's (a copy printing each row's values before
                // its label puts the first row's there: valuesBefore reads them)
                boolean values = r.hasValues() && !holdsHeaderYear(rows, i);
                if (values && i > headerRow && !namesColumns(r)) break;
                if (values && labelAt >= 0 && valuesAt < 0) {
                    valuesAt = i;
                } else if (values && i > headerRow) {
                    for (Token t : r.cells()) {
                        if (t.isValue()) {
                            sink.warn(WarningCode.VALUE_WITHOUT_HEADER, "统计表: \"" + t.raw()
                                    + "\" stands on the header's row, before any indicator; dropped", t.provenance());
                        }
                    }
                }
                boolean any = false;
                double[] middles = TextColumns.middles(r.labels(), TextColumns.starts(r.labels(), false));
                for (int k = 0; k < r.labels().size(); k++) {
                    Token t = r.labels().get(k);
                    // a header cell's other half on a line of its own (指标 / 名称 / 计量 / 单位, pdftotext -raw)
                    if (HEADER_HALVES.contains(t.labelText())) any = true;
                    List<LegacyColumn> named = columns(t);
                    for (LegacyColumn c : named) {
                        any = true;
                        if (c == LegacyColumn.INDICATOR) indicatorSeen = true;
                        else if ((indicatorSeen || r.grid()) && !columns.contains(c)) {
                            columns.add(c);
                            // the cells run together in one (计量单位2012年度历年累计) stand where it does, in its order
                            places.add(named.size() == 1 ? middles[k] : Double.NaN);
                        }
                    }
                }
                if (!any) {
                    int label = labelAt < 0 ? labelInHeader(rows, i) : 0;
                    if (label > 0) {
                        labelAt = i;
                        labelRows = label;
                        i += label - 1;
                        continue;
                    }
                    // a header word broken over two lines of its own (2012 年 / 度): the two name a column together
                    List<LegacyColumn> joined = indicatorSeen ? brokenWord(rows, i) : List.of();
                    if (joined.isEmpty()) break;
                    for (LegacyColumn c : joined) {
                        if (!columns.contains(c)) {
                            columns.add(c);
                            places.add(Double.NaN);
                        }
                    }
                    i++;
                }
            }
            first = i;
            if (labelAt >= 0 && valuesAt == first - 1) {
                // the label's row gets the values the header's last row holds, and the table starts there
                List<Token> label = new ArrayList<>();
                for (Row r : rows.subList(labelAt, labelAt + labelRows)) label.addAll(r.labels());
                Row header = rows.get(valuesAt);
                table = new ArrayList<>(rows);
                table.set(valuesAt, new Row(label, header.cells(), header.block(), header.grid()));
                first = valuesAt;
            }
            columns = withLostYearColumn(leftToRight(columns, places), table, first);
        } else {
            first = -1;
            for (int i = 0; i < rows.size() && first < 0; i++) {
                for (Token t : rows.get(i).labels()) if (endsInTableTitle(t.text())) first = i + 1;
            }
            if (first < 0) return Optional.empty();
            columns.addAll(gluedHeader(rows, first));
        }
        return readIndicators(table, headerRow, first, columns, sink);
    }

    /** The indicators of rows {@code first} on, read under {@code columns}; the header's row for the range. */
    private static Optional<TableRange> readIndicators(List<Row> asPrinted, int headerRow, int first,
            List<LegacyColumn> columns, CellSink sink) {
        List<Row> rows = LegacyNumbersApart.restore(asPrinted, first);
        Map<Token, LegacyColumn> lone = LegacyBlankCells.columns(rows, first, columns);
        // a table numbers its top level (一、) from its first row on, or not at all
        boolean topNumbering = false;
        for (int i = first; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.labels().isEmpty()) continue;
            String label = r.labels().get(0).raw();
            Optional<Numbering> n = Labels.numbering(label);
            if (n.isEmpty() && !r.hasValues()) continue;
            topNumbering = n.filter(x -> x.marker() == Marker.CHINESE).isPresent();
            break;
        }
        PathCounter paths = new PathCounter(topNumbering);
        boolean started = false;
        int last = first;
        // an indicator printed without values on its line: they may follow on a line of their own, after the rest of
        // its label (a copy that wraps the label cell: 舆情计 / 1次) / 次 223)
        Indicator pending = null;
        Token wrapped = null;
        for (int i = first; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.labels().isEmpty()) {
                if (r.hasValues() && pending != null) {
                    pending.place(new ArrayList<>(r.cells()), columns, lone, sink);
                    last = i;
                } else {
                    if (r.hasValues()) {
                        sink.warn(WarningCode.ROW_NOT_MATCHED, "统计表: values without an indicator", r.provenance());
                    }
                    // the values of an indicator follow it at once, or not at all (a copy that prints the table's
                    // columns one after the other: labels, then units, then values)
                    if (pending != null) pending.place(List.of(), columns, lone, sink);
                }
                pending = null;
                continue;
            }
            List<Token> own = r.grid() ? r.ownLabels() : r.labels();
            if (own.isEmpty()) continue;
            if (own.size() > 1 && Labels.isMarkAlone(own.get(0).raw())) {
                // a numbering's mark apart from its label, its number on the line above (其中：1 条 / . 同意公开答复数 0 4)
                List<Token> joined = new ArrayList<>(own.subList(1, own.size()));
                joined.set(0, joined(own.get(0), own.get(1)));
                own = joined;
            }
            Token label = own.get(0);
            if (wrapped != null) {
                label = joined(wrapped, label);
                wrapped = null;
            }
            if (started && isSignOff(label.raw())) break;
            List<Token> rest = new ArrayList<>(own.subList(1, own.size()));
            rest.addAll(r.cells());
            // a table read from a grid ends with it (or with the grids continuing it on the next pages)
            if (started && r.block() != rows.get(last).block() && rows.get(last).grid() && !r.grid()) break;
            boolean numbered = Labels.numbering(label.raw()).isPresent() || Labels.isOfWhich(label.raw());
            if (pending != null && !numbered && (LineCells.depth(pending.printed()) > 0
                    || Labels.isNumberingOnly(pending.printed()) || isOfWhichAndNumber(pending.printed()))) {
                // the rest of the waiting indicator's label, whose bracket is still open (舆情计 / 1次)) or which is
                // its numbering alone (6. / 其它形式申请数 条 0 2; 其中：1 / 同意公开答复数 条 0 4, its mark printed
                // apart): its values, if any, are this line's
                Indicator whole = pending.continued(Text.compact(label.raw()));
                pending = null;
                if (rest.isEmpty()) {
                    pending = whole;
                } else {
                    whole.place(rest, columns, lone, sink);
                    last = i;
                }
                continue;
            }
            if (pending != null && !pending.hasUnit() && !numbered && isUnitFirst(rest)
                    && Labels.numbering(pending.at().raw()).isPresent()) {
                // the rest of a numbered item's label, wrapped onto the line of its unit and values (其中：1.政府网站公 /
                // 开数 条 502 502): the item printed no unit of its own
                pending.continued(Text.compact(label.raw())).place(rest, columns, lone, sink);
                pending = null;
                last = i;
                continue;
            }
            if (pending != null && pending.hasUnit() && !numbered && !rest.isEmpty() && RowReadings.figuresOnly(rest)) {
                // the rest of the waiting indicator's label, wrapped below the line that printed its unit, with its
                // values (其中：1.政府网站公 条 / 开数 502 502): an indicator of its own would print its unit too
                pending.continued(Text.compact(label.raw())).place(rest, columns, lone, sink);
                pending = null;
                last = i;
                continue;
            }
            if (rest.isEmpty() && !numbered) {
                // the rest of a label wrapped onto a line of its own (情计 1 次)) when the table goes on after it: a row
                // with an indicator and values, or the values of the indicator the label belongs to
                boolean goesOn = i + 1 < rows.size() && rows.get(i + 1).hasValues()
                        && (!rows.get(i + 1).labels().isEmpty() || pending != null)
                        || numberThenValues(rows, i + 1);
                if (started && !goesOn) {
                    warnIfIndicatorsFollow(rows, i, label, sink);
                    break;
                }
                if (pending != null) {
                    pending = pending.continued(Text.compact(label.raw()));
                } else if (!r.grid() && goesOn && Labels.lostNumber(label.raw()) && continuesLabel(rows.get(i + 1))) {
                    // the first line of the next row's label, wrapped, with the number that row lacks (．电子 /
                    // 邮件申请数 条 0 77); a line without one may as well be the end of the label above (政府公 条 0 0 /
                    // 报公开)
                    wrapped = label;
                }
                continue;
            }
            // before the first indicator, a row without values is none, but for one with its unit (主动公 条 / 开信息数
            // 408 7774)
            if (!started && !numbered && !r.hasValues() && !isUnitOnly(rest)) continue;
            started = true;
            if (pending != null && pending.hasUnit() && isHeadingWithValue(rest)) {
                // a heading's 单位 says it counts nothing (——): the number printed after it is the waiting indicator's,
                // whose label wrapped (舆 次 / 情计 1 次) / (二)…情况 —— / 223)
                pending.place(rest.subList(1, 2), columns, lone, sink);
                rest = rest.subList(0, 1);
            } else if (pending != null) {
                pending.place(List.of(), columns, lone, sink);
            }
            // 其中 alone with the 单位 of its list's first item, printed on its line (其中： 条 / 1.政府网站公开数 / 123 6810)
            List<Token> unitAbove = pending != null && ofWhichAlone(pending.printed()) && numbered ? pending.unit()
                    : List.of();
            pending = null;
            last = i;
            String printed = Text.compact(label.raw());
            int fragments = labelFragments(rest, columns);
            for (Token t : rest.subList(0, fragments)) printed += Text.compact(t.raw());
            rest = rest.subList(fragments, rest.size());
            // a row of its unit alone takes its values from the rest of its label below (传 条 / 真申请数 0 0): the list
            // it may belong to is judged by them
            Optional<List<Token>> below = isUnitOnly(rest) ? withValuesBelow(rest, rows, i) : Optional.empty();
            List<Token> figures = below.orElse(rest);
            int row = below.isPresent() ? i + 1 : i;
            List<LegacyColumn> header = columns;
            List<Integer> path =
                    paths.next(label.raw(), sibling -> makesUpParent(sibling, figures, header, sink, rows, row));
            String key = CellCatalog.legacyKey(path);
            if (!rest.isEmpty() && !unitAbove.isEmpty() && !isUnitFirst(rest)) {
                List<Token> withUnit = new ArrayList<>(unitAbove);
                withUnit.addAll(rest);
                rest = withUnit;
            }
            if (!r.grid() && rest.isEmpty()) pending = new Indicator(key, printed, label, unitAbove);
            else if (!r.grid() && isUnitOnly(rest)) pending = new Indicator(key, printed, label, rest);
            else place(key, printed, rest, columns, lone, sink, label, r.grid());
        }
        if (pending != null) pending.place(List.of(), columns, lone, sink);
        return started ? Optional.of(new TableRange(headerRow >= 0 ? headerRow : first, last)) : Optional.empty();
    }

    /**
     * {@code unit}, printed alone on row {@code i}, and the values of the row after it where that row continues its
     * label, as an indicator printed with its unit alone is continued: the rest of the label (unnumbered) and figures
     * only, or those figures alone.
     */
    private static Optional<List<Token>> withValuesBelow(List<Token> unit, List<Row> rows, int i) {
        if (i + 1 >= rows.size()) return Optional.empty();
        Row r = rows.get(i + 1);
        if (r.grid() || !r.hasValues()) return Optional.empty();
        List<Token> out = new ArrayList<>(unit);
        if (r.labels().isEmpty()) {
            out.addAll(r.cells());
            return Optional.of(out);
        }
        String label = r.labels().get(0).raw();
        if (Labels.numbering(label).isPresent() || Labels.isOfWhich(label)) return Optional.empty();
        out.addAll(r.labels().subList(1, r.labels().size()));
        out.addAll(r.cells());
        return RowReadings.figuresOnly(out.subList(unit.size(), out.size())) ? Optional.of(out) : Optional.empty();
    }

    /**
     * Whether row {@code i} is a list item's number alone (its unit beside it, if any) and the row after it prints
     * values: a label wrapped around its number (政府公报 / 2. 条 / 公开数 0 6), the table going on.
     */
    private static boolean numberThenValues(List<Row> rows, int i) {
        if (i + 1 >= rows.size()) return false;
        Row r = rows.get(i);
        return r.labels().size() == 1 && !r.hasValues() && Labels.isNumberingOnly(r.labels().get(0).raw())
                && rows.get(i + 1).hasValues();
    }

    /** One label of a label's start printed apart and its rest: where it is, the start's. */
    private static Token joined(Token start, Token rest) {
        return new Token(start.raw() + rest.raw(), rest.value(), start.provenance(), false, start.source(),
                start.block());
    }

    /** Whether a label is 其中 and nothing else. */
    private static boolean ofWhichAlone(String printed) {
        String s = Labels.text(printed);
        return s.equals("其中");
    }

    /** Whether a row of text goes on with the label of the line above: its label is neither numbered nor 其中. */
    private static boolean continuesLabel(Row r) {
        if (r.grid() || r.labels().isEmpty()) return false;
        String label = r.labels().get(0).raw();
        return Labels.numbering(label).isEmpty() && !Labels.isOfWhich(label) && !Labels.lostNumber(label);
    }

    // how far below the end of the table rows are looked at for indicators it left out
    private static final int LOOK_BELOW = 8;

    /**
     * How many of a row's words after its indicator's first are the rest of its label: a label whose cell held a line
     * break (其中:1.网站 / 公开) is two words on a line of text, and the second would stand in the 单位 column. Only
     * where the row prints more cells than the header names columns (none without a header), and only words that are
     * neither unit nor value.
     */
    private static int labelFragments(List<Token> rest, List<LegacyColumn> columns) {
        int extra = rest.size() - columns.size();
        int n = 0;
        while (n < extra && rest.get(n).value().kind() == Values.Kind.TEXT) n++;
        return n;
    }

    /**
     * The table ends at a line of text ({@code stop}); where numbered rows with values follow close below it, they are
     * the table's, read no further: said, so that the report does not pass as read whole.
     */
    private static void warnIfIndicatorsFollow(List<Row> rows, int stop, Token label, CellSink sink) {
        int indicators = 0;
        for (int j = stop + 1; j < rows.size() && j <= stop + LOOK_BELOW; j++) {
            Row r = rows.get(j);
            if (r.hasValues() && !r.labels().isEmpty() && Labels.numbering(r.labels().get(0).raw()).isPresent()) {
                indicators++;
            }
        }
        if (indicators > 0) {
            sink.warn(WarningCode.ROW_NOT_MATCHED, "统计表: read up to \"" + Text.compact(label.raw())
                    + "\"; " + indicators + " numbered row(s) with values below it are not read", label.provenance());
        }
    }

    // what the form prints under its last indicator (单位负责人:… 填报人:… 联系电话:… 填报日期:…), and a portal's footer
    private static final List<String> SIGN_OFF = List.of("负责人:", "审核人:", "填报人:", "联系电话", "填报日期", "主办:",
            "承办:", "主办单位", "承办单位");

    /** Whether a row's label is the form's sign-off or a portal's footer: the table is over. */
    static boolean isSignOff(String label) {
        String c = Labels.norm(label);
        for (String w : SIGN_OFF) if (c.contains(w)) return true;
        return false;
    }

    /**
     * An indicator read so far: its key, its label as printed (wrapped lines joined), its label's token and the unit
     * printed beside it, if any, while its value is still to come.
     */
    private record Indicator(String key, String printed, Token at, List<Token> unit) {
        Indicator continued(String more) {
            return new Indicator(key, printed + more, at, unit);
        }

        boolean hasUnit() {
            return !unit.isEmpty();
        }

        /** Its cells read from {@code rest} (none: blank), after its unit unless {@code rest} prints one again. */
        void place(List<Token> rest, List<LegacyColumn> columns, Map<Token, LegacyColumn> lone, CellSink sink) {
            // a number printed apart from its item (2. / 其中： / 1.当面申请数), or 其中 alone above its list (其中： 条 /
            // 1.政府网站公开数 / 123 6810): no indicator of its own
            if (rest.isEmpty() && (!hasUnit() && Labels.isNumberingOnly(printed) || ofWhichAlone(printed))) return;
            List<Token> cells = rest;
            if (hasUnit() && !isUnitFirst(rest)) {
                cells = new ArrayList<>(unit);
                cells.addAll(rest);
            }
            LegacyTableReader.place(key, printed, cells, columns, lone, sink, at, false);
        }
    }

    /**
     * The rows as a copy that prints each row's values before its label would mean them, where the row of the
     * header's column words holds values of its own (plain pdftotext puts a row's values before its label where they
     * sit higher): each row's values moved to the next row that has a label, its units left in place. Empty where
     * the header's row holds no value.
     */
    static Optional<List<Row>> valuesBefore(List<Row> rows) {
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            Row r = rows.get(i);
            if (!r.grid() && r.hasValues() && namesColumns(r)) at = i;
        }
        if (at < 0) return Optional.empty();
        List<Row> out = new ArrayList<>(rows.subList(0, at));
        List<Token> carried = new ArrayList<>();
        for (int i = at; i < rows.size(); i++) {
            Row r = rows.get(i);
            List<Token> kept = new ArrayList<>();
            List<Token> values = new ArrayList<>();
            for (Token t : r.cells()) (t.isValue() ? values : kept).add(t);
            if (r.labels().isEmpty() || r.grid()) {
                carried.addAll(values);
                out.add(new Row(r.labels(), kept, r.block(), r.grid()));
                continue;
            }
            if (i > at) kept.addAll(carried);
            out.add(new Row(r.labels(), kept, r.block(), false));
            carried = values;
        }
        return Optional.of(out);
    }

    // the longest header cells run together: 统计指标名称计量单位2012年度统计数历年累计 is 23
    private static final int MAX_HEADER_RUN = 32;

    // the halves of header cells that name no column alone (指标名称, 计量单位, 历年累计)
    private static final Set<String> HEADER_HALVES = Set.of("名称", "计量", "历年");

    /**
     * Whether row {@code i}'s only value is the year of the header's 年度 cell broken before it ({@code 单位 2010} /
     * {@code 年度}): a row of column words whose one value is a year, and the next row's label starts with 年度.
     */
    static boolean holdsHeaderYear(List<Row> rows, int i) {
        Row r = rows.get(i);
        if (i + 1 >= rows.size() || r.cells().size() != 1) return false;
        for (Token t : r.labels()) {
            if (column(t).isEmpty() && !HEADER_HALVES.contains(t.labelText())) return false;
        }
        List<Token> next = rows.get(i + 1).labels();
        String year = r.cells().get(0).raw().strip();
        return year.length() == 4 && (year.startsWith("19") || year.startsWith("20")) && year.chars().allMatch(
                c -> c >= '0' && c <= '9') && !next.isEmpty() && next.get(0).labelText().startsWith("年度");
    }

    // the most lines the first indicator's label takes between the header's words (主动公开信 / 息数)
    private static final int LABEL_LINES = 2;

    /**
     * How many rows from {@code i} on are the first indicator's label printed inside the header ({@code 指标名称} /
     * {@code 主动公开信息数} / {@code 计量单位 2012年度 历年累计 条 967 1,915}): rows of words without values, none of
     * them a column's, right before a row that names a column; 0 where they are not.
     */
    private static int labelInHeader(List<Row> rows, int i) {
        for (int k = 0; k < LABEL_LINES && i + k < rows.size(); k++) {
            Row r = rows.get(i + k);
            if (r.hasValues() || r.labels().isEmpty()) return 0;
            for (Token t : r.labels()) {
                if (!columns(t).isEmpty() || HEADER_HALVES.contains(t.labelText())) return 0;
            }
            if (i + k + 1 < rows.size() && namesValueColumn(rows.get(i + k + 1))) return k + 1;
        }
        return 0;
    }

    /** Whether one of a row's labels names the 单位, year's or cumulative column. */
    private static boolean namesValueColumn(Row r) {
        for (Token t : r.labels()) {
            for (LegacyColumn c : columns(t)) if (c != LegacyColumn.INDICATOR) return true;
        }
        return false;
    }

    /** Whether a row's labels are two or more of the header's column words ({@code 计量单位 | 2012年度 | 历年累计}). */
    private static boolean namesColumns(Row r) {
        if (r.labels().size() < 2) return false;
        for (Token t : r.labels()) if (column(t).isEmpty()) return false;
        return true;
    }

    /**
     * How many of the table's ties hold and fail in a reading ({@code {holds, fails, parents}}): a parent indicator
     * is the sum of its children (其中 1. 2. …), in each column, and a year's value is at most the cumulative one;
     * {@code parents} counts the sums between rows that hold (any two values of a row may keep the year's tie).
     */
    static int[] sums(CellSink read) {
        int holds = 0;
        int fails = 0;
        int parents = 0;
        for (String key : read.cells.keySet()) {
            if (key.endsWith(".cumulative")) continue;
            for (String k : List.of(key, CellCatalog.cumulativeKey(key))) {
                Optional<BigDecimal> parent = value(read, k);
                if (parent.isEmpty() || !read.cells.containsKey(key + ".1")) continue;
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 1; read.cells.containsKey(key + "." + c); c++) {
                    String child = k.equals(key) ? key + "." + c : CellCatalog.cumulativeKey(key + "." + c);
                    sum = sum.add(value(read, child).orElse(BigDecimal.ZERO));
                }
                if (sum.compareTo(parent.get()) == 0) {
                    holds++;
                    parents++;
                } else {
                    fails++;
                }
            }
            Optional<BigDecimal> year = value(read, key);
            Optional<BigDecimal> all = value(read, CellCatalog.cumulativeKey(key));
            if (year.isPresent() && all.isPresent()) {
                if (year.get().compareTo(all.get()) <= 0) holds++;
                else fails++;
            }
        }
        return new int[] {holds, fails, parents};
    }

    // how many rows below an unnumbered item are looked at for the rest of its list
    private static final int LIST_ROWS = 12;

    /**
     * Whether the unnumbered row {@code i}, its cells {@code rest}, is the item at {@code path} of a numbered list
     * whose numbers went astray: what its parent lacks of the sum of its items read before it is made up exactly, in
     * every value column, by this row's figures and those of the next items of the list (unnumbered rows, or the
     * list's next numbers, up to a 其中 or a row that prints no figures as the header's columns): 主动公开信息数 71 612 /
     * 其中：1.网站公开 71 82 / 政府公报公开 0 530, whose 2. plain pdftotext printed lines further on. A parent made up
     * already keeps the row at the top level.
     */
    private static boolean makesUpParent(List<Integer> path, List<Token> rest, List<LegacyColumn> columns,
            CellSink sink, List<Row> rows, int i) {
        Optional<BigDecimal[]> figures = figures(rest, columns);
        // figures no sum can take (one figure for two columns, its column not known yet): the list's next number
        // right below tells (其中：1.当面申请数 条 0 / 传真申请数 条 2 / 3.电子邮件申请数 条 10)
        if (figures.isEmpty()) return nextNumberBelow(rows, i, path.get(path.size() - 1) + 1);
        String parent = CellCatalog.legacyKey(path.subList(0, path.size() - 1));
        BigDecimal[] lacking = new BigDecimal[2];
        boolean any = false;
        for (int c = 0; c < 2; c++) {
            if (figures.get()[c] == null) continue;
            UnaryOperator<String> keyOf = c == 0 ? UnaryOperator.identity() : CellCatalog::cumulativeKey;
            Optional<BigDecimal> whole = value(sink, keyOf.apply(parent));
            if (whole.isEmpty()) return false;
            BigDecimal left = whole.get();
            for (int item = 1; item < path.get(path.size() - 1); item++) {
                Optional<BigDecimal> v = value(sink, keyOf.apply(parent + "." + item));
                if (v.isEmpty()) return false;
                left = left.subtract(v.get());
            }
            lacking[c] = left;
            any |= left.signum() != 0;
        }
        // a parent made up already (its list complete) takes a row of zeros only on its numbers' word below
        if (madeUp(lacking, figures.get()) && any) return true;
        if (exceeded(lacking)) return false;
        int expected = path.get(path.size() - 1) + 1;
        // the next rows of the list that print figures, up to the list's own next number
        for (int j = i + 1; j < rows.size() && j <= i + LIST_ROWS; j++) {
            Row r = rows.get(j);
            if (r.labels().isEmpty() || r.grid()) return false;
            String label = r.labels().get(0).raw();
            Optional<Numbering> n = Labels.numbering(label);
            if (Labels.isOfWhich(label)) return false;
            // the list's numbers go on where the rows before left off: they were its items (a complete list's zero
            // rows among them, which sums cannot place)
            if (n.isPresent()) return n.get().number() == expected;
            if (!r.hasValues()) continue;
            expected++;
            List<Token> cells = new ArrayList<>(r.labels().subList(1, r.labels().size()));
            cells.addAll(r.cells());
            Optional<BigDecimal[]> next = figures(cells.subList(labelFragments(cells, columns), cells.size()), columns);
            if (next.isEmpty()) return false;
            if (madeUp(lacking, next.get()) && any) return true;
            if (exceeded(lacking)) return false;
        }
        return false;
    }

    /** Whether a label is 其中 and a list's first number without its mark ({@code 其中：1}), nothing else. */
    private static boolean isOfWhichAndNumber(String label) {
        if (!Labels.isOfWhich(label)) return false;
        String number = Labels.norm(label).substring("其中".length()).replace(":", "");
        return !number.isEmpty() && number.length() <= 2 && number.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the row right below row {@code i} is numbered {@code expected}. */
    private static boolean nextNumberBelow(List<Row> rows, int i, int expected) {
        if (i + 1 >= rows.size() || rows.get(i + 1).labels().isEmpty()) return false;
        Optional<Numbering> n = Labels.numbering(rows.get(i + 1).labels().get(0).raw());
        return n.isPresent() && n.get().number() == expected;
    }

    /** Takes a row's figures from what its parent lacks; whether nothing is lacking then. */
    private static boolean madeUp(BigDecimal[] lacking, BigDecimal[] figures) {
        boolean none = true;
        for (int c = 0; c < lacking.length; c++) {
            if (lacking[c] == null) continue;
            lacking[c] = lacking[c].subtract(figures[c]);
            none &= lacking[c].signum() == 0;
        }
        return none;
    }

    /** Whether rows took more than their parent lacked in some column. */
    private static boolean exceeded(BigDecimal[] lacking) {
        for (BigDecimal l : lacking) if (l != null && l.signum() < 0) return true;
        return false;
    }

    /** A row's figures in the header's year's and cumulative columns (null for one it lacks); empty if not numbers. */
    private static Optional<BigDecimal[]> figures(List<Token> rest, List<LegacyColumn> columns) {
        if (rest.size() != columns.size()) return Optional.empty();
        BigDecimal[] out = new BigDecimal[2];
        boolean any = false;
        for (int k = 0; k < rest.size(); k++) {
            LegacyColumn c = columns.get(k);
            if (c != LegacyColumn.VALUE && c != LegacyColumn.CUMULATIVE) continue;
            Values.Parsed v = rest.get(k).value();
            if (v.kind() != Values.Kind.NUMBER || v.number().isEmpty()) return Optional.empty();
            out[c == LegacyColumn.VALUE ? 0 : 1] = v.number().get();
            any = true;
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    /** The value read under {@code key}, if any. */
    static Optional<BigDecimal> value(CellSink read, String key) {
        CellValue c = read.cells.get(key);
        return c == null ? Optional.empty() : c.value();
    }

    private static boolean isUnitFirst(List<Token> cells) {
        return !cells.isEmpty() && cells.get(0).value().kind() == Values.Kind.UNIT;
    }

    private static boolean isUnitOnly(List<Token> cells) {
        return cells.size() == 1 && isUnitFirst(cells);
    }

    /** A row's cells that print a heading's stand-in unit ({@code ——}) and then one number. */
    private static boolean isHeadingWithValue(List<Token> cells) {
        return cells.size() == 2 && cells.get(0).value().kind() == Values.Kind.NIL
                && cells.get(1).value().kind() == Values.Kind.NUMBER;
    }

    // the table's title (…情况统计表) ends its label but for a unit or header words after it; prose that names the
    // table (本报告由…和统计表共六个部分组成) goes on
    private static final String TABLE_TITLE = "统计表";
    private static final int AFTER_TABLE_TITLE = 16;

    /**
     * The columns a header names where a flattened copy ran it on to the table's title and the first indicator
     * ({@code …统计表指标名称计量单位} | {@code 2012} | {@code 年度历年累计主动公开文件数条}), in the order printed; empty
     * where none is named.
     */
    private static List<LegacyColumn> gluedHeader(List<Row> rows, int first) {
        StringBuilder text = new StringBuilder();
        for (Token t : rows.get(first - 1).labels()) text.append(t.text());
        text.delete(0, Math.max(0, text.lastIndexOf(TABLE_TITLE)));
        if (first < rows.size() && !rows.get(first).labels().isEmpty()) {
            String label = rows.get(first).labels().get(0).text();
            text.append(label, 0, LegacyRunReader.headerEnd(label));
        }
        return namedInOrder(text.toString()).stream().filter(c -> c != LegacyColumn.INDICATOR).toList();
    }

    /**
     * The header's columns left to right, for a text copy that says where each header word stands ({@code pdftotext
     * -layout}), taken where reading order puts them out of the form's order (unit, the year's value, the cumulative
     * one) and this order does not: a 年度 cell broken over three lines ({@code 201} / {@code 指标名称 计量单位 历年累计}
     * / {@code 0年度}) comes after 历年累计 in reading order but stands before it.
     */
    private static List<LegacyColumn> leftToRight(List<LegacyColumn> columns, List<Double> places) {
        if (inFormOrder(columns) || places.stream().anyMatch(p -> p.isNaN())) return columns;
        List<LegacyColumn> placed = TextColumns.leftToRight(columns, places);
        return inFormOrder(placed) ? new ArrayList<>(placed) : columns;
    }

    // how many rows below the header tell whether it lost its year's column
    private static final int YEAR_COLUMN_ROWS = 40;

    /**
     * {@code columns} with the year's column before the cumulative one where the header names the cumulative column
     * and not the year's (a 年度 cell printed on the lines above and below the header's: {@code 2016 年} / {@code
     * 指标名称 计量单位 历年累计} / {@code 度}, pdftotext -layout of a LibreOffice print) and the table's rows say it
     * is there: most rows print two figures, each pair the year's value at most the cumulative one. Without it the
     * year's values would be read as the cumulative ones.
     */
    private static List<LegacyColumn> withLostYearColumn(List<LegacyColumn> columns, List<Row> rows, int first) {
        int cumulative = columns.indexOf(LegacyColumn.CUMULATIVE);
        if (cumulative < 0 || columns.contains(LegacyColumn.VALUE)) return columns;
        int pairs = 0;
        int singles = 0;
        for (int i = first; i < Math.min(rows.size(), first + YEAR_COLUMN_ROWS); i++) {
            List<BigDecimal> figures = new ArrayList<>();
            for (Token t : rows.get(i).cells()) {
                if (t.value().kind() == Values.Kind.NUMBER) figures.add(t.value().number().orElseThrow());
                else if (t.isValue()) figures.add(null);
            }
            if (figures.size() == 1) singles++;
            if (figures.size() != 2) continue;
            if (figures.get(0) != null && figures.get(1) != null && figures.get(0).compareTo(figures.get(1)) > 0) {
                return columns;
            }
            pairs++;
        }
        if (pairs <= singles || pairs < 2) return columns;
        List<LegacyColumn> out = new ArrayList<>(columns);
        out.add(cumulative, LegacyColumn.VALUE);
        return out;
    }

    private static boolean inFormOrder(List<LegacyColumn> columns) {
        for (int k = 1; k < columns.size(); k++) if (columns.get(k).compareTo(columns.get(k - 1)) <= 0) return false;
        return true;
    }

    /** The columns the header words in {@code text} name, in the order they stand, each once. */
    private static List<LegacyColumn> namedInOrder(String text) {
        TreeMap<Integer, LegacyColumn> at = new TreeMap<>();
        for (Map.Entry<String, LegacyColumn> e : LabelTable.LEGACY_HEADERS) {
            int i = text.indexOf(e.getKey());
            if (i >= 0) at.putIfAbsent(i, e.getValue());
        }
        return at.values().stream().distinct().toList();
    }

    private static boolean endsInTableTitle(String label) {
        int at = label.lastIndexOf(TABLE_TITLE);
        return at >= 0 && label.length() - at - TABLE_TITLE.length() <= AFTER_TABLE_TITLE;
    }

    /**
     * An indicator header cell ({@code 统计指标}) alone or run together with the other header cells, or a grid row
     * whose every label names a value column ({@code 本年度 | 历年累计}).
     */
    private static boolean isHeaderRow(Row r) {
        for (Token t : r.labels()) {
            if (column(t).filter(c -> c == LegacyColumn.INDICATOR).isPresent()
                    && t.labelText().length() <= 8) return true;
            // the header's cells on one line one space apart (指标名称 计量单位 2010 年度 历年累计)
            List<LegacyColumn> named = columns(t);
            if (named.size() > 1 && named.contains(LegacyColumn.INDICATOR)) return true;
        }
        if (!r.grid() || r.labels().size() < 2 || r.hasValues()) return false;
        for (Token t : r.labels()) if (column(t).isEmpty()) return false;
        return true;
    }

    private static void place(String key, String label, List<Token> rest, List<LegacyColumn> header,
            Map<Token, LegacyColumn> lone, CellSink sink, Token at, boolean grid) {
        if (!grid && header.contains(LegacyColumn.VALUE) && header.contains(LegacyColumn.CUMULATIVE)
                && rest.size() < header.size() && rest.stream().filter(Token::isValue).count() == 1) {
            // a line of text with one value for the year's and the cumulative column: the other was left blank, and
            // which one the count does not say (its place may: LegacyBlankCells)
            Token only = rest.stream().filter(Token::isValue).findFirst().orElseThrow();
            LegacyColumn column = lone.get(only);
            if (column != null) {
                // the row as a line of every column would print it, the other cell blank
                List<Token> whole = new ArrayList<>();
                for (LegacyColumn c : header) {
                    if (c == column) whole.add(only);
                    else if (c == LegacyColumn.UNIT && isUnitFirst(rest)) whole.add(rest.get(0));
                    else whole.add(LegacyBlankCells.blank(only.provenance()));
                }
                place(key, label, whole, header, Map.of(), sink, at, grid);
                return;
            }
            // the table's sums may tell it once every row is read (LegacyLoneFigures)
            sink.lone(key, label, only, isUnitFirst(rest) ? unitOf(rest.get(0)) : Optional.empty(),
                    new Warning(WarningCode.ROW_INCOMPLETE, "统计表 " + label + ": one value, \"" + only.raw()
                            + "\", for the year's and the cumulative column; not placed", only.provenance()));
            return;
        }
        List<LegacyColumn> columns = header;
        if (columns.isEmpty()) {
            // no header: a unit word first, then the year's value and the cumulative one
            columns = new ArrayList<>();
            int k = 0;
            if (!rest.isEmpty() && rest.get(0).value().kind() == Values.Kind.UNIT) {
                columns.add(LegacyColumn.UNIT);
                k = 1;
            }
            if (rest.size() > k) columns.add(LegacyColumn.VALUE);
            if (rest.size() > k + 1) columns.add(LegacyColumn.CUMULATIVE);
        }
        for (int k = 0; k < Math.min(rest.size(), columns.size()); k++) {
            // a unit word under a value column: the cells of more than one indicator (条 条 87 7347 26 7286, two rows'
            // units then their values), whose values are whose the columns do not say
            if (columns.get(k) != LegacyColumn.UNIT && rest.get(k).value().kind() == Values.Kind.UNIT) {
                sink.warn(WarningCode.ROW_INCOMPLETE, "统计表 " + label + ": a unit, \"" + rest.get(k).raw()
                        + "\", under a value column: the cells of more than one indicator; not placed",
                        rest.get(k).provenance());
                return;
            }
        }
        Optional<String> unit = Optional.empty();
        Token value = null;
        Token cumulative = null;
        for (int k = 0; k < rest.size(); k++) {
            Token t = rest.get(k);
            if (k >= columns.size()) {
                if (t.value().kind() != Values.Kind.EMPTY) {
                    sink.warn(
                            WarningCode.VALUE_WITHOUT_HEADER,
                            "统计表 " + label + ": \"" + t.raw() + "\" has no column header; dropped",
                            t.provenance());
                }
                continue;
            }
            switch (columns.get(k)) {
                case UNIT -> unit = unitOf(t);
                case VALUE -> value = t;
                case CUMULATIVE -> cumulative = t;
                default -> { }
            }
        }
        if (value != null) sink.putLegacy(key, value, unit, label);
        else sink.putBlank(key, at.provenance(), label);
        if (cumulative != null) sink.putLegacy(CellCatalog.cumulativeKey(key), cumulative, unit, label);
    }

    private static Optional<String> unitOf(Token t) {
        return switch (t.value().kind()) {
            case UNIT -> t.value().unit();
            case TEXT -> Optional.of(Text.compact(t.raw()));
            default -> Optional.empty();
        };
    }

    /**
     * The value columns that rows {@code i} and {@code i + 1} name together where each is a line of words without
     * values that names none alone ({@code 2012 年} / {@code 度}); empty otherwise.
     */
    private static List<LegacyColumn> brokenWord(List<Row> rows, int i) {
        if (i + 1 >= rows.size()) return List.of();
        StringBuilder text = new StringBuilder();
        for (Row r : List.of(rows.get(i), rows.get(i + 1))) {
            if (r.hasValues() || r.labels().isEmpty()) return List.of();
            for (Token t : r.labels()) {
                if (!columns(t).isEmpty()) return List.of();
                text.append(t.labelText());
            }
        }
        return namedAlone(text.toString()).stream().filter(c -> c != LegacyColumn.INDICATOR).toList();
    }

    /**
     * The columns a header cell names: one, or, where the cells ran together with nothing else between them ({@code
     * 计量单位2012年度历年累计}, pdftotext -raw), each in the order printed.
     */
    private static List<LegacyColumn> columns(Token t) {
        Optional<LegacyColumn> one = column(t);
        if (one.isPresent()) return List.of(one.get());
        List<LegacyColumn> named = namedAlone(t.labelText());
        return named.size() < 2 ? List.of() : named;
    }

    /** The columns {@code text} names in order, where it holds nothing but their words and a year; else none. */
    private static List<LegacyColumn> namedAlone(String text) {
        // longer than every header word and a year together: a label or prose, not worth the scans below
        if (text.length() > MAX_HEADER_RUN) return List.of();
        List<LegacyColumn> named = namedInOrder(text);
        String rest = text;
        for (Map.Entry<String, LegacyColumn> e : LabelTable.LEGACY_HEADERS) rest = rest.replace(e.getKey(), "");
        for (String half : HEADER_HALVES) rest = rest.replace(half, "");
        // nothing but the header's words and its year: digits and 年 of 2012年度 left over at most
        if (!rest.chars().allMatch(c -> c >= '0' && c <= '9' || c == '年')) return List.of();
        return named;
    }

    static Optional<LegacyColumn> column(Token t) {
        String text = t.labelText();
        if (text.length() > 10) return Optional.empty();
        for (Map.Entry<String, LegacyColumn> e : LabelTable.LEGACY_HEADERS) {
            if (text.contains(e.getKey())) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    /**
     * The number path of each row in print order: printed numbers by their kind (一、 outermost, then
     * (一), 1., (1)), 其中 rows one level below the row above, unnumbered rows continuing a 其中 run as
     * its siblings, other unnumbered rows the next child of the numbered row above, or, in a table
     * without 一、 numbering, the next top-level row.
     */
    static final class PathCounter {
        private enum Kind { NUMBERED, OF_WHICH, PLAIN }

        private record Level(Kind kind, Marker marker, int number) {}

        private final boolean topNumbering;
        private final List<Level> stack = new ArrayList<>();

        PathCounter(boolean topNumbering) {
            this.topNumbering = topNumbering;
        }

        List<Integer> next(String label) {
            return next(label, sibling -> false);
        }

        /**
         * The path of the indicator labelled {@code label}; {@code makesUp} is asked, for an unnumbered label in a
         * table without 一、 numbering that follows a numbered item, whether it is that list's next item (its number
         * printed astray) at the path given.
         */
        List<Integer> next(String label, Predicate<List<Integer>> makesUp) {
            Optional<Numbering> n = Labels.numbering(label);
            boolean ofWhich = Labels.isOfWhich(label);
            if (ofWhich) {
                while (!stack.isEmpty() && top().kind() == Kind.OF_WHICH) pop();
                if (n.isPresent()) {
                    // 其中:1. … then 2. … : numbered children of the row above
                    stack.add(new Level(Kind.NUMBERED, n.get().marker(), n.get().number()));
                } else {
                    stack.add(new Level(Kind.OF_WHICH, null, 1));
                }
            } else if (n.isEmpty() && Labels.lostNumber(label) && !stack.isEmpty() && top().kind() == Kind.NUMBERED) {
                // the next item of a numbered list whose number pdftotext printed apart (、政府公报公开数)
                bump();
            } else if (n.isPresent()) {
                Marker m = n.get().marker();
                while (!stack.isEmpty() && (top().kind() == Kind.OF_WHICH
                        || top().kind() == Kind.PLAIN && stack.size() > 1
                        || top().kind() == Kind.NUMBERED && top().marker().ordinal() >= m.ordinal())) {
                    pop();
                }
                stack.add(new Level(Kind.NUMBERED, m, n.get().number()));
            } else if (!stack.isEmpty() && top().kind() == Kind.OF_WHICH) {
                bump();
            } else if (topNumbering && !stack.isEmpty()) {
                if (top().kind() == Kind.PLAIN) bump();
                else stack.add(new Level(Kind.PLAIN, null, 1));
            } else {
                // no 一、 numbering: unnumbered rows are the top level, but for the next item of a numbered list whose
                // number went astray where the item makes up what its parent lacks
                if (stack.isEmpty()) {
                    stack.add(new Level(Kind.PLAIN, null, 1));
                } else if (stack.size() > 1 && top().kind() == Kind.NUMBERED && makesUp.test(bumped())) {
                    bump();
                } else {
                    while (stack.size() > 1) pop();
                    bump();
                }
            }
            List<Integer> path = new ArrayList<>();
            for (Level l : stack) path.add(l.number());
            return path;
        }

        private Level top() {
            return stack.get(stack.size() - 1);
        }

        private void pop() {
            stack.remove(stack.size() - 1);
        }

        /** The path with its last level's number one up, the stack unchanged. */
        private List<Integer> bumped() {
            List<Integer> path = new ArrayList<>();
            for (Level l : stack) path.add(l.number());
            path.set(path.size() - 1, path.get(path.size() - 1) + 1);
            return path;
        }

        private void bump() {
            Level t = top();
            stack.set(stack.size() - 1, new Level(t.kind(), t.marker(), t.number() + 1));
        }
    }
}
