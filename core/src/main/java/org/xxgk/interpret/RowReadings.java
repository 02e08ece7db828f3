package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.source.Provenance;

/**
 * The ways the value cells of one printed row can fill the columns of a form row. Cells that are
 * as many as the columns fill them in order; fewer cells than columns lost separators
 * ({@code 640020470}, {@code 230 000023}), and every split of their digits into well-formed values
 * (no leading zero but {@code 0} itself, a sign word only in a change column, a decimal point only
 * in an amount column) that keeps the row's own sums is a reading. Only the table's arithmetic can
 * tell readings apart, so the caller places a value only where every reading left agrees.
 */
final class RowReadings {

    /** Longer runs are not enumerated: the splits grow too many to mean anything. */
    static final int MAX_DIGITS = 40;
    private static final int MAX_STEPS = 300_000;
    private static final int MAX_READINGS = 5_000;

    // a change may be signed with a word or a dash; inside a run a dash starts a value
    private static final String SIGNS = Values.RUN_SIGNS + "|[-−－]";
    private static final Pattern PIECE =
            Pattern.compile("(" + SIGNS + ")?(0|[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d*)(\\.\\d+)?");
    // grouping commas kept: a cut falls between groups only where both pieces are values (469|3,950 of 4693,950)
    private static final Pattern RUN =
            Pattern.compile("((?:(?:" + SIGNS + ")?\\d+(?:,\\d{3})*(?:\\.\\d+)?)+)(万元|元)?");

    /**
     * The readings of a row.
     *
     * @param readings each reading, one token per column, blank cells as empty tokens
     * @param split    the readings came from splitting cells (so arithmetic may choose among them)
     * @param bounded  the search stopped at a bound: the readings are not all there are
     * @param extra    printed values beyond the form's columns, not placed
     * @param blanks   none, since the row's digits may hide blank cells its copy dropped
     */
    record Readings(List<List<Token>> readings, boolean split, boolean bounded, List<Token> extra, boolean blanks) {
        Readings {
            readings = List.copyOf(readings); // a reading may hold null: a column the report does not print
            extra = List.copyOf(extra);
        }

        Readings(List<List<Token>> readings, boolean split, boolean bounded, List<Token> extra) {
            this(readings, split, bounded, extra, false);
        }

        /** None: the row's digits may hide blank cells its copy dropped. */
        static final Readings BLANKS_LOST = new Readings(List.of(), true, false, List.of(), true);

        boolean none() {
            return readings.isEmpty();
        }

        /** Why a row that has no reading has none, for its warning. */
        String whyNone(int cells, int width) {
            if (!blanks) return "its " + cells + " value cells cannot fill the form's " + width + " columns";
            return cells > width
                    ? "more values than the form's " + width + " columns, in a copy that drops blank cells: which are"
                            + " this row's is unknown"
                    : "fewer values than the form's " + width + " columns, in a copy that drops blank cells: which are"
                            + " blank is unknown";
        }
    }

    private RowReadings() {}

    /** Whether the cells can fill {@code width} columns at all: not too many cells, enough digits. */
    static boolean fits(List<Token> cells, int width, boolean extraAllowed) {
        List<Token> c = trimmed(cells, width);
        if (c.size() >= width) return c.size() == width || extraAllowed;
        if (countValues(c) == 0) return false;
        int capacity = 0;
        for (Token t : c) capacity += capacity(t);
        return capacity >= width;
    }

    static Readings of(List<Token> cells, FormProfile.Row row) {
        return of(cells, row, false);
    }

    /**
     * Whether a row's cells hold values but too few digits for its columns ({@code 8} for a year's and a cumulative
     * column): a copy that prints them apart from a grid drops a blank cell without a trace, so any row of its table
     * may have.
     */
    static boolean losesBlanks(List<Token> cells, int width) {
        List<Token> c = trimmed(cells, width);
        if (c.size() >= width || c.isEmpty()) return false;
        // plain digits only, each one value at most: a grouped number (1,056) may have lost its digits to the next cell
        int digits = 0;
        for (Token t : c) {
            if (!isDigitsOnly(t)) return false;
            digits += Text.compact(t.raw()).length();
        }
        return digits < width;
    }

    /**
     * A row of a text table ({@code |} or tab cells) that prints fewer cells than the table is wide, which the table
     * pads with blank cells (of line 0, where its own cells give their line), as if its last columns were left blank.
     * Where its last printed value is the sum of those before it (not 0: each row of section 三 sums its columns into
     * a total), that value is the total and a cell went missing before it (OCR drops one: {@code 2 0 0 0 0 2} for seven
     * columns), which one is unknown: the row is then its printed cells alone, fewer than its columns. Elsewhere the
     * padding stands.
     */
    static List<Token> withoutPadding(List<Token> cells, FormProfile.Row row) {
        if (cells.isEmpty() || cells.get(0).provenance().line() == 0) return cells;
        int printed = cells.size();
        while (printed > 0 && cells.get(printed - 1).provenance().line() == 0
                && cells.get(printed - 1).value().kind() == Values.Kind.EMPTY) printed--;
        if (printed == cells.size() || printed >= row.width()) return cells;
        List<Token> values = cells.subList(0, printed);
        for (Token t : values) if (t.value().number().isEmpty()) return cells;
        boolean total = lastIsSum(numbers(values)).filter(v -> v.signum() != 0).isPresent();
        return total ? List.copyOf(values) : cells;
    }

