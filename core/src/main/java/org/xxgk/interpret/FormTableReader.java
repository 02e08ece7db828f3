package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.FormAligner.Placement;
import org.xxgk.interpret.FormProfile.Section;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.CellCatalog;
import org.xxgk.source.Provenance;
import org.xxgk.source.WarningCode;

/**
 * Sections 二, 三 and 四 of a V2019 or V2021 report, whatever the format: the printed rows aligned
 * with the form ({@link FormAligner}), each row's readings ({@link RowReadings}), the readings of
 * section 三 chosen by its sums ({@link TableSolver}), and every value placed only where all the
 * readings left agree on it. What cannot be placed stays absent, with a warning that says why.
 */
final class FormTableReader {

    // where the tables start: the first 第二十条 sub-table header (信息内容 only as a header cell: prose says 政府信息内容 too)
    private static final String TABLE_START = "第二十条第";
    static final String HEADER_CELL = "信息内容";
    private static final int MAX_HEADER_CELL = 12;
    // section 四 is read only after words of its header
    private static final List<String> REVIEW_WORDS = List.of("复议", "诉讼", "结果维持");
    private static final int REVIEW_WIDTH_PER_GROUP = 5;
    private static final int MAX_HEADER_ROWS = 40;
    private static final int MAX_REVIEW_ROWS = 60;
    private static final double SAME_LABEL = 0.9;

    /** Lines of labels alone between a row's values and the label of the form's row before it, at most. */
    private static final int LABEL_LINES_ABOVE = 3;

    private FormTableReader() {}

    /** Places what it can into {@code sink}; the rows it read, for the prose reader to leave out. */
    static Optional<TableRange> read(List<Row> stream, FormProfile profile, CellSink sink) {
        int from = start(stream);
        int to = end(stream, from, profile, sink);
        FormProfile.Row anyApplicationRow = profile.rows(Section.APPLICATIONS).get(0);
        List<Row> rows = ValuesOverTwoLines.join(ValuesAboveAndBelow.join(ActiveValuesBefore.apply(stream, from, to),
                from, to, anyApplicationRow), from, to, anyApplicationRow);
        List<FormProfile.Row> form = profile.tables().rows();
        List<Placement> aligned = FormAligner.align(rows, from, reviewHeading(rows, from, to), profile.tables(),
                sink.checkTime);
        List<Placement> placements = SectionPour.pour(aligned, rows, from, to, form, profile);
        int last = lastRowRead(rows, placements);

        for (Placement p : placements) {
            if (p.byOrder()) {
                String printed = p.printedLabel().isEmpty()
                        ? "values run on from the row above (\"" + FormAligner.own(rows.get(p.row())) + "\")"
                        : "row \"" + p.printedLabel() + "\"";
                sink.warn(
                        WarningCode.ROW_MATCHED_BY_ORDER,
                        p.form().section().numeral + ": " + printed + " read as " + p.form().label()
                                + " by its place in the form",
                        p.printed().provenance());
            }
        }
        warnUnplaced(rows, placements, sink);

        boolean blanksLost = placements.stream()
                .anyMatch(p -> !p.printed().grid() && RowReadings.losesBlanks(p.printed().cells(), p.form().width()));
        placeIndependent(rows, placements, profile.rows(Section.ACTIVE), blanksLost, sink);
        // rows that print fewer values than their columns, their totals kept (5 0 0 0 5, 77 0 0 0 4 81): a table with
        // blank cells, which the copy dropped (one such row may have lost a value to another line)
        boolean blanksDropped = blanksLost && placements.stream().filter(p -> !p.printed().grid()
                && !p.form().sums().isEmpty() && RowReadings.totalAfterSome(p.printed().cells(), p.form().width())
                        .filter(total -> total.signum() != 0).isPresent()).count() >= 2;
        placeApplications(rows, placements, profile, blanksLost, blanksDropped, sink);
        BlankGridRows.place(rows, placements, form, sink);
        int reviewLast = readReview(rows.subList(0, to), Math.max(from, last + 1), profile, blanksLost, sink);
        last = Math.max(last, reviewLast);

        for (Section s : List.of(Section.ACTIVE, Section.APPLICATIONS)) {
            if (placements.stream().noneMatch(p -> p.form().section() == s)) {
                sink.warn(WarningCode.TABLE_NOT_FOUND, s.numeral + ": no row of the table was found", Provenance.NONE);
            }
        }
        if (reviewLast < 0)
            sink.warn(WarningCode.TABLE_NOT_FOUND, "四: the review and litigation table was not found", Provenance.NONE);
        if (last < 0) return Optional.empty();
        int label = startLabel(rows, from);
        String raw = label < rows.get(from).labels().size() ? rows.get(from).labels().get(label).raw() : "";
        return Optional.of(new TableRange(from, last, label, Math.max(0, raw.indexOf(TABLE_START))));
    }

    /**
     * The last printed row whose values a placement reads: a row read by the form's order may take its values from rows
     * after its own (columns printed apart, after the section's last label); -1 for none.
     */
    private static int lastRowRead(List<Row> rows, List<Placement> placements) {
        if (placements.isEmpty()) return -1;
        int last = placements.get(placements.size() - 1).row();
        // the cells of the rows below the last placement (below a table, mostly prose: few), each with its row, and
        // the cells read looked up among them
        Map<Token, Integer> below = new IdentityHashMap<>();
        for (int i = last + 1; i < rows.size(); i++) {
            for (Token t : rows.get(i).cells()) below.put(t, i);
        }
        if (below.isEmpty()) return last;
        int lastRead = last;
        for (Placement p : placements) {
            for (Token t : p.printed().cells()) {
                Integer row = below.get(t);
                if (row != null) lastRead = Math.max(lastRead, row);
            }
        }
        return lastRead;
    }

