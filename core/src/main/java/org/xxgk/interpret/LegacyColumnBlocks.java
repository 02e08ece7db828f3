package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.internal.Text;
import org.xxgk.interpret.Labels.Marker;
import org.xxgk.interpret.Labels.Numbering;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;

/**
 * A LEGACY table that a text copy printed column by column, page by page: its indicators' labels a line each, then
 * the units and values of those rows ({@code 一、主动公开情况 / (一)主动公开政府信息数 / … / 单位 / 统计数 —— 条 条 件 134 20
 * 20 —— 条 …}), as plain pdftotext prints a page whose table columns stand apart. The form's own shape pours them back:
 * each heading prints {@code ——}, each indicator a unit, and a run of units is followed by as many values. A run of
 * labels takes the units and values printed after it only where they are exactly as many; a heading's {@code ——}
 * must fall on a label whose next one is its child.
 */
final class LegacyColumnBlocks {

    private LegacyColumnBlocks() {}

    /** What the columns print for one row: a heading's {@code ——}, or a unit and a value. */
    private record Slot(Token value, Optional<String> unit) {
        boolean heading() {
            return value.value().kind() == Values.Kind.NIL && unit.isEmpty();
        }
    }

    static Optional<TableRange> read(List<Row> rows, CellSink sink) {
        int header = LegacyRunReader.headerRow(rows);
        if (header < 0 || rows.get(header).hasValues()) return Optional.empty();
        List<String> labels = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int i = header + 1;
        int last = -1;
        while (i < rows.size()) {
            // the table's labels, each with its wrapped lines joined
            List<String> run = new ArrayList<>();
            for (; i < rows.size() && rows.get(i).isLabelOnly() && !rows.get(i).grid(); i++) {
                Row r = rows.get(i);
                if (isColumnWords(r)) continue;
                add(run, Text.compact(FormAligner.own(r)));
            }
            if (i >= rows.size() || run.isEmpty() || !isColumnStream(rows.get(i))) break;
            Row stream = rows.get(i);
            Optional<List<Slot>> printed = slots(stream.cells());
            if (printed.isEmpty()) return Optional.empty();
            String stray = Text.compact(FormAligner.own(stream));
            String before = labels.isEmpty() ? null : labels.get(labels.size() - 1);
            if (Labels.isNumberingOnly(stray) && !giveNumbering(stray, run, before)) return Optional.empty();
            if (printed.get().size() != run.size()) return Optional.empty();
            labels.addAll(run);
            slots.addAll(printed.get());
            last = i;
            i++;
        }
        if (labels.isEmpty()) return Optional.empty();
        boolean topNumbering = Labels.numbering(labels.get(0))
                .filter(n -> n.marker() == Marker.CHINESE).isPresent();
        LegacyTableReader.PathCounter counter = new LegacyTableReader.PathCounter(topNumbering);
        List<List<Integer>> paths = new ArrayList<>();
        for (String l : labels) paths.add(counter.next(l));
        for (int k = 0; k < slots.size(); k++) {
            // a heading counts nothing because rows below it do
            if (slots.get(k).heading() && !(k + 1 < paths.size() && isChild(paths.get(k + 1), paths.get(k)))) {
                return Optional.empty();
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            Slot slot = slots.get(k);
            sink.putLegacy(CellCatalog.legacyKey(paths.get(k)), slot.value(), slot.unit(), labels.get(k));
        }
        return Optional.of(new TableRange(header, last));
    }

    /**
     * A label line joined to the label above where it is that label's rest: the label's bracket is still open
     * ({@code …回应同一热点或舆情计 / 1次)}), or the label above is its numbering alone ({@code 3. / 同意部分公开答复数}).
     */
    private static void add(List<String> run, String text) {
        if (!run.isEmpty()) {
            String above = run.get(run.size() - 1);
            boolean numbered = Labels.numbering(text).isPresent() || Labels.isOfWhich(text);
            if (!numbered && (LineCells.depth(above) > 0 || Labels.isNumberingOnly(above))) {
                run.set(run.size() - 1, above + text);
                return;
            }
        }
        run.add(text);
    }

    /**
     * A numbering printed alone after a run of labels ({@code 3.}) where the page broke inside the run's first row:
     * that label lacks its numbering and follows the numbering's predecessor ({@code 2.同意公开答复数 / 同意部分公开答复数}).
     * Given to it where so; false where not (the labels' numbering, and so their keys, is then in doubt).
     */
    private static boolean giveNumbering(String numbering, List<String> run, String before) {
        Numbering n = Labels.numbering(numbering).orElseThrow();
        String first = run.get(0);
        if (before == null || Labels.numbering(first).isPresent() || Labels.isOfWhich(first)) return false;
        Optional<Numbering> above = Labels.numbering(before);
        if (above.isEmpty() || above.get().marker() != n.marker() || above.get().number() != n.number() - 1) {
            return false;
        }
        run.set(0, numbering + first);
        return true;
    }

    private static boolean isChild(List<Integer> path, List<Integer> parent) {
        return path.size() > parent.size() && path.subList(0, parent.size()).equals(parent);
    }

    /** A line of the header's column words ({@code 单位}, {@code 统计数}, {@code 年度)}), not an indicator. */
    private static boolean isColumnWords(Row r) {
        String text = FormAligner.own(r);
        if (Labels.numbering(text).isPresent() || Labels.isOfWhich(text)) return false;
        for (Token t : r.labels()) if (LegacyTableReader.column(t).isEmpty()) return false;
        return true;
    }

    /** A row of units and values whose labels are no indicator: column words, a numbering alone, or none. */
    private static boolean isColumnStream(Row r) {
        if (!r.hasValues() || r.grid()) return false;
        String text = Text.compact(FormAligner.own(r));
        return text.isEmpty() || Labels.isNumberingOnly(text) || isColumnWords(r);
    }

    /**
     * The rows a stream of cells prints ({@code —— 条 条 件 134 20 20 —— …}): a {@code ——} for a heading, a run of
     * units followed by as many values for as many indicators; empty where the stream is not so.
     */
    private static Optional<List<Slot>> slots(List<Token> cells) {
        List<Slot> out = new ArrayList<>();
        int k = 0;
        while (k < cells.size()) {
            Token t = cells.get(k);
            if (t.value().kind() == Values.Kind.NIL) {
                out.add(new Slot(t, Optional.empty()));
                k++;
                continue;
            }
            int units = k;
            while (units < cells.size() && cells.get(units).value().kind() == Values.Kind.UNIT) units++;
            int n = units - k;
            if (n == 0 || units + n > cells.size()) return Optional.empty();
            for (int v = 0; v < n; v++) {
                Token value = cells.get(units + v);
                if (value.value().kind() != Values.Kind.NUMBER) return Optional.empty();
                out.add(new Slot(value, cells.get(k + v).value().unit()));
            }
            k = units + n;
        }
        return Optional.of(out);
    }
}