    /**
     * The total of a row that prints fewer plain numbers than its columns, two or more, the last the sum of the others:
     * a row of section 三 whose blank cells a copy dropped, its total kept ({@code 0 0}, {@code 5 3 8}); empty for
     * any other row.
     */
    static Optional<BigDecimal> totalAfterSome(List<Token> cells, int width) {
        List<Token> c = trimmed(cells, width);
        if (c.size() < 2 || c.size() >= width) return Optional.empty();
        // each one value: no digits run together (00)
        for (Token t : c) if (!isDigitsOnly(t) || !isOneValue(t)) return Optional.empty();
        return lastIsSum(numbers(c));
    }

    /** The last of {@code values} where it is the sum of those before it. */
    private static Optional<BigDecimal> lastIsSum(List<BigDecimal> values) {
        BigDecimal parts = BigDecimal.ZERO;
        for (BigDecimal d : values.subList(0, values.size() - 1)) parts = parts.add(d);
        BigDecimal last = values.get(values.size() - 1);
        return parts.compareTo(last) == 0 ? Optional.of(last) : Optional.empty();
    }

    /** Whether a cell's digits are one value: no leading zero but in {@code 0} itself ({@code 00} is two). */
    private static boolean isOneValue(Token t) {
        String s = Text.strip(t.raw());
        return s.length() == 1 || Character.digit(s.charAt(0), 10) != 0;
    }

    /**
     * Whether a row prints its values apart, one plain number a column: a copy of a LEGACY table that keeps its cells
     * apart, where a row that prints fewer left some blank ({@code 24} is one value, not 2 and 4). (Section 三's rows
     * print apart in text copies that lose a row's cells in other ways too, where the sums still split them right.)
     */
    static boolean printsApart(List<Token> cells, int width) {
        List<Token> c = trimmed(cells, width);
        if (c.size() != width || width < 2) return false;
        for (Token t : c) if (!isDigitsOnly(t)) return false;
        return true;
    }

    /**
     * As {@link #of(List, FormProfile.Row)}; where {@code blanksLost} (the copy drops blank cells without a trace:
     * {@link #losesBlanks}), a row with fewer cells than columns is not read where its digits may be fewer values than
     * the columns ({@code 59} is 5|9, or 59 and a blank, or a blank and 59): which columns were blank, even the sums
     * cannot always tell, and the search for them grows too fast. Digits that can only be as many values as the columns
     * ({@code 0000004}) are read.
     */
    /**
     * Readings of one table's rows that run many digits together, each made once: the split search (up to
     * {@link #MAX_STEPS} steps on a long run) is the costly part of a reading, and a table's passes read a row again
     * as another's (the values before a label, the rows a whole is made of). Keyed by the very tokens read (the
     * readings hold them), the form row and the flags; other rows are read afresh, as cheap as a lookup.
     */
    static final class Kept {
        // a run this long or longer is worth keeping: below it the search takes a few thousand steps at most
        private static final int MIN_DIGITS = 16;

        /*
         * A reading asks of its form row its columns and sums only (section 三's rows all have the same), so rows
         * alike share their readings; the cells are compared token by token by identity: the readings hold them.
         */
        private record Key(List<Token> cells, List<FormProfile.Column> columns, List<FormProfile.Sum> sums,
                           boolean blanksLost, boolean blanksDropped) {
            @Override
            public boolean equals(Object o) {
                if (!(o instanceof Key k) || k.blanksLost != blanksLost || k.blanksDropped != blanksDropped
                        || k.cells.size() != cells.size() || !k.columns.equals(columns) || !k.sums.equals(sums)) {
                    return false;
                }
                for (int i = 0; i < cells.size(); i++) if (k.cells.get(i) != cells.get(i)) return false;
                return true;
            }

            @Override
            public int hashCode() {
                int h = 31 * columns.hashCode() + sums.hashCode();
                for (Token t : cells) h = 31 * h + System.identityHashCode(t);
                return h;
            }
        }

        private final Map<Key, Readings> known = new HashMap<>();

        Readings of(List<Token> cells, FormProfile.Row row, boolean blanksLost) {
            return of(cells, row, blanksLost, false);
        }

        Readings of(List<Token> cells, FormProfile.Row row, boolean blanksLost, boolean blanksDropped) {
            int digits = 0;
            for (Token t : cells) digits += run(t).map(String::length).orElse(0);
            if (digits < MIN_DIGITS) return RowReadings.of(cells, row, blanksLost, blanksDropped);
            return known.computeIfAbsent(new Key(List.copyOf(cells), row.columns(), row.sums(), blanksLost,
                    blanksDropped), k -> RowReadings.of(cells, row, blanksLost, blanksDropped));
        }
    }

    static Readings of(List<Token> cells, FormProfile.Row row, boolean blanksLost) {
        return of(cells, row, blanksLost, false);
    }

