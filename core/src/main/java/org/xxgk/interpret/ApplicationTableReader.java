package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/** Section 三, applications received and handled: rows by label, the seven applicant columns by header. */
final class ApplicationTableReader {

    // group rows printed above their sub-rows; they carry no values of their own
    private static final List<String> GROUPS = List.of("本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理");
    private static final int MAX_HEADER_ROWS = 40;

    private ApplicationTableReader() {}

    /** The first row that is 一、本年新收…, or -1. */
    static int start(List<Row> rows, Template template) {
        List<Entry<Item>> entries = LabelTable.applicationRows(template);
        for (int i = 0; i < rows.size(); i++) {
            Optional<Entry<Item>> m = match(rows.get(i), entries);
            if (m.isPresent() && m.get().id().equals("newlyReceived")) return i;
        }
        return -1;
    }

    static Optional<TableRange> read(List<Row> rows, Template template, CellSink sink) {
        int first = start(rows, template);
        if (first < 0) return Optional.empty();
        List<Entry<Item>> entries = LabelTable.applicationRows(template);

        int headerStart = first;
        for (int j = first - 1; j >= 0 && first - j <= MAX_HEADER_ROWS; j--) {
            Row r = rows.get(j);
            if (r.hasValues()) break;
            headerStart = j;
            if (containsAny(r, LabelTable.APPLICATION_HEADING)) break;
        }
        List<Token> header = new ArrayList<>();
        for (int j = headerStart; j < first; j++) header.addAll(rows.get(j).ownLabels());
        List<Optional<Item>> columns = ColumnLayouts.applications(header).orElseGet(() -> {
            sink.warn("HEADER_NOT_READ", "三: the applicant columns could not be read from the header; the template's order is assumed",
                    rows.get(first).provenance());
            return CellCatalog.applicationColumns().stream().map(Optional::of).toList();
        });
        List<RunSplitter.Slot> slots = Collections.nCopies(columns.size(), RunSplitter.Slot.COUNT);
        List<RunSplitter.Sum> rowSum = ApplicationArithmetic.rowSum(columns);
        ApplicationArithmetic arithmetic = new ApplicationArithmetic(template, columns);

        int last = first;
        String labelAbove = null;
        for (int i = first; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.labels().isEmpty()) {
                if (r.hasValues()) sink.warn("ROW_NOT_MATCHED", "三: values without a row label", r.provenance());
                continue;
            }
            Optional<Entry<Item>> m = match(r, entries);
            String own = Labels.text(r.lastLabel().get().raw());
            if (m.isEmpty() && r.hasValues() && labelAbove != null) {
                // a label broken over two lines or cells: 7.属于行政执法 + 案卷
                m = LabelTable.match(labelAbove + own, entries, 4);
            }
            if (m.isEmpty()) {
                if (r.hasValues()) {
                    sink.warn("ROW_NOT_MATCHED", "三: row \"" + r.lastLabel().get().raw() + "\" matches no row of the template; its values are not placed",
                            r.provenance());
                    last = i;
                    continue;
                }
                if (isEnd(r)) break;
                labelAbove = own;
                continue;
            }
            Item row = m.get().item();
            last = i;
            if (r.cells().isEmpty() || !r.hasValues() && !r.grid()) {
                // a group row (V2021 (六) above its sub-rows) or a label whose values follow on the next line
                labelAbove = own;
                continue;
            }
            labelAbove = null;
            String what = "三 " + row.label();
            Optional<Token> run = RunSplitter.run(r.cells(), columns.size());
            if (run.isPresent()) {
                // a run the row sum leaves open may still be settled by the columns' sums across rows
                RunSplitter.Splits splits = RunSplitter.split(run.get().raw(), slots, rowSum);
                if (splits.unique()) place(row, RunSplitter.tokens(run.get(), splits.pieces().get(0)), columns, arithmetic, sink);
                else if (splits.bounded() || splits.pieces().isEmpty()) sink.ambiguous(what, run.get(), splits.count());
                else arithmetic.open(row, run.get(), splits.pieces());
            } else {
                sink.fit(r.cells(), columns.size(), what).ifPresent(v -> place(row, v, columns, arithmetic, sink));
            }
            if (row.id().equals("carriedForward")) break;
        }
        arithmetic.resolve().forEach((row, values) -> place(row, values, columns, arithmetic, sink));
        arithmetic.unresolved().forEach(o -> sink.ambiguous("三 " + o.row().label(), o.run(), String.valueOf(o.pieces().size())));
        return Optional.of(new TableRange(headerStart, last));
    }

    private static void place(Item row, List<Token> values, List<Optional<Item>> columns, ApplicationArithmetic arithmetic, CellSink sink) {
        for (int c = 0; c < columns.size(); c++) {
            Token v = values.get(c);
            if (columns.get(c).isPresent()) {
                sink.put(CellCatalog.applicationKey(row, columns.get(c).get()), v, Optional.empty());
            } else if (!v.value().isBlank()) {
                sink.warn("VALUE_WITHOUT_HEADER", "三 " + row.label() + ": value \"" + v.raw() + "\" is under a header that names no applicant column",
                        v.provenance());
            }
        }
        arithmetic.known(row, values);
    }

    /** The last label that names a row; the labels before it are its groups. */
    private static Optional<Entry<Item>> match(Row r, List<Entry<Item>> entries) {
        List<Token> labels = r.labels();
        for (int k = labels.size() - 1; k >= 0; k--) {
            String text = Labels.text(labels.get(k).raw());
            if (GROUPS.contains(text) && !(text.equals("其他处理") && r.hasValues())) continue;
            Optional<Entry<Item>> m = LabelTable.match(labels.get(k).raw(), entries, 4);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** A new numbered section (四、…) or the review table ends section 三. */
    private static boolean isEnd(Row r) {
        for (Token t : r.labels()) {
            String text = Labels.text(t.raw());
            if (text.contains("行政复议") || text.contains("行政诉讼")) return true;
            Optional<Labels.Numbering> n = Labels.numbering(t.raw());
            if (n.isPresent() && n.get().marker() == Labels.Marker.CHINESE && !GROUPS.contains(text)) return true;
        }
        return false;
    }

    private static boolean containsAny(Row r, List<String> words) {
        for (Token t : r.labels()) {
            String text = Labels.norm(t.raw());
            for (String w : words) if (text.contains(w)) return true;
        }
        return false;
    }
}
