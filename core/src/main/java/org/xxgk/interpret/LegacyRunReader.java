package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.source.Provenance;
import org.xxgk.source.WarningCode;

/**
 * A LEGACY table whose rows ran together in a text copy (a web page flattened to one line): the
 * regional {@code 指标名称 / 计量单位 / 2015年度 / 历年累计} table read as {@code label unit value
 * cumulative} runs ({@code 主动公开文件数条294981916}). The row's digits split by what the table
 * itself says: no leading zeros, the year's value no more than the cumulative one, a parent the sum
 * of its listed children in both columns; where several splits remain, a figure the prose states
 * for the indicator ({@code 主动公开政府信息2949条}) settles it when it names one split only.
 */
final class LegacyRunReader {

    private static final List<String> HEADER = List.of("指标名称", "统计指标");
    // the units a LEGACY row prints after its label; 人 too at a label's end only (…数人 never runs on to a label)
    private static final String UNITS = "万元|元|人次|件次|条|件|次|篇|个|项";
    // an indicator's words (…数, …额), its unit, and the next indicator's label run on (its numbering first, or not)
    private static final Pattern GLUED_ROW =
            Pattern.compile("(.+?[数额])(" + UNITS + ")((?:\\d{1,2}[、.．])?\\p{IsHan}.*)");
    private static final Pattern UNIT_AT_END = Pattern.compile("(.*?)(" + UNITS + "|人)$");
    private static final int MAX_LABEL = 60;
    private static final int PROSE_WINDOW = 16;
    // figures a row may print beyond twice its columns (a note's number, a stray count) and still be one indicator's
    private static final int MAX_EXTRA_FIGURES = 2;

    private LegacyRunReader() {}

    private record Indicator(String key, String label, Optional<String> unit, Row row, RowReadings.Readings readings) {}

    /** An indicator's row as printed: its value cells, units left out. */
    private record Printed(String key, String label, Optional<String> unit, Row row, List<Token> cells) {}

    /**
     * The table read as runs into {@code sink}; empty where it is not there, or where it could place no more than
     * {@code toBeat} values (a reading of the table as cells placed that many): its rows are not read then.
     */
    static Optional<TableRange> read(List<Row> rows, String prose, CellSink sink, long toBeat) {
        int header = headerRow(rows);
        if (header < 0) return Optional.empty();
        String headerText = FormAligner.own(rows.get(header))
                + (header + 1 < rows.size() ? FormAligner.own(rows.get(header + 1)) : "");
        boolean cumulative = headerText.contains("累计");
        FormProfile.Row shape = shape(cumulative);
        // the rows from the header on that print a figure, each an indicator at most: no more to place, nothing to read
        if (rows.subList(header, rows.size()).stream().filter(r -> holdsFigure(r.cells())).count() * shape.width()
                <= toBeat) {
            return Optional.empty();
        }

        LegacyTableReader.PathCounter paths = new LegacyTableReader.PathCounter(false);
        List<Printed> printed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int last = header;
        // the header's own row may end with the first indicator (统计指标 | 单位 | 统计数 | 一、主动公开情况 | ——)
        for (int i = header; i < rows.size(); i++) {
            Row r = rows.get(i);
            String label = stripHeader(FormAligner.own(r));
            // the form's sign-off (填报人, 联系电话 …) or the portal's footer after it ends the table
            if (!printed.isEmpty() && LegacyTableReader.isSignOff(label)) break;
            if (!r.hasValues() || label.isEmpty() || label.length() > MAX_LABEL || label.contains("。")) {
                if (!printed.isEmpty() && !isHeading(label)) break;
                continue;
            }
            Optional<String> unit = Optional.empty();
            List<Token> cells = new ArrayList<>();
            for (Token t : r.cells()) {
                if (t.value().kind() == Values.Kind.UNIT) unit = t.value().unit();
                else cells.add(t);
            }
            if (cells.size() > MAX_EXTRA_FIGURES + 2 * shape.width()) {
                // far more figures than the table has columns: no indicator's row (a copy that prints the table's
                // columns one after the other runs them all on to one label); its place in the numbering is kept
                paths.next(label);
                sink.warn(WarningCode.VALUE_WITHOUT_HEADER, "统计表 " + label + ": " + cells.size() + " figures for "
                        + shape.width() + " column(s); not placed", r.provenance());
                continue;
            }
            Matcher glued = GLUED_ROW.matcher(label);
            if (glued.matches()) {
                // a row printed without values runs its label and unit on to the next one's: its cells were blank
                String blank = CellCatalog.legacyKey(paths.next(glued.group(1)));
                if (keys.add(blank)) sink.putBlank(blank, r.provenance(), glued.group(1));
                label = glued.group(3);
            }
            var m = UNIT_AT_END.matcher(label);
            if (unit.isEmpty() && m.matches() && !m.group(1).isEmpty()) {
                unit = Optional.of(m.group(2));
                label = m.group(1);
            }
            String key = CellCatalog.legacyKey(paths.next(label));
            if (!keys.add(key)) {
                // the numbering went back to an indicator already read: which one this row is, is unknown
                sink.warn(WarningCode.ROW_NOT_MATCHED, "统计表 " + label + ": numbered as an indicator read above ("
                        + key + "); not placed", r.provenance());
                continue;
            }
            printed.add(new Printed(key, label, unit, r, cells));
            last = i;
        }
        if (printed.isEmpty() || mostPlaced(printed, shape.width()) <= toBeat) return Optional.empty();
        boolean blanksLost = printed.stream().anyMatch(p -> !p.row().grid()
                && (RowReadings.losesBlanks(p.cells(), shape.width()) || RowReadings.printsApart(p.cells(),
                        shape.width())));
        List<Indicator> indicators = new ArrayList<>();
        for (Printed p : printed) {
            RowReadings.Readings r = notAbove(RowReadings.of(p.cells(), shape, blanksLost), cumulative);
            indicators.add(new Indicator(p.key(), p.label(), p.unit(), p.row(), r));
        }

        // the prose first, so that what it settles reaches the rows tied to it by the sums
        indicators.replaceAll(ind -> byProse(ind, prose));
        Map<String, List<List<BigDecimal>>> numbers = new LinkedHashMap<>();
        for (Indicator ind : indicators) {
            if (!ind.readings().none())
                numbers.put(
                        ind.key(),
                        ind.readings().readings().stream()
                                .map(RowReadings::numbers)
                                .toList());
        }
        Map<String, BitSet> alive = TableSolver.solve(numbers, sums(indicators), k -> List.of(), shape.width());
        for (Indicator ind : indicators) {
            place(ind, alive.getOrDefault(ind.key(), new BitSet()), cumulative, sink);
        }
        // a header row whose label runs on from the prose before it (a page flattened to one line) stays the prose's
        int first = FormAligner.own(rows.get(header)).length() > MAX_LABEL
                        && indicators.get(0).row() != rows.get(header)
                ? header + 1
                : header;
        return Optional.of(new TableRange(first, last, first == header ? headerStart(rows.get(header)) : 0, 0));
    }