    /**
     * The readings of a row of a table whose copy dropped its blank cells ({@code blanksDropped}: rows of fewer values
     * than their columns kept their totals) or may have ({@code blanksLost}).
     */
    static Readings of(List<Token> cells, FormProfile.Row row, boolean blanksLost, boolean blanksDropped) {
        int width = row.width();
        List<Token> c = signedApart(trimmed(cells, width), row);
        Optional<Readings> padded = leadingBlanks(cells, c, row);
        if (padded.isPresent()) return padded.get();
        if (c.size() >= width) {
            Optional<Readings> wrapped = wrapped(c, row).or(() -> brokenAtLineEnds(c, row));
            if (wrapped.isPresent()) return wrapped.get();
            List<Token> extra = c.size() > width ? c.subList(width, c.size()) : List.of();
            List<Token> first = List.copyOf(c.subList(0, width));
            List<Token> printedExtra = extra.stream().filter(t -> !t.value().isBlank()).toList();
            Optional<Readings> spaced = spacedApart(c, first, printedExtra, row);
            if (spaced.isPresent()) return spaced.get();
            // more values than columns, and no join of neighbours reads them (spacedApart, above): the first ones
            // are the form's only where the row's sums say so (a column the form lacks, 小计 say, may sit anywhere)
            // and, as in every reading, each signed value (增4747) falls in the change column; otherwise which value
            // is extra is unknown. A unit after the values (406 万元 in a copy that spaced it off) is no value and
            // decides nothing
            boolean extraValues = printedExtra.stream().anyMatch(t -> t.value().kind() != Values.Kind.UNIT);
            // values that are whole rows' worth (two rows, or a block of rows column by column, under one label) are
            // not this row's first ones plus extras: which row the label names is unknown
            if (extraValues && (!keepsSums(first, row.sums()) || isRows(c, row)))
                return new Readings(List.of(), false, false, printedExtra);
            // a sign word where the form takes none (减36 under 上一年项目数量): the values as printed are not in the
            // form's order (plain pdftotext moves a row's values about), and which is which is unknown
            if (!signsFit(first, row)) return new Readings(List.of(), false, false, printedExtra);
            // a copy that drops blank cells: a row that breaks its sums as printed may have lost one, and gained a
            // value the form lacks (a sixteenth review column), or taken its neighbour's
            if (blanksLost && !keepsSums(first, row.sums())) return Readings.BLANKS_LOST;
            // and where it did, a row of more values than its columns may have lost some of its own for another's
            if (blanksDropped && extraValues) return Readings.BLANKS_LOST;
            return new Readings(List.of(first), false, false, printedExtra);
        }
        if (blanksLost && fewestValues(c) < width) return Readings.BLANKS_LOST;
        int digits = 0;
        for (Token t : c) digits += run(t).map(String::length).orElse(0);
        if (digits > MAX_DIGITS) return new Readings(List.of(), true, true, List.of());
        if (row.sums().isEmpty() && c.size() >= 2 && c.stream().allMatch(RowReadings::isDigitsOnly)
                && c.stream().anyMatch(RowReadings::isWhole)) {
            // values printed apart, fewer than the columns, in a row with no sum to check a split against: a cell left
            // blank is as likely as digits run together (18 may be 18 and a blank, or 1 and 8); not read
            return new Readings(List.of(), false, false, List.of());
        }
        List<FormProfile.Slot> slots = row.columns().stream().map(FormProfile.Column::slot).toList();
        Search kept = new Search(c, slots, row.sums());
        kept.next(0, 0);
        if (kept.found.isEmpty() && !kept.bounded() && !row.sums().isEmpty() && fewestValues(c) == width
                && !blanksLost) {
            // no split keeps the row's sum: where the digits allow one reading only, it is the report's (the checker
            // says so). Only where they cannot be fewer values than the columns: a copy drops a blank cell without a
            // trace, so 6 36 0 0 42 may be 6, 36, a blank, 0, 0, a blank and 42 as well as 6|3|6|0|0|4|2; and not in a
            // copy known to drop them, where a run that breaks its sum may be another row's, or several rows'
            Search any = new Search(c, slots, List.of());
            any.next(0, 0);
            if (any.found.size() == 1 && !any.bounded()) return new Readings(any.found, true, false, List.of());
        }
        return new Readings(kept.found, true, kept.bounded(), List.of());
    }

    /**
     * Whether a text row with no sum prints, for its several columns, one number of two digits or more alone on a line
     * below its label or spaced off it on its line (plain pdftotext: 行政许可 / 364; 其他对外管理服务事项 ８０５, its other
     * cells blank and dropped): one value, not 3|6|4, in a column the copy does not say. Digits run on to the label on
     * its line are a crawler's run of the row's cells (规章505: 5|0|5), read as ever.
     */
    static boolean oneValueOnALineOfItsOwn(RowStream.Row printed, FormProfile.Row row) {
        List<Token> c = trimmed(printed.cells(), row.width());
        if (printed.grid() || !row.sums().isEmpty() || row.width() < 2 || c.size() != 1 || printed.labels().isEmpty())
            return false;
        Token number = c.get(0);
        int line = number.provenance().line();
        return isDigitsOnly(number) && isWhole(number) && line > 0
                && printed.labels().stream().noneMatch(t -> t.provenance().line() == line && runsOn(t, number));
    }

    /** Whether a value's digits run on to a label on its line (规章505), not spaced off it; so where unknown. */
    private static boolean runsOn(Token label, Token number) {
        return number.source().map(s -> s.text().contains(label.raw() + number.raw())).orElse(true);
    }

    /**
     * The one reading of a row whose columns a readable header names ({@code columnOf[k]}: the form
     * column of printed cell {@code k}, or -1 for a column the form does not have); a form column the
     * header leaves out is not printed (null).
     */
    static Readings byHeader(List<Token> cells, FormProfile.Row row, int[] columnOf) {
        List<Token> c = trimmed(cells, columnOf.length);
        if (c.size() != columnOf.length) return new Readings(List.of(), false, false, List.of());
        List<Token> reading = new ArrayList<>(java.util.Collections.nCopies(row.width(), (Token) null));
        List<Token> extra = new ArrayList<>();
        for (int k = 0; k < columnOf.length; k++) {
            if (columnOf[k] >= 0) reading.set(columnOf[k], c.get(k));
            else if (!c.get(k).value().isBlank()) extra.add(c.get(k));
        }
        return new Readings(List.of(java.util.Collections.unmodifiableList(reading)), false, false, extra);
    }

