package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.interpret.ColumnLayouts.ReviewColumn;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;

/**
 * Section 四, administrative reconsideration and litigation: a three-level header (行政复议 /
 * 行政诉讼 → 未经复议直接起诉, 复议后起诉 → five result columns each) over one row of fifteen values.
 */
final class ReviewTableReader {

    private static final int MAX_HEADER_ROWS = 10;

    private ReviewTableReader() {}

    static Optional<TableRange> read(List<Row> rows, int from, CellSink sink) {
        int first = -1;
        for (int i = Math.max(0, from); i < rows.size() && first < 0; i++) {
            for (Token t : rows.get(i).labels()) {
                if (Labels.text(t.raw()).equals("行政复议")) {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0) return Optional.empty();
        if (rows.get(first).hasValues()) return readGroupRows(rows, first, sink);
        List<Token> header = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        int last = first;
        for (int i = first; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!values.isEmpty() && !r.labels().isEmpty()) break;
            if (!values.isEmpty() && r.block() != rows.get(last).block() && r.grid()) break;
            if (!r.labels().isEmpty() && !isHeader(r)) {
                if (values.isEmpty() && i > first + 40) break;
                if (values.isEmpty() && isSectionHeading(r)) break;
            }
            header.addAll(r.grid() ? r.ownLabels() : r.labels());
            if (r.hasValues()) values.addAll(r.cells());
            last = i;
        }
        if (values.isEmpty()) return Optional.empty();
        List<ReviewColumn> columns = ColumnLayouts.review(header).orElseGet(() -> {
            sink.warn("HEADER_NOT_READ", "四: the columns could not be read from the header; the template's order is assumed",
                    rows.get(0).provenance());
            return ColumnLayouts.reviewTemplateOrder();
        });
        Optional<List<Token>> fitted = sink.fitOrSplit(values, Collections.nCopies(columns.size(), RunSplitter.Slot.COUNT), groupSums(columns), "四");
        if (fitted.isEmpty()) return Optional.of(new TableRange(first, last));
        for (int k = 0; k < columns.size(); k++) {
            ReviewColumn c = columns.get(k);
            sink.put(CellCatalog.reviewKey(c.group(), c.column()), fitted.get().get(k), Optional.empty());
        }
        return Optional.of(new TableRange(first, last));
    }

    /**
     * The table printed the other way round: the five result columns as the header, one row per
     * group ({@code 行政复议}, {@code 未经复议直接起诉}, {@code 复议后起诉}, the last two perhaps under 行政诉讼).
     */
    private static Optional<TableRange> readGroupRows(List<Row> rows, int first, CellSink sink) {
        List<Entry<Item>> columnEntries = LabelTable.reviewColumns();
        int headerStart = first;
        List<Token> header = new ArrayList<>();
        for (int j = first - 1; j >= 0 && first - j <= MAX_HEADER_ROWS && !rows.get(j).hasValues() && isHeader(rows.get(j)); j--) {
            headerStart = j;
            header.addAll(0, rows.get(j).grid() ? rows.get(j).ownLabels() : rows.get(j).labels());
        }
        List<Item> columns = new ArrayList<>();
        for (String text : ColumnLayouts.merge(header, columnEntries, LabelTable.LITIGATION)) {
            // the corner cell names no column: only the cells that do count
            LabelTable.matchExact(text, columnEntries).ifPresent(c -> columns.add(c.item()));
        }
        if (columns.isEmpty()) {
            sink.warn("HEADER_NOT_READ", "四: the result columns could not be read from the header; the template's order is assumed",
                    rows.get(first).provenance());
            columns.addAll(CellCatalog.reviewColumns());
        }
        List<ReviewColumn> perGroup = new ArrayList<>();
        for (Item c : columns) perGroup.add(new ReviewColumn(CellCatalog.reviewGroups().get(0), c));
        List<RunSplitter.Sum> sums = groupSums(perGroup);
        List<RunSplitter.Slot> slots = Collections.nCopies(columns.size(), RunSplitter.Slot.COUNT);
        int last = first;
        for (int i = first; i < rows.size(); i++) {
            Row r = rows.get(i);
            // the group is the last label that names one (行政诉讼 above 未经复议直接起诉 is its parent)
            Optional<Entry<Item>> group = Optional.empty();
            for (Token t : r.labels()) {
                Optional<Entry<Item>> g = LabelTable.matchExact(t.raw(), LabelTable.reviewGroups());
                if (g.isPresent()) group = g;
            }
            if (group.isEmpty() && r.hasValues()) break;
            if (group.isEmpty() && !r.labels().stream().allMatch(t -> LabelTable.LITIGATION.contains(Labels.text(t.raw())))) break;
            last = i;
            if (group.isEmpty() || !r.hasValues()) continue;
            Item g = group.get().item();
            Optional<List<Token>> values = sink.fitOrSplit(r.cells(), slots, sums, "四 " + g.label());
            if (values.isEmpty()) continue;
            for (int k = 0; k < columns.size(); k++) sink.put(CellCatalog.reviewKey(g, columns.get(k)), values.get().get(k), Optional.empty());
        }
        return Optional.of(new TableRange(headerStart, last));
    }

    /** Each group's results add up to its 总计, where the group prints all five columns. */
    private static List<RunSplitter.Sum> groupSums(List<ReviewColumn> columns) {
        Map<String, List<Integer>> parts = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (int k = 0; k < columns.size(); k++) {
            ReviewColumn c = columns.get(k);
            if (c.column().id().equals("total")) totals.put(c.group().id(), k);
            else parts.computeIfAbsent(c.group().id(), g -> new ArrayList<>()).add(k);
        }
        List<RunSplitter.Sum> sums = new ArrayList<>();
        int results = CellCatalog.reviewColumns().size() - 1;
        parts.forEach((group, p) -> {
            if (totals.containsKey(group) && p.size() == results) sums.add(new RunSplitter.Sum(p, totals.get(group)));
        });
        return sums;
    }

    private static boolean isHeader(Row r) {
        for (Token t : r.labels()) {
            String text = Labels.text(t.raw());
            if (text.length() <= 12 && (text.contains("复议") || text.contains("诉讼") || text.contains("结果") || text.contains("审结")
                    || text.contains("总计") || text.contains("合计") || text.contains("维持") || text.contains("纠正") || text.contains("其他")
                    || text.contains("尚未"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSectionHeading(Row r) {
        return Labels.numbering(r.labels().get(0).raw()).filter(n -> n.marker() == Labels.Marker.CHINESE).isPresent()
                && !Labels.text(r.labels().get(0).raw()).contains("行政复议");
    }
}