    /**
     * The most values the rows could place: a value a column for an indicator that prints a figure (a row of nil marks,
     * {@code ——}, places none).
     */
    private static long mostPlaced(List<Printed> printed, int width) {
        return printed.stream().filter(p -> holdsFigure(p.cells())).count() * width;
    }

    private static boolean holdsFigure(List<Token> cells) {
        for (Token t : cells) {
            if (t.value().kind() == Values.Kind.NUMBER || t.value().kind() == Values.Kind.RUN) return true;
        }
        return false;
    }

    /** The label of the header row where its header word starts: the labels before it are the prose's (a title). */
    private static int headerStart(Row header) {
        List<Token> labels = header.labels();
        StringBuilder suffix = new StringBuilder();
        for (int k = labels.size() - 1; k >= 0; k--) {
            suffix.insert(0, labels.get(k).text());
            for (String h : HEADER) if (suffix.indexOf(h) >= 0) return k;
        }
        return 0;
    }

    /** A numbered heading row printed without a value cell: the table goes on after it. */
    private static boolean isHeading(String label) {
        return !label.isEmpty() && label.length() <= MAX_LABEL && Labels.numbering(label).isPresent();
    }

    /** The id of the row shape a LEGACY table's rows are read in: a year's column, and a cumulative one if printed. */
    static final String SHAPE_ID = "legacy";

    private static FormProfile.Row shape(boolean cumulative) {
        List<FormProfile.Column> columns = new ArrayList<>();
        columns.add(new FormProfile.Column("value", FormProfile.Slot.AMOUNT, Optional.empty(), List.of()));
        if (cumulative)
            columns.add(new FormProfile.Column("cumulative", FormProfile.Slot.AMOUNT, Optional.empty(), List.of()));
        return new FormProfile.Row(
                FormProfile.Section.ACTIVE, SHAPE_ID, "统计表", List.of(), Optional.empty(), columns, List.of(), false);
    }

