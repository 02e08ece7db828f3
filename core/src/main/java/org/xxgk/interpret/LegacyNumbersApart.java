package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.interpret.Labels.Marker;
import org.xxgk.interpret.Labels.Numbering;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * LEGACY items whose numbers a copy printed together, a run of lines of their own after the rows they number (plain
 * pdftotext, where the digits sit lower than the CJK text: {@code 其中：1.政府网站公开数 条 193 97506} / {@code
 * 政府公报公开数 条 0 0} / … / {@code 2.} / {@code 2.} / {@code 3.} / {@code 2.}). Without them the items read as indicators
 * of the top level, a row of zeros in a list complete without it giving no sum to tell. Each number goes back to its
 * item where one way only gives the run's numbers, in order, to unnumbered indicators above it, each the next item of
 * the list open before it, and keeps the numbers the table printed in place in sequence (a list's {@code 3.} follows
 * its 2.).
 */
final class LegacyNumbersApart {

    private LegacyNumbersApart() {}

    /** A row of the table as the lists see it. */
    private enum Kind { ITEM, TOP, CANDIDATE }

    private record Event(int row, Kind kind, int number) {}

    /** {@code rows} with the run's numbers before the labels they number and its lines gone, or as they are. */
    static List<Row> restore(List<Row> rows, int first) {
        Optional<int[]> run = onlyRun(rows, first);
        if (run.isEmpty()) return rows;
        int from = run.get()[0];
        int to = run.get()[1];
        // the run's numbers and their lines (a mark alone among them numbers nothing)
        List<Integer> numbers = new ArrayList<>();
        List<Token> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<Integer> n = arabic(rows.get(i));
            if (n.isEmpty()) continue;
            numbers.add(n.get());
            lines.add(rows.get(i).labels().get(0));
        }
        List<Event> events = events(rows, first, from);
        Optional<List<Integer>> taken = onlyWay(events, numbers);
        if (taken.isEmpty()) return rows;
        Map<Integer, Token> marks = new HashMap<>();
        for (int k = 0; k < numbers.size(); k++) marks.put(taken.get().get(k), lines.get(k));
        List<Row> out = new ArrayList<>(rows.size() - numbers.size());
        for (int i = 0; i < rows.size(); i++) {
            if (i >= from && i < to) continue;
            Row r = rows.get(i);
            Token mark = marks.get(i);
            if (mark == null) {
                out.add(r);
                continue;
            }
            List<Token> labels = new ArrayList<>(r.labels());
            Token label = labels.get(0);
            labels.set(0, new Token(mark.raw() + label.raw(), label.value(), label.provenance(), false,
                    label.source(), label.block()));
            out.add(new Row(labels, r.cells(), r.block(), r.grid()));
        }
        return out;
    }

    /**
     * The one run of two or more lines of a list's number alone after {@code first}: [from, to). A mark alone among
     * them ({@code 5.} / {@code .} / {@code 2.}) is of the run, the mark of a number printed with its label ({@code
     * 其中：1}).
     */
    private static Optional<int[]> onlyRun(List<Row> rows, int first) {
        int[] found = null;
        for (int i = Math.max(first, 0); i < rows.size(); i++) {
            int j = i;
            while (j < rows.size() && (arabic(rows.get(j)).isPresent() || j > i && markBetween(rows, j))) j++;
            if (j - i >= 2) {
                if (found != null) return Optional.empty();
                found = new int[] {i, j};
            }
            i = Math.max(i, j);
        }
        return Optional.ofNullable(found);
    }

    /** Whether row {@code j} prints a numbering's mark alone ({@code .}) and a number alone follows it. */
    private static boolean markBetween(List<Row> rows, int j) {
        return j + 1 < rows.size() && isMarkAlone(rows.get(j)) && arabic(rows.get(j + 1)).isPresent();
    }

    private static boolean isMarkAlone(Row r) {
        return r.labels().size() == 1 && r.cells().isEmpty() && !r.grid()
                && Labels.isMarkAlone(r.labels().get(0).raw());
    }

    /** The number of a row that prints a list's number alone ({@code 2.}), nothing else. */
    private static Optional<Integer> arabic(Row r) {
        if (r.labels().size() != 1 || !r.cells().isEmpty() || r.grid()) return Optional.empty();
        String raw = r.labels().get(0).raw();
        if (!Labels.isNumberingOnly(raw)) return Optional.empty();
        return Labels.numbering(raw).filter(n -> n.marker() == Marker.ARABIC).map(Numbering::number);
    }

    /**
     * The rows from {@code first} up to the run as the lists see them: a numbered item (its number on its line or on
     * the line above alone), a row of the top level, and an unnumbered indicator, which may be either; a line that goes
     * on with the label above (which printed nothing after it) is none.
     */
    private static List<Event> events(List<Row> rows, int first, int run) {
        List<Event> out = new ArrayList<>();
        int numberAbove = 0;
        boolean labelOpen = false;
        for (int i = Math.max(first, 0); i < run; i++) {
            Row r = rows.get(i);
            if (r.labels().isEmpty()) continue;
            Optional<Integer> alone = arabic(r);
            String label = r.labels().get(0).raw();
            if (alone.isPresent()) {
                // a number on a line of its own: the next label's, unless that opens a list (其中：), which no number
                // of a list numbers: then printed apart from a label further up
                numberAbove = i + 1 < run && startsOfWhich(rows.get(i + 1)) ? 0 : alone.get();
                continue;
            }
            Optional<Numbering> n = Labels.numbering(label);
            Event ev = null;
            if (numberAbove > 0) ev = new Event(i, Kind.ITEM, numberAbove);
            else if (n.isPresent()) ev = new Event(i, n.get().marker() == Marker.ARABIC ? Kind.ITEM : Kind.TOP,
                    n.get().number());
            else if (Labels.isOfWhich(label)) ev = new Event(i, Kind.ITEM, 1);
            else if (!labelOpen) ev = new Event(i, Kind.CANDIDATE, 0);
            if (ev != null) {
                // a list's first item follows its whole: the row above is no item of a list
                int last = out.size() - 1;
                if (ev.kind() == Kind.ITEM && ev.number() == 1 && last >= 0 && out.get(last).kind() == Kind.CANDIDATE) {
                    out.set(last, new Event(out.get(last).row(), Kind.TOP, 0));
                }
                out.add(ev);
            }
            numberAbove = 0;
            labelOpen = r.cells().isEmpty();
        }
        return out;
    }

    private static boolean startsOfWhich(Row r) {
        return !r.labels().isEmpty() && Labels.isOfWhich(r.labels().get(0).raw());
    }

    /**
     * The rows the numbers go to, in order, where one way only takes them all: each the next number of the list open
     * before its row, every numbered item still its list's next; empty where none or several.
     */
    private static Optional<List<Integer>> onlyWay(List<Event> events, List<Integer> numbers) {
        Ways ways = new Ways(events, numbers);
        if (ways.count(0, 0, 0) != 1) return Optional.empty();
        // the one way, step by step: at each indicator that may take the next number, the choice that leads to it
        List<Integer> rows = new ArrayList<>();
        int taken = 0;
        int open = 0;
        for (int e = 0; e < events.size(); e++) {
            Event ev = events.get(e);
            boolean mayTake = ev.kind() == Kind.CANDIDATE && ways.takes(e, taken, open);
            if (mayTake && ways.count(e + 1, taken + 1, open + 1) == 1) {
                rows.add(ev.row());
                taken++;
                open++;
            } else {
                open = ways.next(ev, open);
            }
        }
        return Optional.of(rows);
    }

    private record Point(int event, int taken, int open) {}

    /** How many ways the numbers go to the rows from each point on: 0, 1 or 2 (several), each point counted once. */
    private static final class Ways {
        private static final int SEVERAL = 2;
        private final List<Event> events;
        private final List<Integer> numbers;
        private final Map<Point, Integer> counted = new HashMap<>();

        Ways(List<Event> events, List<Integer> numbers) {
            this.events = events;
            this.numbers = numbers;
        }

        /** Whether candidate {@code e} may take the next number, the list open before it at {@code open}. */
        boolean takes(int e, int taken, int open) {
            return open > 0 && taken < numbers.size() && numbers.get(taken) == open + 1;
        }

        /** The list open after event {@code ev} takes no number; -1 where a numbered item breaks its list's order. */
        int next(Event ev, int open) {
            return switch (ev.kind()) {
                case TOP, CANDIDATE -> 0;
                // a list starts at 1; any other number goes on from the one before
                case ITEM -> ev.number() == 1 || ev.number() == open + 1 ? ev.number() : -1;
            };
        }

        int count(int e, int taken, int open) {
            if (open < 0) return 0;
            if (e == events.size()) return taken == numbers.size() ? 1 : 0;
            Point key = new Point(e, taken, open);
            Integer known = counted.get(key);
            if (known != null) return known;
            int n = count(e + 1, taken, next(events.get(e), open));
            if (events.get(e).kind() == Kind.CANDIDATE && takes(e, taken, open)) n += count(e + 1, taken + 1, open + 1);
            n = Math.min(n, SEVERAL);
            counted.put(key, n);
            return n;
        }
    }
}
