package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.Template;

/**
 * Section 二's sub-tables as a copy prints them with each row's values before its label (plain pdftotext, where the
 * values sit higher than the label): the header's last row holds the first row's values, each row the next one's,
 * and the last row none. Only that whole shape is read so: values under the header, values after every row but the
 * last, none after the last; anything else is left as printed (the first row's values alone before its label are
 * read by the aligner).
 */
final class ActiveValuesBefore {

    private ActiveValuesBefore() {}

    /**
     * The characters of a sub-table's header (信息内容 and the forms' section 二 column labels, both forms'): its rows,
     * wrapped or truncated anywhere, use no others.
     */
    private static final String HEADER_CHARS = headerChars();

    private static String headerChars() {
        StringBuilder words = new StringBuilder(FormTableReader.HEADER_CELL);
        for (Template t : List.of(Template.V2019, Template.V2021)) {
            for (CellCatalog.ActiveRow row : CellCatalog.activeRows(t)) {
                for (CellCatalog.Item column : row.columns()) words.append(column.label());
            }
        }
        return Labels.norm(words.toString());
    }

    /** Sub-tables hold one or two rows. */
    private static final int MAX_ROWS = 2;

    /** {@code rows} with the values of each such sub-table in {@code [from, to)} moved down to their labels. */
    static List<Row> apply(List<Row> rows, int from, int to) {
        List<Row> out = null;
        for (int i = from; i < to; i++) {
            if (!isHeading(rows.get(i))) continue;
            int header = i + 1;
            // the rest of a heading a line break cut after its 第 (第二十条第 / （六）项)
            if (header < to && isHeadingRest(rows.get(header))) header++;
            while (header < to && isHeader(rows.get(header))) header++;
            int last = header - 1;
            if (last <= i || !rows.get(last).hasValues() || rows.get(last).grid()) continue;
            int end = header;
            while (end < to && end - header < MAX_ROWS + 1 && !endsTable(rows.get(end))) end++;
            int items = end - header;
            boolean shape = items >= 1 && items <= MAX_ROWS && !rows.get(end - 1).hasValues();
            for (int k = header; k < end - 1; k++) shape &= rows.get(k).hasValues() && !rows.get(k).grid();
            if (!shape) continue;
            if (out == null) out = new ArrayList<>(rows);
            List<Token> carried = rows.get(last).cells();
            out.set(last, with(rows.get(last), List.of()));
            for (int k = header; k < end; k++) {
                List<Token> own = rows.get(k).cells();
                out.set(k, with(rows.get(k), carried));
                carried = own;
            }
        }
        return out == null ? rows : out;
    }

    /**
     * A sub-table's heading (第二十条第（一）项), or the second part of one a line break cut (第二 / 十条第（一）项, 第二十条 /
     * 第（五）项): the labels of section 二's rows hold no 第(.
     */
    private static boolean isHeading(Row r) {
        // asked of every row of the tables: the raw labels first, normalised only where they may say it
        for (Token t : r.labels()) {
            String raw = t.raw();
            if (raw.contains("第") && (raw.contains("二十条") || raw.contains("（") || raw.contains("("))) {
                String own = FormAligner.own(r);
                return own.contains("第二十条第") || own.contains("第(");
            }
        }
        return false;
    }

    /** Whether a row is the 项 of a heading cut before it ({@code （六）项}), and nothing else. */
    private static boolean isHeadingRest(Row r) {
        String own = FormAligner.own(r);
        return own.startsWith("(") && own.endsWith(")项")
                && Labels.chinese(own.substring(1, own.length() - 2)).isPresent();
    }

    private static boolean isHeader(Row r) {
        if (r.labels().isEmpty()) return false;
        for (Token t : r.labels()) {
            String s = t.text();
            for (int k = 0; k < s.length(); k++) if (HEADER_CHARS.indexOf(s.charAt(k)) < 0) return false;
        }
        return true;
    }

    /**
     * The next sub-table's heading or its first part (第二, 第二十条: section 二's labels start with no 第), a part's
     * heading (三、…), or the applications table's header.
     */
    private static boolean endsTable(Row r) {
        String own = FormAligner.own(r);
        return r.labels().isEmpty() || own.contains("第二十条第") || own.startsWith("第二") || own.contains("申请人情况")
                || Labels.numbering(own).filter(n -> n.marker() == Labels.Marker.CHINESE).isPresent();
    }

    private static Row with(Row r, List<Token> cells) {
        return new Row(r.labels(), cells, r.block(), r.grid());
    }
}