    /** The header words a flattened copy runs into the first indicator's label ({@code 年度历年累计主动公开文件数}). */
    /** The first row that names the indicator column ({@code 指标名称}, {@code 统计指标}); -1 for none. */
    static int headerRow(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String text = FormAligner.own(rows.get(i));
            for (String h : HEADER) if (text.contains(h)) return i;
        }
        return -1;
    }

    private static String stripHeader(String label) {
        return label.substring(headerEnd(label));
    }

    private static final List<String> HEADER_WORDS = List.of("历年累计", "累计", "统计数", "年度", "计量单位", "单位", "指标名称");

    /** Where the header words run into a label end: 0 for a label without them. */
    static int headerEnd(String label) {
        int end = 0;
        for (String w : HEADER_WORDS) {
            int at = label.lastIndexOf(w);
            if (at >= end) end = at + w.length();
        }
        return end;
    }

    /** A year's value never exceeds the total since the regulation came in. */
    private static RowReadings.Readings notAbove(RowReadings.Readings r, boolean cumulative) {
        if (!cumulative || r.readings().size() <= 1) return r;
        List<List<Token>> kept = new ArrayList<>();
        for (List<Token> reading : r.readings()) {
            List<BigDecimal> n = RowReadings.numbers(reading);
            if (n.get(0).compareTo(n.get(1)) <= 0) kept.add(reading);
        }
        return new RowReadings.Readings(kept, r.split(), r.bounded(), r.extra());
    }

    /** A parent with two or more children is their sum (a lone 其中 child is a part, not the whole). */
    private static List<FormProfile.Equation> sums(List<Indicator> indicators) {
        // each indicator's children, in print order, by the key one level up
        Map<String, List<String>> childrenOf = new HashMap<>();
        for (Indicator c : indicators) {
            int dot = c.key().lastIndexOf('.');
            if (dot > 0) childrenOf.computeIfAbsent(c.key().substring(0, dot), k -> new ArrayList<>()).add(c.key());
        }
        List<FormProfile.Equation> out = new ArrayList<>();
        for (Indicator parent : indicators) {
            List<String> children = childrenOf.getOrDefault(parent.key(), List.of());
            if (children.size() >= 2) out.add(new FormProfile.Equation(List.of(parent.key()), children));
        }
        return out;
    }

    /** The one split whose year value the prose states beside the indicator's words and unit, where there is one. */
    private static Indicator byProse(Indicator ind, String prose) {
        List<List<Token>> readings = ind.readings().readings();
        String words = Labels.text(ind.label());
        if (readings.size() < 2 || words.length() < 4 || ind.unit().isEmpty()) return ind;
        String anchor = words.substring(0, 4);
        if (!prose.contains(anchor)) return ind; // no pattern below can match: spare compiling them
        List<List<Token>> found = new ArrayList<>();
        for (List<Token> reading : readings) {
            if (!prose.contains(reading.get(0).raw() + ind.unit().get())) continue;
            Pattern p = Pattern.compile(Pattern.quote(anchor) + "[^。；;\\d]{0," + PROSE_WINDOW + "}(?<!\\d)"
                    + Pattern.quote(reading.get(0).raw()) + Pattern.quote(ind.unit().get()));
            if (p.matcher(prose).find()) found.add(reading);
        }
        if (found.size() != 1) return ind;
        RowReadings.Readings r = ind.readings();
        return new Indicator(
                ind.key(),
                ind.label(),
                ind.unit(),
                ind.row(),
                new RowReadings.Readings(found, r.split(), r.bounded(), r.extra()));
    }

    /** A row's printed values, for a warning. */
    private static String digits(Indicator ind) {
        return String.join(" ", ind.row().cells().stream().map(Token::raw).toList());
    }

    private static void place(Indicator ind, BitSet alive, boolean cumulative, CellSink sink) {
        Provenance at = ind.row().provenance();
        if (alive.isEmpty()) {
            String why = ind.readings().blanks() ? ind.readings().whyNone(0, cumulative ? 2 : 1)
                    : "cannot be read as its values";
            sink.warn(WarningCode.ROW_INCOMPLETE, "统计表 " + ind.label() + ": \"" + digits(ind) + "\" " + why
                    + "; not placed", at);
            sink.putBlank(ind.key(), at, ind.label());
            return;
        }
        List<String> keys = cumulative ? List.of(ind.key(), CellCatalog.cumulativeKey(ind.key())) : List.of(ind.key());
        List<String> ambiguous = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            Optional<Token> agreed = RowReadings.agreed(ind.readings().readings(), alive, c);
            if (agreed.isPresent()) sink.putLegacy(keys.get(c), agreed.get(), ind.unit(), ind.label());
            else ambiguous.add(keys.get(c));
        }
        if (!ambiguous.isEmpty()) {
            sink.labels.putIfAbsent(ind.key(), ind.label());
            sink.warn(
                    WarningCode.VALUE_AMBIGUOUS,
                    "统计表 " + ind.label() + ": the digits \"" + digits(ind) + "\" split " + alive.cardinality()
                            + " ways that fit the table; not placed: " + String.join(", ", ambiguous),
                    at);
        }
    }
}