    /**
     * Whether {@code cells} are two or more rows' worth of numbers (or stand-ins): a row with a sum (三's), or one of
     * several columns without, where nothing says which of them the row's are (pdfminer prints a sub-table's values
     * column by column after its last label: 规章 / 行政规范性文件 / 0 3 0 0 0 8) and they differ (all 0, any of them
     * are the row's). A row of one column takes its first value (a page's number below it is the commoner second:
     * 行政事业性收费 0 / 2).
     */
    private static boolean isRows(List<Token> cells, FormProfile.Row row) {
        int width = row.width();
        if (cells.size() < 2 * width || cells.size() % width != 0 || !figuresOnly(cells)) return false;
        return !row.sums().isEmpty() || width > 1 && !allAlike(cells);
    }

    static boolean allAlike(List<Token> cells) {
        for (Token t : cells) if (!same(t, cells.get(0))) return false;
        return true;
    }

    /** Whether a cell prints digits only: no sign word ({@code 增740} may hold a change and the next value), no unit. */
    static boolean isDigitsOnly(Token t) {
        String s = Text.strip(t.raw());
        return t.value().kind() == Values.Kind.NUMBER && !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Whether a cell prints a number of two or more digits that may be one value ({@code 18}, not {@code 00}). */
    private static boolean isWhole(Token t) {
        String s = Text.strip(t.raw());
        return s.length() > 1 && s.charAt(0) != '0';
    }

    /** Whether every cell prints a number or a stand-in for none ({@code —}, {@code 无}): no text, unit or run. */
    static boolean figuresOnly(List<Token> cells) {
        for (Token t : cells) {
            Values.Kind k = t.value().kind();
            if (k != Values.Kind.NUMBER && k != Values.Kind.NIL) return false;
        }
        return true;
    }

    /** Whether every value printed with a sign word ({@code 增4747}, {@code 减 3}) stands in a change column. */
    static boolean signsFit(List<Token> reading, FormProfile.Row row) {
        for (int k = 0; k < reading.size(); k++) {
            if (isSigned(reading.get(k)) && row.columns().get(k).slot() != FormProfile.Slot.CHANGE) return false;
        }
        return true;
    }

    /**
     * Whether a cell prints a sign word ({@code 增4747}, {@code 减 3}) or a minus before its digits ({@code -3}), which
     * only a change takes: every other column counts (行政许可27-35,508 is 27, -3 and 5,508, not 2, 7 and -35,508).
     */
    private static boolean isSigned(Token t) {
        String raw = Text.strip(t.raw());
        if (raw.startsWith("增") || raw.startsWith("减")) return true;
        return raw.length() > 1 && MINUS.contains(raw.substring(0, 1)) && Character.isDigit(raw.charAt(1));
    }

    static boolean keepsSums(List<Token> reading, List<FormProfile.Sum> sums) {
        List<BigDecimal> values = numbers(reading);
        for (FormProfile.Sum s : sums) if (!s.holds(values)) return false;
        return true;
    }

    /** A reading's values for the sums; a blank counts as 0 (spec/rules.md). */
    static List<BigDecimal> numbers(List<Token> reading) {
        List<BigDecimal> out = new ArrayList<>(reading.size());
        for (Token t : reading) out.add(t == null ? BigDecimal.ZERO : t.value().number().orElse(BigDecimal.ZERO));
        return out;
    }

    // stands for a column the report does not print, so that it gets no key at all
    static final Token NOT_PRINTED = new Token("", Values.parse(""), Provenance.NONE, false, Optional.empty(), -1);

    /** The token every reading in {@code alive} has in {@code column}, if they agree on it. */
    static Optional<Token> agreed(List<List<Token>> readings, BitSet alive, int column) {
        Token first = null;
        for (int i = alive.nextSetBit(0); i >= 0; i = alive.nextSetBit(i + 1)) {
            Token t = readings.get(i).get(column);
            if (t == null) t = NOT_PRINTED;
            if (first == null) {
                first = t;
            } else if (!same(first, t)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean same(Token a, Token b) {
        Optional<BigDecimal> x = a.value().number();
        Optional<BigDecimal> y = b.value().number();
        if (a == NOT_PRINTED || b == NOT_PRINTED) return a == b;
        if (x.isPresent() != y.isPresent()) return false;
        return x.isEmpty() ? a.value().kind() == b.value().kind() : x.get().compareTo(y.get()) == 0;
    }

    /**
     * A row printing more cells than the form's columns that starts with blank cells: the blanks are padding and the
     * rest fits ({@link #trimmed}: seed 004's pipe rows start with an empty column), or they are the form's first
     * columns left blank and the last cells are a column the form lacks (004's sixteenth review column). The second
     * reading is taken where only it keeps the row's sums; else the first, as before. Empty when the row has no such
     * blanks or the sums do not decide.
     */
    private static Optional<Readings> leadingBlanks(List<Token> cells, List<Token> trimmed, FormProfile.Row row) {
        int width = row.width();
        int end = cells.size();
        while (end > width && cells.get(end - 1).value().kind() == Values.Kind.EMPTY) end--;
        if (trimmed.size() != width || end == width || row.sums().isEmpty()) return Optional.empty();
        List<Token> asPrinted = List.copyOf(cells.subList(0, width));
        List<Token> extra = cells.subList(width, end).stream().filter(t -> !t.value().isBlank()).toList();
        if (extra.isEmpty() || !figuresOnly(extra)) return Optional.empty();
        if (keepsSums(trimmed, row.sums()) || !keepsSums(asPrinted, row.sums())) return Optional.empty();
        return Optional.of(new Readings(List.of(asPrinted), false, false, extra));
    }

    /**
     * A row whose values are printed on two lines of text, one of them as many as the form's columns, because its
     * longer numbers wrapped in their narrow cells ({@code ２１ １０１ ８ ５９ １４ ９ ４８} / {@code ２ ２ ６}: 212, 92
     * and 486 in a PDF, the ends a line below; or the heads on the label's line above, {@code １２ １６} / {@code ６ １ １４
     * ５１ ７３ ６ ４３１}): each value of the other line is one end of a value of that line, in order. The readings that
     * keep the row's sums, where the values as printed do not; empty where the row has no sum to say.
     */
    private static Optional<Readings> wrapped(List<Token> cells, FormProfile.Row row) {
        int width = row.width();
        if (cells.size() <= width || cells.size() >= 2 * width || row.sums().isEmpty()) return Optional.empty();
        int lineBreak = 1;
        while (lineBreak < cells.size() && line(cells.get(lineBreak)) == line(cells.get(0))) lineBreak++;
        List<Token> upper = cells.subList(0, lineBreak);
        List<Token> lower = cells.subList(lineBreak, cells.size());
        if (lower.isEmpty() || !onOneLine(upper) || !onOneLine(lower) || line(lower.get(0)) <= line(upper.get(0))) {
            return Optional.empty();
        }
        boolean digits = cells.stream().allMatch(RowReadings::isDigitsOnly);
        boolean headsAbove = upper.size() < lower.size();
        List<Token> whole = headsAbove ? lower : upper;
        if (!digits || whole.size() != width || keepsSums(whole, row.sums())) return Optional.empty();
        List<List<Token>> found = new ArrayList<>();
        new Wrap(whole, headsAbove ? upper : lower, headsAbove, row, found).next(0, 0, new ArrayList<>(whole));
        return found.isEmpty() ? Optional.empty() : Optional.of(new Readings(found, true, false, List.of()));
    }

    /**
     * A row whose longer numbers wrapped in their narrow cells, copied cell after cell (pdftotext -raw of a print:
     * {@code …申请数量 ３１} / {@code １ ４０ ２ ０ ４ ２} / {@code ６} / {@code ３８} / {@code ３} is 311 40 2 0 4 26 383): the
     * value that ends a line and the one that starts the next are one number, as many of such pairs as the row has
     * values more than columns. The readings that keep the row's sums, where the values as printed do not; empty where
     * the row has no sum to say.
     */
    private static Optional<Readings> brokenAtLineEnds(List<Token> cells, FormProfile.Row row) {
        int width = row.width();
        int joins = cells.size() - width;
        if (joins <= 0 || joins > MAX_JOINS || row.sums().isEmpty()
                || !cells.stream().allMatch(RowReadings::isDigitsOnly) || keepsSums(cells.subList(0, width), row.sums())
                || !sharesALine(cells)) {
            return Optional.empty();
        }
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < cells.size(); i++) {
            int here = line(cells.get(i));
            // no number but 0 itself starts with a zero: a 0 is no number's head
            if (here > 0 && line(cells.get(i + 1)) > here && !Text.strip(cells.get(i).raw()).startsWith("0")) {
                breaks.add(i);
            }
        }
        if (breaks.size() < joins || breaks.size() > MAX_BREAKS) return Optional.empty();
        List<List<Token>> found = new ArrayList<>();
        joinBreaks(cells, breaks, 0, joins, new ArrayList<>(), row, found);
        return found.isEmpty() ? Optional.empty() : Optional.of(new Readings(found, true, false, List.of()));
    }

    /**
     * A row of one line of text that prints more figures than its columns, spaced apart: a number printed in pieces
     * (a crawler's text of a cell in several runs of text, BeautifulSoup's {@code get_text(" ")}: 行政强制 5 05 0 908
     * is 505, 0 and 908; 受理依申请公开信息总数 条 1 89 276 is 189 and 276 where the items below add up so) is as likely as
     * a value beyond the form's columns. The readings are the joins of neighbouring pieces into as many values as the
     * columns, each a well-formed value of its column (none but 0 itself starts with 0; a sign only in a change, a
     * decimal point only in an amount), and the values as printed ({@code first}, the rest beyond) where they are
     * such values; those that keep the row's sums. Empty where no join gives such values or the row is not such a
     * line: the values as printed then stand as before, and a grid's extra cells are a column the form lacks. No join
     * is tried of values that are whole rows' worth, nor in a LEGACY table read as one column, a width the reader
     * guessed: two figures a line there say the table has two columns, and the one-column reading takes the first.
     */
    private static Optional<Readings> spacedApart(List<Token> cells, List<Token> first, List<Token> printedExtra,
            FormProfile.Row row) {
        int width = row.width();
        int joins = cells.size() - width;
        boolean widthGuessed = width == 1 && row.id().equals(LegacyRunReader.SHAPE_ID);
        if (widthGuessed || joins <= 0 || joins > MAX_JOINS || cells.size() > MAX_BREAKS + 1 || isRows(cells, row)
                || !arePieces(cells) || !onOneTextLine(cells) && !alonePerLine(cells, row)) {
            return Optional.empty();
        }
        List<List<Token>> found = new ArrayList<>();
        joinNeighbours(cells, 0, joins, new ArrayList<>(), row, found);
        if (found.isEmpty()) return Optional.empty();
        boolean asPrinted = wellFormed(first, row) && keepsSums(first, row.sums());
        if (asPrinted) found.add(first);
        List<Token> extra = asPrinted && found.size() == 1 ? printedExtra : List.of();
        return Optional.of(new Readings(found, true, false, extra));
    }

    // a figure or a piece of one, as a line's words hold it: digits, a sign word before them, grouping commas, a point
    private static final Pattern FIGURE_PIECE = Pattern.compile("(?:" + SIGNS + ")?[\\d,.]*\\d[\\d,.]*");
    // the unit the row's last figure may end in (政府集中采购 2 9 900385万元)
    private static final Pattern FIGURE_UNIT = Pattern.compile("(.*?)(万元|元)?");

    /** Whether each cell is a figure or a piece of one, the last one with a unit or none. */
    private static boolean arePieces(List<Token> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String text = Text.compact(cells.get(i).raw());
            String figure = i == cells.size() - 1 ? figureOf(text) : text;
            if (!FIGURE_PIECE.matcher(figure).matches()) return false;
        }
        return true;
    }

    /** A cell's text without the unit it ends in. */
    private static String figureOf(String text) {
        Matcher m = FIGURE_UNIT.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /** Whether each value is one of its column's: {@link Search#value} of its figure. */
    private static boolean wellFormed(List<Token> reading, FormProfile.Row row) {
        for (int k = 0; k < reading.size(); k++) {
            String figure = figureOf(Text.compact(reading.get(k).raw()));
            if (Search.value(figure, row.columns().get(k).slot()).isEmpty()) return false;
        }
        return true;
    }

    /** Whether the cells are pieces of one line of text: its words, not a grid's cells. */
    private static boolean onOneTextLine(List<Token> cells) {
        Optional<TextBlock> line = cells.get(0).source();
        if (line.isEmpty()) return false;
        for (Token t : cells) if (!t.source().equals(line)) return false;
        return true;
    }

    /**
     * Whether each cell is the whole of a line of text (a crawler's copy a run of text a line: 行政强制 / 5 / 05 / 0 / 908)
     * in a row of section 二 of several columns (no sum of its own): there the pieces' joins only say that the values
     * as printed may be other than they look. Copies a cell a line that print a block of rows' values after a label
     * (pdfminer, plain pdftotext) would join two rows' figures into one where a sum keeps it (4 / 0 / 0 as 400): rows
     * with sums, and a LEGACY table's, whose rows the sums between them tie, are not joined across lines; nor a row of
     * one column, whose second figure below it is the next row's there (行政处罚 / 行政强制 / 7 / 5), or a page's number.
     */
    private static boolean alonePerLine(List<Token> cells, FormProfile.Row row) {
        if (row.width() < 2 || !row.sums().isEmpty() || row.id().equals(LegacyRunReader.SHAPE_ID)) return false;
        for (Token t : cells) {
            if (t.source().isEmpty() || !Text.strip(t.source().get().text()).equals(Text.strip(t.raw()))) return false;
        }
        return true;
    }

    /**
     * The rows made of {@code cells} by {@code left} more joins of neighbours (a join at {@code i} puts cell i + 1
     * after cell i) from {@code from} on, with those {@code chosen}, where each value is one of its column's.
     */
    private static void joinNeighbours(List<Token> cells, int from, int left, List<Integer> chosen,
            FormProfile.Row row, List<List<Token>> found) {
        if (left == 0) {
            List<Token> reading = new ArrayList<>(row.width());
            for (int i = 0; i < cells.size(); i++) {
                Token at = cells.get(i);
                if (!chosen.contains(i)) {
                    reading.add(at);
                    continue;
                }
                StringBuilder text = new StringBuilder(Text.compact(at.raw()));
                while (chosen.contains(i)) text.append(Text.compact(cells.get(++i).raw()));
                reading.add(joined(at, text.toString()));
            }
            if (wellFormed(reading, row) && keepsSums(reading, row.sums())) found.add(List.copyOf(reading));
            return;
        }
        for (int i = from; i <= cells.size() - 1 - left; i++) {
            chosen.add(i);
            joinNeighbours(cells, i + 1, left - 1, chosen, row, found);
            chosen.remove(chosen.size() - 1);
        }
    }

    // a row wraps a few of its numbers, over a few lines: the search stays under C(16, 4) = 1,820 joins
    private static final int MAX_JOINS = 4;
    private static final int MAX_BREAKS = 16;

    /** Whether two of the cells stand on one line: a copy of one cell a line breaks no number over two. */
    private static boolean sharesALine(List<Token> cells) {
        for (int i = 0; i + 1 < cells.size(); i++) if (line(cells.get(i)) == line(cells.get(i + 1))) return true;
        return false;
    }

    /** The rows made by joining {@code left} more of {@code breaks} from {@code from} on to those {@code chosen}. */
    private static void joinBreaks(List<Token> cells, List<Integer> breaks, int from, int left, List<Integer> chosen,
            FormProfile.Row row, List<List<Token>> found) {
        if (left == 0) {
            List<Token> reading = new ArrayList<>(row.width());
            for (int i = 0; i < cells.size(); i++) {
                Token at = cells.get(i);
                if (chosen.contains(i)) {
                    at = joined(at, Text.strip(at.raw()) + Text.strip(cells.get(++i).raw()));
                }
                reading.add(at);
            }
            if (keepsSums(reading, row.sums())) found.add(List.copyOf(reading));
            return;
        }
        for (int b = from; b <= breaks.size() - left; b++) {
            int at = breaks.get(b);
            // a number wraps once: the two of a join are no other join's
            if (!chosen.isEmpty() && chosen.get(chosen.size() - 1) + 1 >= at) continue;
            chosen.add(at);
            joinBreaks(cells, breaks, b + 1, left - 1, chosen, row, found);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Each value of {@code pieces} joined to one of {@code whole}'s, in order, before it or after it. */
    private record Wrap(List<Token> whole, List<Token> pieces, boolean before, FormProfile.Row row,
            List<List<Token>> found) {
        void next(int piece, int from, List<Token> reading) {
            if (piece == pieces.size()) {
                if (keepsSums(reading, row.sums())) found.add(List.copyOf(reading));
                return;
            }
            for (int c = from; c <= whole.size() - (pieces.size() - piece); c++) {
                Token at = whole.get(c);
                String head = Text.strip((before ? pieces.get(piece) : at).raw());
                String tail = Text.strip((before ? at : pieces.get(piece)).raw());
                if (head.startsWith("0")) continue; // no value starts with a zero but 0 itself
                reading.set(c, joined(at, head + tail));
                next(piece + 1, c + 1, reading);
                reading.set(c, at);
            }
        }
    }

    /** A cell of {@code text}, parts printed apart joined, where {@code at} (its first part) stands. */
    static Token joined(Token at, String text) {
        return new Token(text, Values.parse(text), at.provenance(), false, at.source(), at.block());
    }

    /** Whether the cells are printed on one line of a text input, the same for all. */
    private static boolean onOneLine(List<Token> cells) {
        int line = line(cells.get(0));
        return line > 0 && cells.stream().allMatch(t -> line(t) == line);
    }

    private static int line(Token t) {
        return t.provenance().line();
    }

    private static final Set<String> MINUS = Set.of("-", "－", "−", "﹣");

    /**
     * The cells with a minus sign printed apart from its number joined to it, where the row prints one cell more than
     * its columns and the number then falls in a change column ({@code 行政处罚 6 - 5 8}: 6, -5 and 8; a copy spaced the
     * sign off). Else the cells as they are.
     */
    private static List<Token> signedApart(List<Token> cells, FormProfile.Row row) {
        if (cells.size() != row.width() + 1) return cells;
        for (int k = 0; k + 1 < cells.size(); k++) {
            Token sign = cells.get(k);
            Token number = cells.get(k + 1);
            if (!MINUS.contains(Text.strip(sign.raw())) || !isDigitsOnly(number)
                    || row.columns().get(k).slot() != FormProfile.Slot.CHANGE) {
                continue;
            }
            List<Token> out = new ArrayList<>(cells.subList(0, k));
            out.add(joined(sign, "-" + Text.strip(number.raw())));
            out.addAll(cells.subList(k + 2, cells.size()));
            return out;
        }
        return cells;
    }

    /** The cells of a row without padding: a grid wider than the form pads with blank cells at the end or start. */
    static List<Token> trimmed(List<Token> cells, int width) {
        // a view, not a copy: asked of the same rows many times over, and read only
        int from = 0;
        int to = cells.size();
        // a unit word before a row's values is no column of the form's rows: a spaced-out label's last character
        // (规 范 性 文 件 1 139) or a unit note
        while (from < to && cells.get(from).value().kind() == Values.Kind.UNIT) from++;
        while (to - from > width && cells.get(to - 1).value().kind() == Values.Kind.EMPTY) to--;
        while (to - from > width && cells.get(from).value().kind() == Values.Kind.EMPTY) from++;
        return Collections.unmodifiableList(cells.subList(from, to));
    }

    private static int countValues(List<Token> cells) {
        int n = 0;
        for (Token t : cells) if (t.value().kind() == Values.Kind.NUMBER || t.value().kind() == Values.Kind.RUN) n++;
        return n;
    }

    /** How many values a cell may hold: its digits when they may run together, else one. */
    static int capacity(Token t) {
        Optional<String> run = run(t);
        if (run.isEmpty()) return 1;
        int digits = 0;
        for (int i = 0; i < run.get().length(); i++) if (Character.isDigit(run.get().charAt(i))) digits++;
        return Math.max(1, digits);
    }

    /**
     * The fewest values the cells can be cut into: each zero that leads a cell's digits is a value of its own (no
     * value but 0 starts with 0), the rest of the digits may be one. A cell with a sign word or a decimal point counts
     * one, the fewest it may be.
     */
    private static int fewestValues(List<Token> cells) {
        int n = 0;
        for (Token t : cells) {
            if (!isDigitsOnly(t)) {
                n++;
                continue;
            }
            String s = Text.compact(t.raw());
            int zeros = 0;
            while (zeros < s.length() && s.charAt(zeros) == '0') zeros++;
            n += zeros + (zeros < s.length() ? 1 : 0);
        }
        return n;
    }

    /** The digits of a cell that may hold several values, without a trailing unit. */
    private static Optional<String> run(Token t) {
        Values.Kind k = t.value().kind();
        if (k != Values.Kind.NUMBER && k != Values.Kind.RUN) return Optional.empty();
        // a number grouped as one (12,345) is one value; only digits no one number reads may be several
        if (k == Values.Kind.NUMBER && Text.compact(t.raw()).indexOf(',') >= 0) return Optional.empty();
        return runParts(t.raw()).map(RunParts::digits);
    }

    private static Optional<String> unit(Token t) {
        return runParts(t.raw()).flatMap(RunParts::unit);
    }

    /** A cell read as {@link #RUN}: its digits (sign words kept) and its unit. */
    private record RunParts(String digits, Optional<String> unit) {}

    /*
     * The alignment asks each cell whether it is a run for every form row its label matches: each
     * cell is read once and remembered, in a bounded cache (cleared when full) of short strings.
     */
    private static final int CACHE_ENTRIES = 4096;
    private static final int CACHE_MAX_CHARS = 64;
    private static final ConcurrentHashMap<String, Optional<RunParts>> RUNS = new ConcurrentHashMap<>();

    private static Optional<RunParts> runParts(String raw) {
        if (raw.length() > CACHE_MAX_CHARS) return readRun(raw);
        Optional<RunParts> parts = RUNS.get(raw);
        if (parts == null) {
            parts = readRun(raw);
            if (RUNS.size() >= CACHE_ENTRIES) RUNS.clear();
            RUNS.put(raw, parts);
        }
        return parts;
    }

    private static Optional<RunParts> readRun(String raw) {
        Matcher m = RUN.matcher(Text.compact(raw));
        return m.matches() ? Optional.of(new RunParts(m.group(1), Optional.ofNullable(m.group(2)))) : Optional.empty();
    }

    /**
     * Depth-first over the cells, then over the cut positions inside each; a sum is checked when its last value is
     * placed.
     */
    private static final class Search {
        private final List<Token> cells;
        private final List<FormProfile.Slot> slots;
        private final List<List<FormProfile.Sum>> sumsEndingAt = new ArrayList<>();
        private final List<Token> pieces = new ArrayList<>();
        private final List<BigDecimal> values = new ArrayList<>();
        final List<List<Token>> found = new ArrayList<>();
        private final int[] capacityAfter;
        long steps;

        Search(List<Token> cells, List<FormProfile.Slot> slots, List<FormProfile.Sum> sums) {
            this.cells = cells;
            this.slots = slots;
            for (int k = 0; k < slots.size(); k++) sumsEndingAt.add(new ArrayList<>());
            for (FormProfile.Sum s : sums) sumsEndingAt.get(s.lastIndex()).add(s);
            capacityAfter = new int[cells.size() + 1];
            for (int i = cells.size() - 1; i >= 0; i--)
                capacityAfter[i] = capacityAfter[i + 1] + capacity(cells.get(i));
        }

        boolean bounded() {
            return steps > MAX_STEPS || found.size() >= MAX_READINGS;
        }

        /** Fills columns from {@code column} on with cells from {@code cell} on. */
        void next(int cell, int column) {
            if (bounded()) return;
            int width = slots.size();
            if (cell == cells.size()) {
                if (column == width) found.add(List.copyOf(pieces));
                return;
            }
            int cellsLeft = cells.size() - cell - 1;
            if (width - column < cellsLeft + 1 || capacityAfter[cell] < width - column) return;
            Token t = cells.get(cell);
            Optional<String> run = run(t);
            if (run.isEmpty()) {
                // a blank, a sign, a grouped or unit-bearing number: one value as printed; signed, a change only
                if (!isSigned(t) || slots.get(column) == FormProfile.Slot.CHANGE) {
                    if (place(t, t.value().number().orElse(null), column)) next(cell + 1, column + 1);
                    unplace();
                }
                return;
            }
            int maxPieces = Math.min(width - column - cellsLeft, capacity(t));
            for (int k = 1; k <= maxPieces; k++) {
                // the other cells must still be able to fill what is left
                if (capacityAfter[cell + 1] < width - column - k) continue;
                cut(t, run.get(), 0, k, column, cell);
            }
        }

        /**
         * Cuts {@code run[from..]} into {@code k} values for columns {@code column..}, then goes on with the next cell.
         */
        private void cut(Token t, String run, int from, int k, int column, int cell) {
            if (++steps > MAX_STEPS || found.size() >= MAX_READINGS) return;
            if (k == 1) {
                String piece = run.substring(from);
                Optional<BigDecimal> v = value(piece, slots.get(column));
                if (v.isPresent()) {
                    String raw = piece + unit(t).orElse("");
                    if (place(token(t, raw), v.get(), column)) next(cell + 1, column + 1);
                    unplace();
                }
                return;
            }
            for (int end = from + 1; end <= run.length() - (k - 1); end++) {
                String piece = run.substring(from, end);
                Optional<BigDecimal> v = value(piece, slots.get(column));
                if (v.isEmpty()) continue;
                if (place(token(t, piece), v.get(), column)) cut(t, run, end, k - 1, column + 1, cell);
                unplace();
            }
        }

        /** Places a value; false when a row sum ending here fails. */
        private boolean place(Token t, BigDecimal v, int column) {
            pieces.add(t);
            values.add(v == null ? BigDecimal.ZERO : v);
            for (FormProfile.Sum s : sumsEndingAt.get(column)) if (!s.holds(values)) return false;
            return true;
        }

        private void unplace() {
            pieces.remove(pieces.size() - 1);
            values.remove(values.size() - 1);
        }

        private static Token token(Token run, String piece) {
            return new Token(piece, Values.parse(piece), run.provenance(), false, run.source(), run.block());
        }

        private static Optional<BigDecimal> value(String piece, FormProfile.Slot slot) {
            // most pieces are plain digits: what PIECE makes of them, without the regex (no leading zero but 0 itself)
            if (isDigits(piece)) {
                if (piece.length() > 1 && piece.charAt(0) == '0') return Optional.empty();
                // the same value and scale (0) as new BigDecimal(piece), without its parse where a long holds it
                return Optional.of(
                        piece.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(piece)) : new BigDecimal(piece));
            }
            Matcher m = PIECE.matcher(piece);
            if (!m.matches()) return Optional.empty();
            if (m.group(1) != null && slot != FormProfile.Slot.CHANGE
                    || m.group(3) != null && slot != FormProfile.Slot.AMOUNT) {
                return Optional.empty();
            }
            BigDecimal v = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
            return Optional.of(m.group(1) != null && !m.group(1).startsWith("增") ? v.negate() : v);
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** For warnings: a reading as its values joined by {@code |}. */
    static String describe(List<Token> reading) {
        StringBuilder b = new StringBuilder();
        for (Token t : reading) {
            if (b.length() > 0) b.append('|');
            b.append(t == null || t.value().isBlank() ? "" : t.raw());
        }
        return b.toString();
    }

    static Provenance where(List<Token> cells) {
        return cells.isEmpty() ? Provenance.NONE : cells.get(0).provenance();
    }
}
