package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/**
 * Section 二, active disclosure: sub-tables per 第二十条 item, each a {@code 信息内容} header row
 * and rows by label; columns matched by header label, truncated headers ({@code 本年新}) by order.
 */
final class ActiveTableReader {

    private ActiveTableReader() {}

    /** Reads the rows before {@code end} (the start of section 三, or the end of the document). */
    static Optional<TableRange> read(List<Row> rows, Template template, int end, CellSink sink) {
        int first = -1;
        for (int i = 0; i < end && first < 0; i++) {
            for (Token t : rows.get(i).labels()) {
                String text = Labels.norm(t.raw());
                if (text.equals(LabelTable.ACTIVE_HEADER) || LabelTable.ACTIVE_TABLE_START.stream().anyMatch(text::startsWith) && text.length() < 20) {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0) return Optional.empty();
        List<Entry<ActiveRow>> entries = LabelTable.activeRows(template);
        List<Token> header = null;
        boolean collecting = false;
        int last = first;
        boolean any = false;
        for (int i = first; i < end; i++) {
            Row r = rows.get(i);
            List<Token> labels = r.grid() ? r.ownLabels() : r.labels();
            int h = indexOfHeader(labels);
            if (h >= 0) {
                header = new ArrayList<>(labels.subList(h + 1, labels.size()));
                collecting = header.isEmpty() || !r.grid();
                last = i;
                continue;
            }
            if (!labels.isEmpty() && LabelTable.ACTIVE_TABLE_START.stream().anyMatch(Labels.norm(labels.get(0).raw())::startsWith)) {
                header = null;
                collecting = false;
                last = i;
                continue;
            }
            Optional<Entry<ActiveRow>> m = r.lastLabel().flatMap(l -> LabelTable.match(l.raw(), entries, 4));
            if (m.isPresent() && !(r.cells().isEmpty() && collecting)) {
                collecting = false;
                last = i;
                if (r.cells().isEmpty()) continue;
                place(m.get().item(), r, header, sink);
                any = true;
                continue;
            }
            if (collecting && r.isLabelOnly()) {
                header.addAll(r.labels());
                last = i;
            } else if (r.hasValues() && (header != null || any)) {
                sink.warn("ROW_NOT_MATCHED", "二: row \"" + r.lastLabel().map(Token::raw).orElse("") + "\" matches no row of the template",
                        r.provenance());
            } else if (any && !r.isLabelOnly()) {
                break;
            }
        }
        return any ? Optional.of(new TableRange(first, last)) : Optional.empty();
    }

    private static int indexOfHeader(List<Token> labels) {
        for (int k = 0; k < labels.size(); k++) {
            if (Labels.norm(labels.get(k).raw()).equals(LabelTable.ACTIVE_HEADER)) return k;
        }
        return -1;
    }

    private static void place(ActiveRow row, Row r, List<Token> header, CellSink sink) {
        List<Entry<Item>> columns = LabelTable.activeColumns(row);
        List<Optional<Entry<Item>>> assigned = new ArrayList<>();
        List<Optional<String>> units = new ArrayList<>();
        if (header == null || header.isEmpty()) {
            // no header read: the template's columns, only when the row prints exactly as many values
            for (Entry<Item> c : columns) {
                assigned.add(Optional.of(c));
                units.add(Values.headerUnit(c.item().label()));
            }
        } else {
            assigned = assign(header, columns);
            for (Token t : header) units.add(Values.headerUnit(t.raw()));
        }
        List<RunSplitter.Slot> slots = new ArrayList<>();
        for (Optional<Entry<Item>> c : assigned) {
            slots.add(c.map(e -> LabelTable.ACTIVE_COLUMN_SLOTS.getOrDefault(e.id(), RunSplitter.Slot.COUNT)).orElse(RunSplitter.Slot.COUNT));
        }
        // section 二 has no arithmetic of its own: a run is placed only when its digits allow one split
        Optional<List<Token>> values = sink.fitOrSplit(r.cells(), slots, List.of(), "二 " + row.label());
        if (values.isEmpty()) return;
        for (int k = 0; k < assigned.size(); k++) {
            Token v = values.get().get(k);
            if (assigned.get(k).isPresent()) {
                sink.put(CellCatalog.activeKey(row, assigned.get(k).get().item()), v, units.get(k));
            } else if (!v.value().isBlank()) {
                sink.warn("VALUE_WITHOUT_HEADER", "二 " + row.label() + ": value \"" + v.raw() + "\" is under a header that names no column of the template",
                        v.provenance());
            }
        }
    }

    /**
     * Header cells to columns: first the cells that name one column best, then the truncated or
     * ambiguous ones ({@code 本年新} | {@code 本年新}) to the remaining candidates in template order.
     */
    static List<Optional<Entry<Item>>> assign(List<Token> header, List<Entry<Item>> columns) {
        int n = header.size();
        List<Optional<Entry<Item>>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) out.add(Optional.empty());
        Set<String> used = new HashSet<>();
        for (int k = 0; k < n; k++) {
            String t = Labels.text(header.get(k).raw());
            Entry<Item> best = null;
            int bestScore = 0;
            boolean tie = false;
            for (Entry<Item> c : columns) {
                int s = LabelTable.score(t, c, 2);
                if (s > bestScore) {
                    best = c;
                    bestScore = s;
                    tie = false;
                } else if (s == bestScore && s > 0) {
                    tie = true;
                }
            }
            if (best != null && !tie && bestScore >= 3 && used.add(best.id())) out.set(k, Optional.of(best));
        }
        for (int k = 0; k < n; k++) {
            if (out.get(k).isPresent()) continue;
            String t = Labels.text(header.get(k).raw());
            for (Entry<Item> c : columns) {
                if (!used.contains(c.id()) && LabelTable.score(t, c, 2) > 0) {
                    used.add(c.id());
                    out.set(k, Optional.of(c));
                    break;
                }
            }
        }
        return out;
    }
}
