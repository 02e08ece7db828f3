package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.internal.Text;
import org.xxgk.interpret.Labels.Marker;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.source.WarningCode;

/**
 * A LEGACY table printed in narrow columns, every cell wrapped a few characters a line, as plain pdftotext copies a
 * page printed with it: an indicator's label in fragments, its unit beside one of them, its values beside the last
 * ({@code 受理 / 依申 / 请公 条 / 开信 / 息总 / 数 0 118}), the header's words two lines of their own ({@code 指标 计量 2010
 * 历年 / 名称 单位 年度 累计}) or a word a line (pdftotext -raw). Each indicator is the fragments from the last values
 * on; a fragment that starts with a numbering starts the next one (what stands before it without values is a
 * heading, or its {@code 其中}). Taken only where the table's ties all hold (a parent the sum of its children, a
 * year's value at most the cumulative one), and a parent's sum at least does: the joins are the reader's, not the
 * copy's, and a year's tie holds for any two values of a row.
 */
final class LegacyFragments {

    private static final String TABLE_TITLE = "统计表";
    private static final String OF_WHICH = "其中";
    // a fragment longer than this is prose or a whole label, not a narrow column's
    private static final int MAX_LABEL = 60;

    private LegacyFragments() {}

    static Optional<TableRange> read(List<Row> rows, CellSink sink) {
        int title = -1;
        for (int i = 0; i < rows.size() && title < 0; i++) {
            String own = Labels.norm(FormAligner.own(rows.get(i)));
            if (!rows.get(i).hasValues() && own.endsWith(TABLE_TITLE) && own.length() <= MAX_LABEL) title = i;
        }
        if (title < 0) return Optional.empty();
        Optional<Reading> ended = reading(rows, title, false, sink.checkTime);
        if (ended.isEmpty()) return Optional.empty();
        // the values may also stand on a label's middle line, the rest of the label after them (a print that centres
        // a label's lines on its values: 受理依申 / 请公开信 / 条 0 118 / 息总数 / 其中： …, the rest read as a heading
        // above the items): read so where that keeps more of the table's sums, none failing (zeros sum to anything, so
        // only where the fragments read one way already)
        Reading read = ended.get();
        Optional<Reading> middle = reading(rows, title, true, sink.checkTime);
        if (middle.isPresent() && LegacyTableReader.sums(middle.get().sink)[2] > LegacyTableReader.sums(read.sink)[2]) {
            read = middle.get();
        }
        sink.cells.putAll(read.sink.cells);
        sink.labels.putAll(read.sink.labels);
        sink.warnings.addAll(read.sink.warnings);
        return Optional.of(new TableRange(title, read.last));
    }

    /**
     * The table read from the fragments after its title; empty where it cannot be, or a tie fails, or no parent's sum
     * holds. With {@code tails}, the fragments after an indicator's values and before a fragment that starts the next
     * one are the rest of its label, not a heading.
     */
    private static Optional<Reading> reading(List<Row> rows, int title, boolean tails, Runnable checkTime) {
        Reading read = new Reading(new CellSink(checkTime));
        StringBuilder text = new StringBuilder();
        int fragments = 0;
        Token at = null;
        Optional<String> unit = Optional.empty();
        for (int i = title + 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            String own = Text.compact(FormAligner.own(r));
            if (!own.isEmpty() && text.length() > 0 && starts(own) && !Labels.norm(text.toString()).equals(OF_WHICH)) {
                // a numbered fragment starts an indicator: what stands before it without values is a heading (or the
                // indicator's 其中), or, read with tails, the rest of the label above, as many of its lines at most as
                // stood before its values (on the label's middle line)
                boolean rest = tails && read.pending != null && fragments <= read.pending.fragments();
                if (rest) read.pending = read.pending.withRest(text.toString());
                if (!read.commit() || !rest && !read.heading(text.toString(), at)) return Optional.empty();
                text.setLength(0);
                fragments = 0;
                at = null;
            }
            if (!own.isEmpty()) {
                if (at == null && !r.labels().isEmpty()) at = r.labels().get(0);
                text.append(own);
                fragments++;
            }
            // the header's year on a line of its own words, before its 年度 (pdftotext -raw: 单位 2010 / 年度 / 历年)
            if (read.width == 0 && LegacyTableReader.holdsHeaderYear(rows, i)) {
                text.append(r.cells().get(0).raw().strip());
                continue;
            }
            List<Token> values = new ArrayList<>();
            for (Token t : r.cells()) {
                if (t.value().kind() == Values.Kind.UNIT) unit = t.value().unit();
                else if (t.isValue()) values.add(t);
            }
            // a sentence, or text longer than any label, is prose: the table is over
            if (text.length() > MAX_LABEL || own.contains("。")) break;
            if (values.isEmpty()) continue;
            if (!read.commit()) return Optional.empty();
            if (unit.isEmpty() && values.stream().allMatch(t -> t.value().kind() == Values.Kind.NIL)) {
                // a heading's stand-in unit (——)
                if (!read.heading(text.toString(), at)) return Optional.empty();
            } else if (unit.isEmpty()) {
                // every indicator prints its unit: figures without one are past the table (its date, a note's count)
                break;
            } else {
                read.pending = new Indicator(text.toString(), fragments, at, unit, values);
                if (!tails && !read.commit()) return Optional.empty();
            }
            text.setLength(0);
            fragments = 0;
            at = null;
            unit = Optional.empty();
            read.last = i;
        }
        if (!read.commit()) return Optional.empty();
        int[] ties = LegacyTableReader.sums(read.sink);
        if (read.last < 0 || ties[2] == 0 || ties[1] > 0) return Optional.empty();
        return Optional.of(read);
    }

