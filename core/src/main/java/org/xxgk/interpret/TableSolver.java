package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses among the readings of rows whose digits ran together by the sums that tie rows
 * together (三(七) = Σ results, 一 + 二 = 三(七) + 四, (六) = Σ its sub-rows), column by column. A
 * reading survives when some assignment of readings to every row satisfies every sum at once; the
 * search is exact up to a bound, beyond which only readings no single sum rules out are dropped.
 * A sum no reading can satisfy is the report's own error and settles nothing.
 */
final class TableSolver {

    private static final long MAX_COMBINATIONS = 200_000;
    private static final long MAX_STEPS = 2_000_000;

    /** One sum over rows, per column: Σ plus = Σ minus. */
    private record Sum(List<String> plus, List<String> minus) {
        List<String> rows() {
            List<String> all = new ArrayList<>(plus);
            all.addAll(minus);
            return all;
        }
    }

    private final Map<String, List<List<BigDecimal>>> readings;
    private final Map<String, BitSet> alive = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final int width;

    /**
     * @param readings per printed row, its readings as numbers per column (blank as 0)
     */
    private TableSolver(Map<String, List<List<BigDecimal>>> readings, List<FormProfile.Equation> equations,
                        Function<String, List<String>> parts, int width) {
        this.readings = readings;
        this.width = width;
        readings.forEach((row, list) -> {
            BitSet b = new BitSet();
            b.set(0, list.size());
            alive.put(row, b);
        });
        for (FormProfile.Equation e : equations) {
            List<String> plus = expand(e.plus(), parts);
            List<String> minus = expand(e.minus(), parts);
            if (plus != null && minus != null) sums.add(new Sum(plus, minus));
        }
    }

    /** The readings of each row that the sums leave, as indices into its list. */
    static Map<String, BitSet> solve(Map<String, List<List<BigDecimal>>> readings, FormProfile profile, int width) {
        return solve(readings, profile.equations(), profile::parts, width);
    }

    /** As above, for sums given as equations over row ids, a row left out standing for its {@code parts}. */
    static Map<String, BitSet> solve(Map<String, List<List<BigDecimal>>> readings, List<FormProfile.Equation> equations,
                                     Function<String, List<String>> parts, int width) {
        TableSolver s = new TableSolver(readings, equations, parts, width);
        s.run();
        return s.alive;
    }

    /**
     * The rows a sum names, a row the report does not print replaced by its printed parts; null when neither is
     * printed.
     */
    private List<String> expand(List<String> rows, Function<String, List<String>> partsOf) {
        List<String> out = new ArrayList<>();
        for (String r : rows) {
            if (readings.containsKey(r)) {
                out.add(r);
                continue;
            }
            List<String> parts = partsOf.apply(r);
            if (parts.isEmpty() || !parts.stream().allMatch(readings::containsKey)) return null;
            out.addAll(parts);
        }
        return out;
    }

    private void run() {
        if (alive.values().stream().allMatch(b -> b.cardinality() <= 1)) return;
        Map<String, BitSet> original = copy(alive);
        List<Sum> usable = new ArrayList<>();
        for (Sum s : sums) if (narrow(s, false)) usable.add(s);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum s : usable) changed |= narrow(s, true);
        }
        // every sum at once: the readings some joint assignment uses
        List<String> open = new ArrayList<>();
        for (Sum s : usable) for (String r : s.rows()) if (!open.contains(r)) open.add(r);
        Joint joint = new Joint(open, usable);
        joint.search(0);
        if (joint.steps > MAX_STEPS) return;
        if (joint.solutions == 0) {
            // the sums contradict each other: the report's error, and nothing is settled by them
            alive.clear();
            alive.putAll(original);
            return;
        }
        for (int i = 0; i < open.size(); i++) alive.put(open.get(i), joint.used.get(i));
    }

    /** Keeps the readings of the rows of {@code s} that some combination satisfying it uses; false when none does. */
    private boolean narrow(Sum s, boolean apply) {
        List<String> rows = s.rows();
        long combinations = 1;
        for (String r : rows) combinations = Math.min(combinations * alive.get(r).cardinality(), MAX_COMBINATIONS + 1);
        if (combinations > MAX_COMBINATIONS) return true;
        List<int[]> choices = new ArrayList<>();
        for (String r : rows) choices.add(alive.get(r).stream().toArray());
        List<BitSet> used = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) used.add(new BitSet());
        int[] pick = new int[rows.size()];
        boolean any = false;
        for (long n = 0; n < combinations; n++) {
            if (holds(s, rows, choices, pick)) {
                any = true;
                for (int i = 0; i < rows.size(); i++) used.get(i).set(choices.get(i)[pick[i]]);
            }
            for (int i = 0; i < rows.size() && ++pick[i] == choices.get(i).length; i++) pick[i] = 0;
        }
        if (!any || !apply) return any;
        boolean changed = false;
        for (int i = 0; i < rows.size(); i++) {
            if (!used.get(i).equals(alive.get(rows.get(i)))) {
                alive.get(rows.get(i)).and(used.get(i));
                changed = true;
            }
        }
        return changed;
    }

    private boolean holds(Sum s, List<String> rows, List<int[]> choices, int[] pick) {
        for (int c = 0; c < width; c++) {
            BigDecimal d = BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                BigDecimal v = readings.get(rows.get(i)).get(choices.get(i)[pick[i]]).get(c);
                d = s.plus().contains(rows.get(i)) ? d.add(v) : d.subtract(v);
            }
            if (d.signum() != 0) return false;
        }
        return true;
    }

    private static Map<String, BitSet> copy(Map<String, BitSet> m) {
        Map<String, BitSet> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, (BitSet) v.clone()));
        return out;
    }

    /** Backtracking over the rows of the usable sums; each sum is checked once its last row is assigned. */
    private final class Joint {
        private final List<String> rows;
        private final List<List<Sum>> closing = new ArrayList<>();
        private final int[] choice;
        final List<BitSet> used = new ArrayList<>();
        long solutions;
        long steps;

        Joint(List<String> rows, List<Sum> usable) {
            this.rows = rows;
            this.choice = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                closing.add(new ArrayList<>());
                used.add(new BitSet());
            }
            for (Sum s : usable) {
                int last = 0;
                for (String r : s.rows()) last = Math.max(last, rows.indexOf(r));
                closing.get(last).add(s);
            }
        }

        void search(int i) {
            if (++steps > MAX_STEPS) return;
            if (i == rows.size()) {
                solutions++;
                for (int k = 0; k < rows.size(); k++) used.get(k).set(choice[k]);
                return;
            }
            BitSet b = alive.get(rows.get(i));
            for (int r = b.nextSetBit(0); r >= 0; r = b.nextSetBit(r + 1)) {
                choice[i] = r;
                boolean ok = true;
                for (Sum s : closing.get(i)) ok &= holdsAssigned(s);
                if (ok) search(i + 1);
                if (steps > MAX_STEPS) return;
            }
        }

        private boolean holdsAssigned(Sum s) {
            for (int c = 0; c < width; c++) {
                BigDecimal d = BigDecimal.ZERO;
                for (String r : s.plus()) d = d.add(readings.get(r).get(choice[rows.indexOf(r)]).get(c));
                for (String r : s.minus()) d = d.subtract(readings.get(r).get(choice[rows.indexOf(r)]).get(c));
                if (d.signum() != 0) return false;
            }
            return true;
        }
    }
}
