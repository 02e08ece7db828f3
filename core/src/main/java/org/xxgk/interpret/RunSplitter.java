package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;
import org.xxgk.interpret.RowStream.Token;

/**
 * A row whose values lost their separators ({@code 4000004}, {@code 11246增47471251}) split back
 * into its columns: every split whose values are well formed (no leading zero but {@code 0}
 * itself, a sign word only where the column is a change, a decimal only where it is an amount)
 * and that keeps the row's own sums. Only the table's arithmetic can tell the splits apart, so a
 * caller places a split only when it is the one left.
 */
final class RunSplitter {

    /** Longer runs are not enumerated: the splits grow too many to mean anything. */
    static final int MAX_RUN = 40;
    private static final int MAX_STEPS = 2_000_000;
    private static final int MAX_SPLITS = 10_000;

    private static final Pattern PIECE = Pattern.compile("(" + Values.RUN_SIGNS + ")?(0|[1-9]\\d*)(\\.\\d+)?");

    /** What a column may hold. */
    enum Slot { COUNT, CHANGE, AMOUNT }

    /** A sum within the row: the values at {@code parts} add up to the value at {@code total}. */
    record Sum(List<Integer> parts, int total) {
        Sum {
            parts = List.copyOf(parts);
        }

        int lastIndex() {
            int last = total;
            for (int p : parts) last = Math.max(last, p);
            return last;
        }

        boolean holds(List<BigDecimal> values) {
            BigDecimal s = BigDecimal.ZERO;
            for (int p : parts) s = s.add(values.get(p));
            return s.compareTo(values.get(total)) == 0;
        }
    }

    /**
     * The splits of one run.
     *
     * @param pieces  each split as the values printed ({@code 增4747})
     * @param bounded the search stopped at a bound (run too long, too many splits): the count is a floor
     */
    record Splits(List<List<String>> pieces, boolean bounded) {
        Splits {
            pieces = List.copyOf(pieces);
        }

        boolean unique() {
            return pieces.size() == 1 && !bounded;
        }

        String count() {
            return bounded ? "too many" : String.valueOf(pieces.size());
        }
    }

    private RunSplitter() {}

    /**
     * The cell of a row that holds all {@code n} values run together: the row's one cell of digits,
     * where it has fewer cells than columns (a grid row with blank cells beside one value is not a run).
     */
    static Optional<Token> run(List<Token> cells, int n) {
        if (cells.size() >= n) return Optional.empty();
        Token only = null;
        for (Token t : cells) {
            if (t.value().kind() == Values.Kind.EMPTY) continue;
            if (only != null) return Optional.empty();
            only = t;
        }
        if (only == null || n < 2 || !Values.isDigitRun(only.raw())) return Optional.empty();
        return Optional.of(only);
    }

    /** The tokens of one split, each with the run's provenance. */
    static List<Token> tokens(Token run, List<String> pieces) {
        List<Token> out = new ArrayList<>();
        for (String p : pieces) out.add(new Token(p, Values.parse(p), run.provenance(), false, run.source()));
        return out;
    }

    /**
     * The splits of {@code raw} into {@code slots} that keep {@code sums}; where none keeps them but
     * the digits allow one reading only, that reading (the failing sum is the report's, for the checker).
     */
    static Splits split(String raw, List<Slot> slots, List<Sum> sums) {
        String run = Text.compact(raw);
        if (run.length() > MAX_RUN) return new Splits(List.of(), true);
        Splits kept = search(run, slots, sums);
        if (kept.pieces().isEmpty() && !kept.bounded() && !sums.isEmpty()) {
            Splits any = search(run, slots, List.of());
            if (any.unique()) return any;
        }
        return kept;
    }

    private static Splits search(String run, List<Slot> slots, List<Sum> sums) {
        Search s = new Search(run, slots, sums);
        s.next(0, 0);
        return new Splits(s.found, s.steps > MAX_STEPS || s.found.size() >= MAX_SPLITS);
    }

    /** Depth-first over the cut positions; a sum is checked as soon as its last value is placed. */
    private static final class Search {
        private final String run;
        private final List<Slot> slots;
        private final List<List<Sum>> sumsEndingAt = new ArrayList<>();
        private final List<String> pieces = new ArrayList<>();
        private final List<BigDecimal> values = new ArrayList<>();
        final List<List<String>> found = new ArrayList<>();
        long steps;

        Search(String run, List<Slot> slots, List<Sum> sums) {
            this.run = run;
            this.slots = slots;
            for (int k = 0; k < slots.size(); k++) sumsEndingAt.add(new ArrayList<>());
            for (Sum s : sums) sumsEndingAt.get(s.lastIndex()).add(s);
        }

        void next(int from, int k) {
            if (++steps > MAX_STEPS || found.size() >= MAX_SPLITS) return;
            int n = slots.size();
            if (k == n) {
                if (from == run.length()) found.add(List.copyOf(pieces));
                return;
            }
            // every value still to come takes a character at least
            for (int end = from + 1; end <= run.length() - (n - k - 1); end++) {
                Optional<BigDecimal> v = value(run.substring(from, end), slots.get(k));
                if (v.isEmpty()) continue;
                pieces.add(run.substring(from, end));
                values.add(v.get());
                boolean holds = true;
                for (Sum s : sumsEndingAt.get(k)) holds &= s.holds(values);
                if (holds) next(end, k + 1);
                pieces.remove(k);
                values.remove(k);
            }
        }

        private static Optional<BigDecimal> value(String piece, Slot slot) {
            Matcher m = PIECE.matcher(piece);
            if (!m.matches()) return Optional.empty();
            if (m.group(1) != null && slot != Slot.CHANGE || m.group(3) != null && slot != Slot.AMOUNT) return Optional.empty();
            BigDecimal v = new BigDecimal(m.group(2) + (m.group(3) == null ? "" : m.group(3)));
            return Optional.of(m.group(1) != null && m.group(1).startsWith("减") ? v.negate() : v);
        }
    }
}
