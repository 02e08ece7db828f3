package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.interpret.ColumnLayouts.ReviewColumn;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;

/**
 * Section 四, administrative reconsideration and litigation: a three-level header (行政复议 /
 * 行政诉讼 → 未经复议直接起诉, 复议后起诉 → five result columns each) over one row of fifteen values.
 */
final class ReviewTableReader {

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
        Optional<List<Token>> fitted = sink.fit(values, columns.size(), "四");
        if (fitted.isEmpty()) return Optional.of(new TableRange(first, last));
        for (int k = 0; k < columns.size(); k++) {
            ReviewColumn c = columns.get(k);
            sink.put(CellCatalog.reviewKey(c.group(), c.column()), fitted.get().get(k), Optional.empty());
        }
        return Optional.of(new TableRange(first, last));
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