    /**
     * An indicator's label as read so far, the count of its fragments up to its values, where it starts, its unit and
     * its values.
     */
    private record Indicator(String text, int fragments, Token at, Optional<String> unit, List<Token> values) {
        Indicator withRest(String rest) {
            return new Indicator(text + rest, fragments, at, unit, values);
        }
    }

    /** The indicators read so far; the table's columns and numbering, once its header's words are passed. */
    private static final class Reading {
        final CellSink sink;
        LegacyTableReader.PathCounter paths;
        int width;
        // the indicator whose values were read last, its label open to the rest after them
        Indicator pending;
        int last = -1;

        Reading(CellSink sink) {
            this.sink = sink;
        }

        /**
         * The label without the header's words the first label runs on from, which say whether a cumulative column
         * follows; empty where there are none (which columns the values fill is unknown).
         */
        private Optional<String> label(String text) {
            if (width > 0) return Optional.of(text);
            int end = LegacyRunReader.headerEnd(text);
            if (end == 0 || end == text.length()) return Optional.empty();
            width = text.substring(0, end).contains("累计") ? 2 : 1;
            String label = text.substring(end);
            paths = new LegacyTableReader.PathCounter(Labels.numbering(label)
                    .filter(n -> n.marker() == Marker.CHINESE).isPresent());
            return Optional.of(label);
        }

        boolean heading(String text, Token at) {
            Optional<String> label = label(text);
            if (label.isEmpty() || at == null) return false;
            sink.putBlank(CellCatalog.legacyKey(paths.next(label.get())), at.provenance(), label.get());
            return true;
        }

        /** Reads the pending indicator, if any; false where it cannot be read. */
        boolean commit() {
            if (pending == null) return true;
            Indicator p = pending;
            pending = null;
            return indicator(p.text(), p.at(), p.unit(), p.values());
        }

        boolean indicator(String text, Token at, Optional<String> unit, List<Token> values) {
            Optional<String> found = label(text);
            if (found.isEmpty() || at == null || values.size() < width) return false;
            String label = found.get();
            String key = CellCatalog.legacyKey(paths.next(label));
            sink.putLegacy(key, values.get(0), unit, label);
            if (width == 2) sink.putLegacy(CellCatalog.cumulativeKey(key), values.get(1), unit, label);
            for (Token extra : values.subList(width, values.size())) {
                sink.warn(WarningCode.VALUE_WITHOUT_HEADER, "统计表 " + label + ": \"" + extra.raw()
                        + "\" beyond the table's columns; dropped", extra.provenance());
            }
            return true;
        }
    }

    /** Whether a fragment starts an indicator: a numbering, a numbering's mark without its number, or 其中. */
    private static boolean starts(String fragment) {
        return Labels.numbering(fragment).isPresent() || Labels.lostNumber(fragment) || Labels.isOfWhich(fragment);
    }
}