    /**
     * Where the first report's tables end: a file that holds several reports (a concatenated export)
     * prints the form's first row of 三 more than once; the first report is read (its tables end where
     * the next one's 第二十条 header or first row of 三 starts), and the user is told.
     */
    private static int end(List<Row> rows, int from, FormProfile profile, CellSink sink) {
        FormProfile.Row first = profile.rows(Section.APPLICATIONS).get(0);
        List<Integer> copies = new ArrayList<>();
        for (int i = from; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.hasValues()) continue;
            double score = LabelSimilarity.matchPrepared(FormAligner.own(r), first.prepared()).score();
            if (score >= SAME_LABEL) copies.add(i);
        }
        if (copies.size() < 2) return rows.size();
        int next = copies.get(1);
        for (int i = copies.get(0) + 1; i < next; i++) {
            if (rows.get(i).labels().stream().anyMatch(t -> t.text().contains(TABLE_START))) {
                next = i;
                break;
            }
        }
        sink.warn(
                WarningCode.SEVERAL_REPORTS,
                "the form's row " + first.label() + " is printed " + copies.size()
                        + " times: the file seems to hold several reports; the first is read",
                rows.get(copies.get(1)).provenance());
        return next;
    }

    private static int start(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) if (startLabel(rows, i) < rows.get(i).labels().size()) return i;
        return 0;
    }

    /** The first label of row {@code i} that starts the tables (第二十条第…, 信息内容), or the count of its labels. */
    private static int startLabel(List<Row> rows, int i) {
        List<Token> labels = rows.get(i).labels();
        for (int k = 0; k < labels.size(); k++) {
            String text = labels.get(k).text();
            if (text.contains(TABLE_START) || text.length() <= MAX_HEADER_CELL && text.endsWith(HEADER_CELL)) return k;
        }
        return labels.size();
    }

    private static final int MAX_HEADING = 30;

    /**
     * Where section 四 starts: its heading on a row of its own (四、政府信息公开行政复议、行政诉讼情况), or {@code to}. No row
     * below it is one of 二's or 三's (a copy that prints its header words one a line gives a 总计 with its values).
     */
    private static int reviewHeading(List<Row> rows, int from, int to) {
        for (int i = from; i < to; i++) {
            Row r = rows.get(i);
            if (r.hasValues()) continue;
            String label = FormAligner.own(r);
            if (label.length() <= MAX_HEADING && label.contains("行政复议") && label.contains("行政诉讼")) return i;
        }
        return to;
    }

    /** Printed rows with values between the first and last placed rows that took no form row. */
    private static void warnUnplaced(List<Row> rows, List<Placement> placements, CellSink sink) {
        if (placements.isEmpty()) return;
        List<Integer> placed = placements.stream().map(Placement::row).toList();
        BitSet placedRows = new BitSet();
        for (int i : placed) placedRows.set(i);
        Set<Token> read = null;
        for (int i = placed.get(0); i < placed.get(placed.size() - 1); i++) {
            Row r = rows.get(i);
            if (!r.hasValues() || placedRows.get(i) || r.cells().stream().allMatch(t -> t.value().isBlank())) continue;
            // values a part of a section read in the form's order took from the row above
            if (read == null) read = FormAligner.tokensRead(placements);
            if (r.cells().stream().anyMatch(read::contains)) continue;
            String label = FormAligner.labelled(rows, placed.get(0), i).context();
            sink.warn(
                    WarningCode.ROW_NOT_MATCHED,
                    "row \"" + label + "\" matches no row of the form; its values are not placed",
                    r.provenance());
        }
    }

    /** Section 二: rows without arithmetic between them, each placed by its own readings. */
    private static void placeIndependent(
            List<Row> rows, List<Placement> placements, List<FormProfile.Row> form, boolean blanksLost, CellSink sink) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.form().section() != Section.ACTIVE) continue;
            if (i + 1 < placements.size() && placedColumnByColumn(p, placements.get(i + 1), form, sink)) {
                i++;
                continue;
            }
            if (placedWithRowAbove(rows, p, placements, form, sink)) continue;
            RowReadings.Readings r = RowReadings.oneValueOnALineOfItsOwn(p.printed(), p.form())
                    ? RowReadings.Readings.BLANKS_LOST
                    : RowReadings.of(p.printed().cells(), p.form(), blanksLost);
            if (takesRowAbovesValues(rows, p, i > 0 ? placements.get(i - 1) : null, form, r)) {
                sink.warn(WarningCode.ROW_INCOMPLETE, "二 " + p.form().label() + ": \"" + digits(p.printed())
                        + "\": more values than its columns right below the row before it, printed with fewer values"
                        + " than its columns or none: the two rows' values, which are whose unknown; not placed",
                        RowReadings.where(p.printed().cells()));
                continue;
            }
            place(p.form(), p.printed(), r, all(r), p.printedLabel(), sink);
        }
    }

    /**
     * A one-column row of 二 with two values right below the label of the form's row before it, one column too, printed
     * without values: the sub-table's values after its last label (pdfminer: {@code 行政处罚 / 行政强制 2776 84}), one
     * a row in the rows' order. Placed so, or not at all where the two rows are not so printed.
     */
    private static boolean placedWithRowAbove(
            List<Row> rows, Placement p, List<Placement> placements, List<FormProfile.Row> form, CellSink sink) {
        if (p.form().width() != 1) return false;
        List<Token> cells = RowReadings.trimmed(p.printed().cells(), 1);
        if (cells.size() != 2 || !RowReadings.figuresOnly(cells)) return false;
        Optional<FormProfile.Row> labelAbove = labelOnlyAbove(rows, p, form);
        Optional<FormProfile.Row> before = labelAbove.or(() -> unplacedBefore(p, placements, form));
        if (before.isEmpty() || before.get().width() != 1) return false;
        // the row above's label where it stands on a line of its own, else the row's own (行政 / 处罚 / 行政 / 强制)
        Row above = labelAbove.isPresent() ? rows.get(p.row() - 1) : p.printed();
        String aboveLabel = labelAbove.isPresent() ? FormAligner.own(above) : p.printedLabel();
        placeCells(before.get(), above.labels(), List.of(cells.get(0)), p.printed().block(), aboveLabel, sink);
        placeCells(p.form(), p.printed().labels(), List.of(cells.get(1)), p.printed().block(), p.printedLabel(), sink);
        sink.warn(WarningCode.ROW_MATCHED_BY_ORDER, "二: values \"" + digits(p.printed()) + "\" after "
                + p.form().label() + " read as " + before.get().label() + "'s and its own, in the rows' order",
                p.printed().provenance());
        return true;
    }

    /**
     * Two text rows of 二 one after the other, the form's in its order, of the same w columns (two or more, without
     * sums), the first printing one value and the second 2w - 1 (pdfminer: 规章 / 0 / 行政规范性文件 0 / 0 / 3 / 0 / 687):
     * the sub-table's cells column by column, each column's cell of the first row then of the second. Read row by row
     * no row prints more values than its columns, and a first row short of some would leave fewer than 2w in all:
     * these are the two rows' in this order, placed so and said, where each change word stands in a change column.
     */
    private static boolean placedColumnByColumn(
            Placement first, Placement second, List<FormProfile.Row> form, CellSink sink) {
        int width = first.form().width();
        // form holds 二's rows only: a second row of first's sub-table is 二's too
        if (second.row() != first.row() + 1 || width < 2 || !first.form().sums().isEmpty()
                || !second.form().sums().isEmpty() || first.printed().grid() || second.printed().grid()
                || subTableRowBefore(second.form(), form).filter(b -> b == first.form()).isEmpty()) {
            return false;
        }
        List<Token> a = RowReadings.trimmed(first.printed().cells(), width);
        List<Token> b = RowReadings.trimmed(second.printed().cells(), width);
        if (a.size() != 1 || b.size() != 2 * width - 1 || !RowReadings.figuresOnly(a) || !RowReadings.figuresOnly(b)) {
            return false;
        }
        List<Token> all = new ArrayList<>(a);
        all.addAll(b);
        List<Token> one = new ArrayList<>();
        List<Token> two = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            one.add(all.get(2 * c));
            two.add(all.get(2 * c + 1));
        }
        if (!RowReadings.signsFit(one, first.form()) || !RowReadings.signsFit(two, second.form())) return false;
        placeCells(first.form(), first.printed().labels(), one, first.printed().block(), first.printedLabel(), sink);
        placeCells(second.form(), second.printed().labels(), two, second.printed().block(), second.printedLabel(),
                sink);
        sink.warn(WarningCode.ROW_MATCHED_BY_ORDER, "二: values \"" + digits(first.printed()) + " "
                + digits(second.printed()) + "\" of " + first.form().label() + " and " + second.form().label()
                + " read column by column, each column's cell of the one then of the other",
                RowReadings.where(all));
        return true;
    }

    /** One row's cells, read and placed as the form's {@code row}. */
    private static void placeCells(
            FormProfile.Row row, List<Token> labels, List<Token> cells, int block, String label, CellSink sink) {
        Row printed = new Row(labels, cells, block, false);
        RowReadings.Readings r = RowReadings.of(cells, row);
        place(row, printed, r, all(r), label, sink);
    }

    /**
     * The form's row before {@code p}'s in its sub-table where the table placed no printed row there (行政处罚 above
     * 行政强制).
     */
    private static Optional<FormProfile.Row> unplacedBefore(
            Placement p, List<Placement> placements, List<FormProfile.Row> form) {
        return subTableRowBefore(p.form(), form).filter(b -> placements.stream().noneMatch(q -> q.form() == b));
    }

    /** The form's row right before {@code row} where both have the same columns: one sub-table's under one header. */
    private static Optional<FormProfile.Row> subTableRowBefore(FormProfile.Row row, List<FormProfile.Row> form) {
        return formRowBefore(row, form).filter(b -> sameColumns(b, row));
    }

    /** The form's row right before {@code row} (rows by identity: each is made once, and equals compares labels). */
    private static Optional<FormProfile.Row> formRowBefore(FormProfile.Row row, List<FormProfile.Row> form) {
        for (int at = 1; at < form.size(); at++) {
            if (form.get(at) == row) return Optional.of(form.get(at - 1));
        }
        return Optional.empty();
    }

    /** Whether two rows have the same columns: one sub-table's rows under one header. */
    private static boolean sameColumns(FormProfile.Row a, FormProfile.Row b) {
        if (a.width() != b.width()) return false;
        for (int c = 0; c < a.width(); c++) {
            if (!a.columns().get(c).id().equals(b.columns().get(c).id())) return false;
        }
        return true;
    }

    /**
     * The form's row before {@code p}'s where its label stands above {@code p}'s printed row, printed without values,
     * with no more than lines of labels alone between them ({@code p}'s own label broken over lines, a header).
     */
    private static Optional<FormProfile.Row> labelOnlyAbove(List<Row> rows, Placement p, List<FormProfile.Row> form) {
        Optional<FormProfile.Row> before = formRowBefore(p.form(), form);
        if (before.isEmpty()) return Optional.empty();
        // up over lines of labels alone, the row's own label's first ones among them (规章 / 行政规 / 范性文件 0 2 0 0)
        for (int j = p.row() - 1; j >= 0 && j >= p.row() - LABEL_LINES_ABOVE; j--) {
            Row above = rows.get(j);
            if (above.hasValues() || above.labels().isEmpty()) return Optional.empty();
            if (LabelSimilarity.matchPrepared(FormAligner.own(above), before.get().prepared()).score() >= SAME_LABEL)
                return before;
        }
        return Optional.empty();
    }

    /**
     * Whether a text row of 二 of several columns prints more values than its columns right below the form's row
     * before it, printed without values (行政处罚 / 行政强制 / 6 0 0 95) or, with the same columns, fewer values than them
     * (规章 0 / 行政规范性文件 45 0 8 2; read as {@code r}, the row keeps its first values and drops the rest): the two
     * rows' values, some blank cells dropped; which are whose is unknown. Values all alike (0 0 0 0) are any row's,
     * read as ever.
     */
    private static boolean takesRowAbovesValues(
            List<Row> rows, Placement p, Placement previous, List<FormProfile.Row> form, RowReadings.Readings r) {
        int width = p.form().width();
        if (p.printed().grid() || width < 2 || !p.form().sums().isEmpty()) return false;
        List<Token> cells = RowReadings.trimmed(p.printed().cells(), width);
        if (!RowReadings.figuresOnly(cells) || RowReadings.allAlike(cells)) return false;
        if (cells.size() > width && labelOnlyAbove(rows, p, form).filter(before -> before.width() == width).isPresent())
            return true;
        return previous != null && previous.row() == p.row() - 1 && !r.extra().isEmpty()
                && RowReadings.figuresOnly(r.extra())
                && subTableRowBefore(p.form(), form).filter(b -> b == previous.form()).isPresent()
                && RowReadings.trimmed(previous.printed().cells(), width).size() < width;
    }

    /**
     * Whether the printed row above or below row {@code i}, no row of the form's itself, holds a piece of a number
     * broken at its thousands separator ({@code １２,}, {@code ,１}): the row's own figures are then pieces too (the
     * print's cells too narrow for its numbers: {@code （七） １２ ,} / {@code 总计 ２４ ３ ４ ０ ０ ２７ ６３０ ９０４} for
     * 12,243 … 12,904, which add up as they stand).
     */
    private static boolean piecesAround(List<Row> rows, int i, Set<Integer> placed) {
        // a number's head (１２,) above the row, its tail (,１) below it
        return holdsPiece(rows, i - 1, placed, true) || holdsPiece(rows, i + 1, placed, false);
    }

    private static boolean holdsPiece(List<Row> rows, int j, Set<Integer> placed, boolean head) {
        if (j < 0 || j >= rows.size() || placed.contains(j) || rows.get(j).grid()) return false;
        List<Token> tokens = new ArrayList<>(rows.get(j).labels());
        tokens.addAll(rows.get(j).cells());
        for (Token t : tokens) {
            for (String word : t.text().split(" ")) if (isSeparatedPiece(word, head)) return true;
        }
        return false;
    }

    /** Whether a word is one to three digits with a thousands separator after them (a head) or before (a tail). */
    private static boolean isSeparatedPiece(String word, boolean head) {
        if (word.length() < 2 || word.length() > 4) return false;
        String digits = head ? word.substring(0, word.length() - 1) : word.substring(1);
        char separator = head ? word.charAt(word.length() - 1) : word.charAt(0);
        return separator == ',' && digits.chars().allMatch(Character::isDigit);
    }

    /** A placed row of section 三 and its cells as read. */
    private record RowCells(Placement placement, List<Token> cells) {}

    /** Section 三: rows read one by one, then the readings of split rows chosen by the table's sums. */
    private static void placeApplications(
            List<Row> rows, List<Placement> placements, FormProfile profile, boolean blanksLost, boolean blanksDropped,
            CellSink sink) {
        Map<String, RowReadings.Readings> readings = new LinkedHashMap<>();
        Map<String, Placement> where = new LinkedHashMap<>();
        Map<String, List<List<BigDecimal>>> numbers = new LinkedHashMap<>();
        // the section's passes read some rows again: a long run of digits is split once
        RowReadings.Kept kept = new RowReadings.Kept();
        List<Token> headerCells = applicationHeaderCells(rows, placements);
        Optional<List<Optional<Item>>> header = ColumnLayouts.applications(headerCells)
                .filter(h -> isTableWide(h.size(), rows, placements));
        Optional<Provenance> headerStart = firstColumnNamed(headerCells);
        // each row's cells as read: its label's cells before the header's first column left out, padding undone
        List<RowCells> section = new ArrayList<>();
        for (Placement p : placements) {
            if (p.form().section() != Section.APPLICATIONS) continue;
            section.add(new RowCells(p, RowReadings.withoutPadding(beforeHeaderLeftOut(p.printed(), headerStart),
                    p.form())));
        }
        Optional<TextColumns.Anchors> anchors = anchors(headerCells, section);
        // the columns the header names, each once
        long knownColumns = header.map(h -> h.stream().flatMap(Optional::stream).distinct().count()).orElse(0L);
        Set<Integer> placedRows = new HashSet<>();
        for (RowCells rc : section) placedRows.add(rc.placement().row());
        for (RowCells rc : section) {
            Placement p = rc.placement();
            if (!p.printed().grid() && piecesAround(rows, p.row(), placedRows)) {
                sink.warn(WarningCode.ROW_INCOMPLETE, "三 " + p.form().label() + ": \"" + digits(p.printed())
                        + "\": a piece of a number with thousands separators on the line above or below (１２, / ,１):"
                        + " numbers broken over lines; not placed", RowReadings.where(p.printed().cells()));
                continue;
            }
            List<Token> cells = rc.cells();
            RowReadings.Readings r = header.filter(h -> usable(h, knownColumns, cells, p.form()))
                    .map(h -> RowReadings.byHeader(cells, p.form(), columnsOf(h, p.form())))
                    .or(() -> anchors.flatMap(a -> byPlaces(a, cells, p.form())))
                    .orElseGet(() -> kept.of(cells, p.form(), blanksLost, blanksDropped));
            readings.put(p.form().id(), r);
            where.put(p.form().id(), p);
            if (!r.none()) numbers.put(p.form().id(), r.readings().stream().map(RowReadings::numbers).toList());
        }
        int width = CellCatalog.applicationColumns().size();
        Map<String, BitSet> alive = TableSolver.solve(numbers, profile, width);
        // a text copy may print every row's values before its label (a grid row holds its label and values together)
        if (!where.isEmpty() && where.values().stream().noneMatch(p -> p.printed().grid())
                && !soundAsLabelled(readings, numbers, alive, profile, width)
                && readFromValuesBefore(rows, placements, where, numbers, alive, profile, blanksLost, kept, sink)) {
            return;
        }
        // a text copy whose values may stand off their labels (some row's values cannot be read as its own), whose
        // rows as placed add up to more than a whole they are parts of, and less so read the other way: which row took
        // which values is unknown (a grid row holds its label and its values together)
        boolean mayStandOff = readings.values().stream().anyMatch(RowReadings.Readings::none)
                && where.values().stream().anyMatch(p -> !p.printed().grid());
        Set<String> exceeding = mayStandOff
                ? PartsExceed.offLabels(agreed(numbers, alive), oneEach(readingsOf(printed(rowsBefore(rows, placements,
                        where.values()), rows), where, blanksLost, kept)), profile, width)
                : Set.of();
        placeRead(readings, where, alive, exceeding, sink);
    }

    /**
     * Whether section 三 as its labels place it leaves nothing to another reading: every row of the form there, each
     * read one way only, no sum between rows failing. The values before the labels are read only where it does not:
     * they are the rows' values shifted by one, whose sums a sound reading's cannot keep more of.
     */
    private static boolean soundAsLabelled(Map<String, RowReadings.Readings> readings,
            Map<String, List<List<BigDecimal>>> numbers, Map<String, BitSet> alive, FormProfile profile, int width) {
        for (FormProfile.Row row : profile.rows(Section.APPLICATIONS)) {
            if (!row.optional() && !numbers.containsKey(row.id())) return false;
        }
        for (Map.Entry<String, RowReadings.Readings> e : readings.entrySet()) {
            if (e.getValue().none() || alive.getOrDefault(e.getKey(), new BitSet()).cardinality() != 1) return false;
        }
        return SectionPour.sumsKept(profile, firstAlive(numbers, alive), width) >= 0;
    }

    /**
     * Section 三 of a text copy that prints every row's values before its label (plain pdftotext, where the values
     * stand higher than their labels), read so: where every row read from the values before its label, those printed
     * without values among them, keeps every sum of the section, in more columns than the labels' order ({@code
     * labelled}, its readings {@code alive}) keeps. False, nothing placed, where not.
     */
    private static boolean readFromValuesBefore(List<Row> rows, List<Placement> placements,
            Map<String, Placement> labelled, Map<String, List<List<BigDecimal>>> labelledNumbers,
            Map<String, BitSet> alive, FormProfile profile, boolean blanksLost, RowReadings.Kept kept, CellSink sink) {
        int width = CellCatalog.applicationColumns().size();
        Map<String, Placement> withLabelsAlone = withLabelOnlyRows(rows, labelled, profile, activeEnd(placements));
        Map<String, Integer> rowsBefore = ownRows(rowsBefore(rows, placements, withLabelsAlone.values()));
        Map<String, Row> printedBefore = regrouped(rowsBefore, rows, width);
        Map<String, List<List<BigDecimal>>> numbersBefore =
                readingsOf(printedBefore, withLabelsAlone, blanksLost, kept);
        int keptBefore = mostBefore(withLabelsAlone, numbersBefore) ? SectionPour.sumsKept(profile,
                firstAlive(numbersBefore, TableSolver.solve(numbersBefore, profile, width)), width) : -1;
        if (keptBefore < SUMS_BEFORE
                || keptBefore <= SectionPour.sumsKept(profile, firstAlive(labelledNumbers, alive), width)) {
            return false;
        }
        Map<String, RowReadings.Readings> readings = new LinkedHashMap<>();
        Map<String, Placement> where = new LinkedHashMap<>();
        Map<String, List<List<BigDecimal>>> numbers = new LinkedHashMap<>();
        for (Placement p : withLabelsAlone.values()) {
            String id = p.form().id();
            if (!rowsBefore.containsKey(id)) continue;
            int j = rowsBefore.get(id);
            Row printed = printedBefore.get(id);
            List<Token> cells = RowReadings.withoutPadding(printed.cells(), p.form());
            RowReadings.Readings r = kept.of(cells, p.form(), blanksLost);
            readings.put(id, r);
            where.put(id, new Placement(j, printed, p.form(), true, p.printedLabel()));
            numbers.put(id, r.readings().stream().map(RowReadings::numbers).toList());
            sink.warn(WarningCode.ROW_MATCHED_BY_ORDER, "三 " + p.form().label() + ": values \"" + digits(printed)
                    + "\" printed before its label, as most rows' in this copy: the sums between rows hold so",
                    RowReadings.where(printed.cells()));
        }
        placeRead(readings, where, TableSolver.solve(numbers, profile, width), Set.of(), sink);
        return true;
    }

    /** Section 三's rows placed as read, but for those {@code exceeding} their wholes (left unplaced). */
    private static void placeRead(Map<String, RowReadings.Readings> readings, Map<String, Placement> where,
            Map<String, BitSet> alive, Set<String> exceeding, CellSink sink) {
        readings.forEach((id, r) -> {
            Placement p = where.get(id);
            if (exceeding.contains(id)) {
                sink.warn(WarningCode.ROW_INCOMPLETE, "三 " + p.form().label() + ": \"" + digits(p.printed())
                        + "\": with the rows it adds up with, more than the whole they are parts of, in a copy whose"
                        + " values stand off their labels: which row took which values is unknown; not placed",
                        RowReadings.where(p.printed().cells()));
                return;
            }
            place(p.form(), p.printed(), r, alive.getOrDefault(id, new BitSet()), p.printedLabel(), sink);
        });
    }

    // in how many columns sums between rows must hold (a total not 0), none failing, for every row of 三 to be read
    // from the values before its label
    private static final int SUMS_BEFORE = 3;

    /**
     * For each row of section 三 in {@code section}, the printed row of the values before its label, after section
     * 二's rows: the other order of a copy whose values may stand off their labels.
     */
    private static Map<String, Integer> rowsBefore(
            List<Row> rows, List<Placement> placements, Collection<Placement> section) {
        int floor = activeEnd(placements);
        Set<Integer> placed = new HashSet<>();
        for (Placement p : section) placed.add(p.row());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Placement p : section) {
            // a label that goes on on the next line has its values between its lines, on its first
            if (p.printed().hasValues() && continues(rows, p.row(), placed)) {
                out.put(p.form().id(), p.row());
                continue;
            }
            int j = p.row() - 1;
            while (j > floor && !rows.get(j).hasValues()) j--;
            if (j > floor) out.put(p.form().id(), j);
        }
        return out;
    }

    /** The printed row of section 二's last row placed; -1 for none. */
    private static int activeEnd(List<Placement> placements) {
        int end = -1;
        for (Placement p : placements) if (p.form().section() == Section.ACTIVE) end = Math.max(end, p.row());
        return end;
    }

    /** Whether the label of printed row {@code i} goes on on the next line: a text row of no row's, not numbered. */
    private static boolean continues(List<Row> rows, int i, Set<Integer> placed) {
        if (i + 1 >= rows.size() || placed.contains(i + 1)) return false;
        Row next = rows.get(i + 1);
        if (next.grid() || next.labels().isEmpty()) return false;
        String label = next.labels().get(0).raw();
        return Labels.numbering(label).isEmpty() && !Labels.isOfWhich(label) && !Labels.isNumberingOnly(label);
    }

    /**
     * {@code where} with each required row of section 三 it lacks at a printed row without values whose label is the
     * row's own, between the printed rows of the form's rows around it, in the form's order: a copy that prints every
     * row's values before its label prints none on the label's line of a row followed by a heading ((二)部分公开 /
     * (三)不予公开) or by the section's end.
     */
    private static Map<String, Placement> withLabelOnlyRows(
            List<Row> rows, Map<String, Placement> where, FormProfile profile, int activeEnd) {
        List<FormProfile.Row> form = profile.rows(Section.APPLICATIONS);
        Map<String, Placement> out = new LinkedHashMap<>();
        int after = activeEnd;
        for (int k = 0; k < form.size(); k++) {
            FormProfile.Row f = form.get(k);
            Placement placed = where.get(f.id());
            if (placed != null) {
                out.put(f.id(), placed);
                after = placed.row();
                continue;
            }
            if (f.optional()) continue;
            int before = rows.size();
            for (int n = k + 1; n < form.size() && before == rows.size(); n++) {
                if (where.containsKey(form.get(n).id())) before = where.get(form.get(n).id()).row();
            }
            // the label on a line of its own, else its first line with the rest on the next (要求行政机关确认或重新出具已
            // 0 / 获取信息)
            Optional<Placement> found = labelAt(rows, after + 1, before, f, 1);
            if (found.isEmpty()) found = labelAt(rows, after + 1, before, f, 2);
            if (found.isPresent()) {
                out.put(f.id(), found.get());
                after = found.get().row();
            }
        }
        return out;
    }

    /** The first printed row from {@code from} (to {@code to}) whose label, on {@code lines} lines, is {@code f}'s. */
    private static Optional<Placement> labelAt(List<Row> rows, int from, int to, FormProfile.Row f, int lines) {
        for (int j = from; j + lines <= to; j++) {
            StringBuilder own = new StringBuilder();
            for (Row r : rows.subList(j, j + lines)) {
                if (r.labels().isEmpty() || r.grid()) break;
                own.append(FormAligner.own(r));
            }
            if (LabelSimilarity.matchPrepared(own.toString(), f.prepared()).score() >= SAME_LABEL) {
                return Optional.of(new Placement(j, rows.get(j), f, false, own.toString()));
            }
        }
        return Optional.empty();
    }

    /** Each row's printed row of {@code before}. */
    private static Map<String, Row> printed(Map<String, Integer> before, List<Row> rows) {
        Map<String, Row> out = new LinkedHashMap<>();
        before.forEach((id, j) -> out.put(id, rows.get(j)));
        return out;
    }

    /**
     * Each row's printed row of {@code before}, where two rows in a row print {@code width} figures each between them
     * and one of them fewer (pdftotext ran the first's line on into the next: {@code 要求行政机关确认或重新出具已 0} / {@code
     * 获取信息} / {@code 5. 0 0 0 0 0 0 0 71 0 0 0 0 71}), with the two lines' figures parted {@code width} and {@code
     * width} in their order.
     */
    private static Map<String, Row> regrouped(Map<String, Integer> before, List<Row> rows, int width) {
        Map<String, Row> out = printed(before, rows);
        List<String> ids = new ArrayList<>(out.keySet());
        for (int k = 0; k + 1 < ids.size(); k++) {
            Row a = out.get(ids.get(k));
            Row b = out.get(ids.get(k + 1));
            int n = a.cells().size();
            // (two rows of width figures each come out as they were)
            if (a == b || n + b.cells().size() != 2 * width || !numbersOnly(a) || !numbersOnly(b)) {
                continue;
            }
            List<Token> all = new ArrayList<>(a.cells());
            all.addAll(b.cells());
            out.put(ids.get(k), new Row(a.labels(), all.subList(0, width), a.block(), false));
            out.put(ids.get(k + 1), new Row(b.labels(), all.subList(width, all.size()), b.block(), false));
            k++;
        }
        return out;
    }

    /** Whether every cell of a row is a number (a stand-in, —, or a run of digits is no one figure for sure). */
    private static boolean numbersOnly(Row r) {
        for (Token t : r.cells()) if (t.value().kind() != Values.Kind.NUMBER) return false;
        return true;
    }

    /** The readings of the printed rows of {@code before} from their values. */
    private static Map<String, List<List<BigDecimal>>> readingsOf(
            Map<String, Row> before, Map<String, Placement> where, boolean blanksLost, RowReadings.Kept kept) {
        Map<String, List<List<BigDecimal>>> out = new LinkedHashMap<>();
        before.forEach((id, printed) -> {
            RowReadings.Readings r = kept.of(printed.cells(), where.get(id).form(), blanksLost);
            if (!r.none()) out.put(id, r.readings().stream().map(RowReadings::numbers).toList());
        });
        return out;
    }

    /** Each row's first reading the sums leave (all of them where the sums contradict each other). */
    private static Map<String, List<BigDecimal>> firstAlive(
            Map<String, List<List<BigDecimal>>> numbers, Map<String, BitSet> alive) {
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        numbers.forEach((id, list) -> {
            int first = alive.getOrDefault(id, new BitSet()).nextSetBit(0);
            if (first >= 0) out.put(id, list.get(first));
        });
        return out;
    }

    /**
     * Whether most placed rows of section 三 read from the values before their label: a copy whose labels break
     * around their values (2.其他法 / 0 / 0 0 / 律行政法规禁止公开 0 0 0 0) leaves some rows none to read.
     */
    private static boolean mostBefore(Map<String, Placement> where, Map<String, ?> before) {
        return 2 * before.size() > where.size();
    }

    /** {@code rowsBefore} but for rows that share their printed row with another: whose values are whose is unknown. */
    private static Map<String, Integer> ownRows(Map<String, Integer> rowsBefore) {
        Map<Integer, Integer> uses = new HashMap<>();
        rowsBefore.values().forEach(j -> uses.merge(j, 1, Integer::sum));
        Map<String, Integer> out = new LinkedHashMap<>();
        rowsBefore.forEach((id, j) -> {
            if (uses.get(j) == 1) out.put(id, j);
        });
        return out;
    }

    /** Each row's values where it has one reading. */
    private static Map<String, List<BigDecimal>> oneEach(Map<String, List<List<BigDecimal>>> numbers) {
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        numbers.forEach((id, list) -> {
            if (list.size() == 1) out.put(id, list.get(0));
        });
        return out;
    }

    /** Each row's values where the sums left it one reading. */
    private static Map<String, List<BigDecimal>> agreed(
            Map<String, List<List<BigDecimal>>> numbers, Map<String, BitSet> alive) {
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        numbers.forEach((id, list) -> {
            BitSet b = alive.getOrDefault(id, new BitSet());
            if (b.cardinality() == 1) out.put(id, list.get(b.nextSetBit(0)));
        });
        return out;
    }

    /**
     * Whether the form's section 三 has {@code width} columns or most of its rows print that many cells: a header
     * naming another count (a report that prints 自然人, 法人或其他组织, 总计 only) is the table's only then, not where
     * the words of a broken header (a copy that printed its cells apart) happen to name a few columns.
     */
    private static boolean isTableWide(int width, List<Row> rows, List<Placement> placements) {
        int rowsOfSection = 0;
        int ofWidth = 0;
        for (Placement p : placements) {
            if (p.form().section() != Section.APPLICATIONS) continue;
            if (p.form().width() == width) return true;
            rowsOfSection++;
            if (RowReadings.trimmed(p.printed().cells(), width).size() == width) ofWidth++;
        }
        return 2 * ofWidth > rowsOfSection;
    }

    /** Where, in a grid, the first header cell that names one of section 三's columns stands. */
    private static Optional<Provenance> firstColumnNamed(List<Token> header) {
        Provenance first = null;
        for (Token t : header) {
            Provenance at = t.provenance();
            if (at.table() <= 0 || first != null && (at.table() != first.table() || at.column() >= first.column())) {
                continue;
            }
            String text = t.labelText();
            if (LabelTable.ORGANISATION_GROUP.contains(text)
                    || LabelTable.matchExact(text, LabelTable.applicationColumns()).isPresent()) first = at;
        }
        return Optional.ofNullable(first);
    }

    /**
     * A grid row's cells without the empty ones a text copy printed left of the header's first column: the label's
     * columns, which a copy that writes a merged cell as empty ones ({@code | | (二)部分公开 | |}, Markdown from a
     * converter) leaves empty. Counted as the row's cells, they let its blank cells at the end be read as padding, and
     * its values move to the right. Only printed cells: a web page whose rows print fewer label cells than its
     * header's (portal pages do) sets their values left of the header's columns, and its grid's empty places are
     * empty cells too.
     */
    private static List<Token> beforeHeaderLeftOut(Row row, Optional<Provenance> headerStart) {
        if (!row.grid() || headerStart.isEmpty()) return row.cells();
        Provenance start = headerStart.get();
        List<Token> kept = new ArrayList<>();
        for (Token t : row.cells()) {
            Provenance at = t.provenance();
            boolean labelColumn = at.table() == start.table() && at.column() < start.column();
            // printed on a line of text (a page's grid and the padding of a short row carry no line)
            boolean printedEmpty = t.value().kind() == Values.Kind.EMPTY && at.line() > 0;
            if (!labelColumn || !printedEmpty) kept.add(t);
        }
        return kept;
    }

    /**
     * The cells of the header above section 三's first row, where it can be read (grids and line copies print it on
     * rows of its own; a header run into one line with its rows is not read, and the form's order stands).
     */
    private static List<Token> applicationHeaderCells(List<Row> rows, List<Placement> placements) {
        int first = placements.stream()
                .filter(p -> p.form().section() == Section.APPLICATIONS)
                .mapToInt(Placement::row)
                .min()
                .orElse(-1);
        List<Token> header = new ArrayList<>();
        boolean spans = false;
        for (int j = first - 1; j >= 0 && first - j <= MAX_HEADER_ROWS && !rows.get(j).hasValues(); j--) {
            Row r = rows.get(j);
            List<Token> own = r.grid() ? r.ownLabels() : r.labels();
            spans |= own.size() < r.labels().size();
            header.addAll(0, own);
        }
        // a grid's places name columns only where it keeps its merged cells (a pipe table lost them)
        if (first < 0 || !rows.get(first).grid() || !spans) return header;
        return byGridColumn(header, rows.get(first).provenance().table());
    }

    /**
     * The header cells of the table's own grid in the order of its columns, each column's top down, after what stands
     * above the grid: in reading order a header broken by a page (法人或其他组织 at the foot of one page, 自然人 and
     * 总计, vertically centred in their merged cells, at the top of the next) names the group before 自然人.
     */
    private static List<Token> byGridColumn(List<Token> header, int table) {
        List<Token> out = new ArrayList<>(header.size());
        List<Token> grid = new ArrayList<>();
        for (Token t : header) (t.provenance().table() == table ? grid : out).add(t);
        grid.sort(Comparator.comparingInt(t -> t.provenance().column()));
        out.addAll(grid);
        return out;
    }

    /**
     * A row of a copy aligned by spaces that prints fewer values than the form's columns (its blank cells are
     * spaces), read by where its values stand under the header's column words ({@link TextColumns}).
     */
    private static Optional<RowReadings.Readings> byPlaces(
            TextColumns.Anchors anchors, List<Token> cells, FormProfile.Row form) {
        long printed = cells.stream().filter(t -> !t.value().isBlank()).count();
        if (printed == 0 || printed >= form.width()) return Optional.empty();
        for (Token t : cells) if (t.value().kind() == Values.Kind.RUN) return Optional.empty();
        return TextColumns.columnsOf(cells, anchors).map(columnOf -> RowReadings.byHeader(cells, form, columnOf));
    }

    /**
     * Where section 三's header words stand, for {@link #byPlaces}; empty where a row of the section that prints all
     * its columns' values could not be read by them: the header's words then do not stand over their columns
     * (wkhtmltopdf's prints, copied by pdftotext -layout, set the header's ideographs closer together than the figures
     * under them, so that a figure stands as near the next column's word as its own, or nearer).
     */
    private static Optional<TextColumns.Anchors> anchors(List<Token> header, List<RowCells> section) {
        if (section.isEmpty()) return Optional.empty();
        List<String> columns = TextColumns.ids(section.get(0).placement().form());
        Optional<TextColumns.Anchors> out = TextColumns.anchors(header, columns);
        if (out.isEmpty()) return out;
        for (RowCells rc : section) {
            List<Token> cells = rc.cells();
            if (cells.size() != rc.placement().form().width() || cells.stream().anyMatch(t -> t.value().isBlank())) {
                continue;
            }
            // (values in order on one line, each nearest a word of its own, are under the words in order)
            if (TextColumns.columnsOf(cells, out.get()).isEmpty()) return Optional.empty();
        }
        return out;
    }

    /**
     * A header decides the columns where it names all of them (in whatever order it prints them), or
     * where the row prints as many cells as the header names and that is not the form's count.
     */
    private static boolean usable(List<Optional<Item>> header, long known, List<Token> cells, FormProfile.Row form) {
        if (RowReadings.trimmed(cells, header.size()).size() != header.size()) return false;
        return header.size() != form.width() || known == form.width();
    }

    private static int[] columnsOf(List<Optional<Item>> header, FormProfile.Row form) {
        int[] out = new int[header.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = -1;
            if (header.get(k).isEmpty()) continue;
            for (int c = 0; c < form.width(); c++)
                if (form.columns().get(c).id().equals(header.get(k).get().id())) out[k] = c;
        }
        return out;
    }

    /**
     * Section 四: after section 三, the one row of fifteen values, or three rows of five (one table per
     * group, labelled by its group or in the form's order).
     */
    private static int readReview(List<Row> asPrinted, int from, FormProfile profile, boolean blanksLost,
            CellSink sink) {
        // a group's values printed over two lines, the first on its label's first line (行政诉讼（未经复议直接起 0 /
        // 诉） 77 0 1 78): one row where together they are a group's worth that keeps its sum
        FormProfile.Row anyGroup = profile.rows(Section.REVIEW).get(0);
        List<Row> rows = ValuesOverTwoLines.join(asPrinted, from, asPrinted.size(), anyGroup);
        int headerAt = -1;
        List<Integer> candidates = new ArrayList<>();
        // the table follows its header closely; the prose after it is not searched
        for (int i = from;
                i < rows.size() && candidates.size() < 3 && (headerAt < 0 || i - headerAt <= MAX_REVIEW_ROWS);
                i++) {
            Row r = rows.get(i);
            if (headerAt < 0) {
                String label = FormAligner.own(r);
                for (String w : REVIEW_WORDS) if (label.contains(w)) headerAt = i;
            }
            if (headerAt < 0 || !r.hasValues()) continue;
            if (r.cells().stream().allMatch(t -> t.value().isBlank())) continue;
            // fewer values than a group's on the section's heading, no word of the header's columns beside them: the
            // line took them from the row above (结转's last value), none of the table's
            if (!RowReadings.fits(r.cells(), REVIEW_WIDTH_PER_GROUP, true) && isHeadingAlone(FormAligner.own(r))) {
                continue;
            }
            candidates.add(i);
        }
        if (candidates.isEmpty()) return -1;
        FormProfile.Row all = profile.reviewRow();
        Row first = underHeader(rows, headerAt, candidates.get(0), all, sink);
        long printed = first.cells().stream().filter(t -> t.value().kind() != Values.Kind.EMPTY).count();
        // more values than a group's and fewer than the table's: the rest may follow on rows of the header's words (a
        // copy that broke the row, 总计 / 3)
        boolean broken = printed > REVIEW_WIDTH_PER_GROUP && first.cells().size() < all.width();
        if (broken && placedSpread(rows, headerAt, all, sink)) return candidates.get(candidates.size() - 1);
        // a grid's row of fifteen cells is the whole table's, however many of them are blank; so is a row printed after
        // the header of two groups or more (a page copied on one line), or one of more values than a group's: fewer
        // values than fifteen are blanks lost
        if (printed >= all.width() || first.cells().size() >= all.width() || headsGroups(first)
                || printed > REVIEW_WIDTH_PER_GROUP
                || printed != REVIEW_WIDTH_PER_GROUP && RowReadings.fits(first.cells(), all.width(), true)) {
            if (blanksLost && printed > all.width() + 1 && zerosOnly(first.cells())) {
                // more zeros than the table's columns and the one column some tables add (004's sixteenth), where rows
                // may have lost blank cells: the extra ones are other rows' (三's last, printed late), and sums that
                // zeros keep either way cannot tell which are the table's
                sink.warn(WarningCode.ROW_INCOMPLETE, "四: \"" + digits(first) + "\": " + printed + " zeros, more"
                        + " than the table's " + all.width() + " columns and a column added, in a copy that drops blank"
                        + " cells: which are the table's is unknown; not placed", RowReadings.where(first.cells()));
                return candidates.get(0);
            }
            RowReadings.Readings r = RowReadings.of(first.cells(), all, blanksLost);
            place(all, first, r, all(r), "四", sink);
            return candidates.get(0);
        }
        if (!RowReadings.fits(first.cells(), REVIEW_WIDTH_PER_GROUP, true) && placedSpread(rows, headerAt, all, sink)) {
            return candidates.get(candidates.size() - 1);
        }
        List<FormProfile.Row> groups = profile.rows(Section.REVIEW);
        int last = -1;
        for (int g = 0; g < candidates.size(); g++) {
            int i = candidates.get(g);
            if (!RowReadings.fits(rows.get(i).cells(), REVIEW_WIDTH_PER_GROUP, true)) break;
            Optional<FormProfile.Row> named = groupOf(FormAligner.labelled(rows, from, i).context(), groups);
            // a group's worth whose label names none is read by its place only among a row for every group
            if (named.isEmpty() && candidates.size() < groups.size()) {
                sink.warn(WarningCode.ROW_INCOMPLETE, "四: \"" + digits(rows.get(i)) + "\": a group's worth of values"
                        + " under no group's label, without the other groups' rows: which group is unknown; not placed",
                        RowReadings.where(rows.get(i).cells()));
                break;
            }
            FormProfile.Row group = named.orElse(groups.get(g));
            RowReadings.Readings r = RowReadings.of(rows.get(i).cells(), group, blanksLost);
            place(group, rows.get(i), r, all(r), "四 " + group.label(), sink);
            last = i;
        }
        return last;
    }

    /** Whether every value a row prints is 0. */
    private static boolean zerosOnly(List<Token> cells) {
        for (Token t : cells) {
            Values.Parsed v = t.value();
            if (v.kind() == Values.Kind.EMPTY) continue;
            if (v.kind() != Values.Kind.NUMBER || v.number().filter(n -> n.signum() == 0).isEmpty()) return false;
        }
        return true;
    }

    // words of the review table's column header
    private static final List<String> COLUMN_WORDS = List.of("维持", "纠正", "审结", "总计");

    /** Whether a label is section 四's heading (…行政复议、行政诉讼情况) without words of its columns' header. */
    private static boolean isHeadingAlone(String label) {
        return label.endsWith(REVIEW_HEADING_END) && COLUMN_WORDS.stream().noneMatch(label::contains);
    }

    private static final String REVIEW_HEADING_END = "情况";

    // each group's header starts with it: a row labelled with it twice or more is labelled with the whole header
    private static final String GROUP_HEADER_START = "结果维持";

    /** Whether a row's own labels hold the header of two groups or more. */
    private static boolean headsGroups(Row row) {
        String own = FormAligner.own(row);
        int first = own.indexOf(GROUP_HEADER_START);
        return first >= 0 && own.indexOf(GROUP_HEADER_START, first + GROUP_HEADER_START.length()) >= 0;
    }

    /**
     * The values row of a grid without the cells that have no header above them (004's sixteenth column, under an
     * empty header cell): where the header rows name the form's count of columns and the row has more cells. Else
     * the row as printed.
     */
    private static Row underHeader(List<Row> rows, int headerAt, int at, FormProfile.Row form, CellSink sink) {
        Row row = rows.get(at);
        int width = form.width();
        if (!row.grid() || row.cells().size() <= width || !row.labels().isEmpty()) return row;
        int table = row.cells().get(0).provenance().table();
        Set<Integer> named = new HashSet<>();
        for (int i = headerAt; i < at; i++) {
            Row h = rows.get(i);
            if (!h.grid() || h.hasValues()) continue;
            for (Token t : h.labels()) {
                if (t.provenance().table() == table && !t.value().isBlank()) named.add(t.provenance().column());
            }
        }
        if (named.size() != width) return row;
        List<Token> kept = new ArrayList<>();
        for (Token t : row.cells()) if (named.contains(t.provenance().column())) kept.add(t);
        if (kept.size() != width) return row;
        for (Token t : row.cells()) {
            if (!named.contains(t.provenance().column()) && !t.value().isBlank()) dropped(form, t, sink);
        }
        return new Row(row.labels(), kept, row.block(), true);
    }

    // the words of section 四's header: a row labelled with them only is still the table's
    private static final List<String> REVIEW_HEADER_WORDS = List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
            "结果", "维持", "纠正", "其他", "尚未", "审结", "总计");

    /**
     * Section 四 with its values spread over the rows of its header (a copy that printed each cell on a line of its
     * own, 总计 below the other four): the values below the header, up to the first row labelled with other words,
     * are the table's in the form's order where they are as many as its columns and every group keeps its sum.
     */
    private static Optional<Row> spread(List<Row> rows, int headerAt, FormProfile.Row all) {
        List<Token> values = new ArrayList<>();
        int end = Math.min(rows.size(), headerAt + MAX_REVIEW_ROWS);
        for (int i = headerAt + 1; i < end; i++) {
            Row r = rows.get(i);
            if (!r.labels().stream().allMatch(t -> isReviewHeader(t.labelText()))) break;
            for (Token t : r.cells()) if (t.value().kind() != Values.Kind.EMPTY) values.add(t);
        }
        if (values.size() != all.width() || rows.get(headerAt).hasValues() || !RowReadings.figuresOnly(values)
                || !RowReadings.keepsSums(values, all.sums())) {
            return Optional.empty();
        }
        return Optional.of(new Row(List.of(), values, rows.get(headerAt).block(), false));
    }

    /** Places section 四's values where they are {@link #spread} over the header's rows; false where they are not. */
    private static boolean placedSpread(List<Row> rows, int headerAt, FormProfile.Row all, CellSink sink) {
        Optional<Row> spread = spread(rows, headerAt, all);
        if (spread.isEmpty()) return false;
        RowReadings.Readings r = RowReadings.of(spread.get().cells(), all);
        place(all, spread.get(), r, all(r), "四", sink);
        return true;
    }

    private static boolean isReviewHeader(String text) {
        String rest = text;
        for (String w : REVIEW_HEADER_WORDS) rest = rest.replace(w, "");
        if (rest.isEmpty()) return true;
        // or their characters, a header spaced out a character a line and its columns side by side (未 总 结 结 其 尚)
        for (int i = 0; i < text.length(); i++) if (REVIEW_HEADER_CHARS.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    private static final String REVIEW_HEADER_CHARS = String.join("", REVIEW_HEADER_WORDS);

    private static Optional<FormProfile.Row> groupOf(String context, List<FormProfile.Row> groups) {
        FormProfile.Row best = null;
        double bestScore = 0;
        for (FormProfile.Row g : groups) {
            double s = LabelSimilarity.matchPrepared(context, g.prepared()).score();
            if (s > bestScore) {
                best = g;
                bestScore = s;
            }
        }
        return bestScore >= 0.8 ? Optional.of(best) : Optional.empty();
    }

    private static void dropped(FormProfile.Row form, Token extra, CellSink sink) {
        sink.warn(WarningCode.VALUE_WITHOUT_HEADER, form.section().numeral + " " + form.label() + ": value \""
                + extra.raw() + "\" is beyond the form's columns; dropped", extra.provenance());
    }

    /** Places each column on which every reading in {@code alive} agrees; warns about the rest. */
    private static void place(
            FormProfile.Row form, Row printed, RowReadings.Readings r, BitSet alive, String header, CellSink sink) {
        String row = form.section().numeral + " " + form.label();
        Provenance at = RowReadings.where(printed.cells());
        for (Token extra : r.extra()) dropped(form, extra, sink);
        if (r.bounded()) {
            sink.warn(
                    WarningCode.VALUE_AMBIGUOUS,
                    row + ": the digits \"" + digits(printed) + "\" split too many ways to search; not placed",
                    at);
            return;
        }
        if (r.none() || alive.isEmpty()) {
            String why = r.none()
                    ? r.whyNone(RowReadings.withoutPadding(printed.cells(), form).size(), form.width())
                    : "no split of its digits fits the form's sums";
            sink.warn(WarningCode.ROW_INCOMPLETE, row + ": \"" + digits(printed) + "\": " + why + "; not placed", at);
            return;
        }
        if (brokenNumbers(r, alive, form)) {
            sink.warn(WarningCode.ROW_INCOMPLETE, row + ": \"" + digits(printed) + "\": a figure with a leading 0 in a"
                    + " row that does not add up: numbers broken over lines (７,１ / ０１ … ７０４ / ,１); not placed", at);
            return;
        }
        List<String> ambiguous = new ArrayList<>();
        for (int c = 0; c < form.width(); c++) {
            Optional<Token> agreed = RowReadings.agreed(r.readings(), alive, c);
            if (agreed.isEmpty()) {
                ambiguous.add(form.columns().get(c).id());
                continue;
            }
            Token t = agreed.get();
            if (t == RowReadings.NOT_PRINTED) continue;
            Values.Kind k = t.value().kind();
            if (k == Values.Kind.RUN || k == Values.Kind.TEXT || k == Values.Kind.UNIT) {
                sink.warn(WarningCode.VALUE_UNPARSABLE, row + ": \"" + t.raw() + "\" is not a number", t.provenance());
            }
            FormProfile.Column column = form.columns().get(c);
            Optional<String> unit = Values.headerUnit(header, column.labels(), form.width() == 1);
            if (unit.isEmpty()) unit = column.unit();
            sink.put(form.key(c), t, unit);
        }
        if (!ambiguous.isEmpty()) {
            List<String> examples = new ArrayList<>();
            for (int i = alive.nextSetBit(0); i >= 0 && examples.size() < 3; i = alive.nextSetBit(i + 1)) {
                examples.add(RowReadings.describe(r.readings().get(i)));
            }
            sink.warn(
                    WarningCode.VALUE_AMBIGUOUS,
                    row + ": the digits \"" + digits(printed) + "\" split " + alive.cardinality()
                            + " ways that fit the form (" + String.join("; ", examples)
                            + (alive.cardinality() > 3 ? "; …" : "")
                            + "); not placed: " + String.join(", ", ambiguous),
                    at);
        }
    }

    /**
     * Whether every reading left of a row fails the row's own sum and prints a figure with a leading 0 ({@code ０１}):
     * the pieces of numbers too wide for their cells, broken over lines (７,１ / 予以公 ０１ ３ … ７０４ / ,１ is 7,101
     * and 7,104), not the row's figures. A row that adds up keeps its 01 as 1.
     */
    private static boolean brokenNumbers(RowReadings.Readings r, BitSet alive, FormProfile.Row form) {
        for (int i = alive.nextSetBit(0); i >= 0; i = alive.nextSetBit(i + 1)) {
            List<Token> reading = r.readings().get(i);
            if (RowReadings.keepsSums(reading, form.sums())) return false;
            if (reading.stream().noneMatch(FormTableReader::leadingZero)) return false;
        }
        return true;
    }

    private static boolean leadingZero(Token t) {
        if (t == null) return false;
        String digits = t.text().strip();
        return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
    }

    /** A row's printed values, for a warning. */
    private static String digits(Row printed) {
        return String.join(" ", printed.cells().stream().map(Token::raw).filter(t -> !t.isBlank()).toList());
    }

    private static BitSet all(RowReadings.Readings r) {
        BitSet b = new BitSet();
        b.set(0, r.readings().size());
        return b;
    }

}
