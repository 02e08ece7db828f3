package org.xxgk.property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.xxgk.property.Forms.AtMost;
import org.xxgk.property.Forms.Equation;
import org.xxgk.property.Forms.Kind;

/**
 * The brute-force reference reading of a printed table, independent of the main code.
 *
 * <p>Input: the printed tokens (each a string of characters holding the text of one or more
 * consecutive cells, e.g. a run-together row {@code 640020470}, or one cell {@code 64}), every
 * cell's {@link Kind}, and the form's constraints. It enumerates every way to cut each token into its
 * cells, where a cell's text is
 * <ul>
 *   <li>COUNT: {@code 0} or a digit string without a leading zero;</li>
 *   <li>CHANGE: the same, optionally preceded by one sign {@code 增}, {@code 减} or {@code -};</li>
 *   <li>AMOUNT: a COUNT optionally followed by {@code .} and one or more digits;</li>
 * </ul>
 * and keeps the joint assignments (over ALL tokens at once) that satisfy every equation and every
 * {@code ≤}. The reading of a cell is the set of values it takes over the surviving assignments:
 * DETERMINED when that set has one value, AMBIGUOUS otherwise.
 *
 * <p>Exact, bounded search: each token's cuts are enumerated depth-first, with the equations that
 * lie inside the token applied as they close (a row's total is forced by its parts; a total cannot
 * be shorter than the sum of the parts already cut); equations that span tokens are solved by a
 * dynamic programme over residual vectors, forward (reachable) and backward (completable), which
 * keeps exactly the cuts that belong to at least one complete solution.
 */
final class SplitOracle {

    private SplitOracle() {}

    /** Printed characters holding the cells {@code keys}, in order. */
    record Token(String text, List<String> keys) {
        Token {
            keys = List.copyOf(keys);
        }
    }

    /** Key to the values the key takes over all surviving joint assignments. */
    record Reading(Map<String, SortedSet<BigDecimal>> values) {
        boolean determined(String key) {
            return values.get(key).size() == 1;
        }

        Optional<BigDecimal> value(String key) {
            SortedSet<BigDecimal> v = values.get(key);
            return v.size() == 1 ? Optional.of(v.first()) : Optional.empty();
        }

        List<String> ambiguous() {
            return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        }
    }

    /** Thrown when the search would exceed its bounds; the generator keeps tables well inside them. */
    static final class BoundExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BoundExceeded(String message) {
            super(message);
        }
    }

    static final int MAX_CUTS_PER_TOKEN = 200_000;
    static final int MAX_STATES = 4_000_000;

    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern CHANGE = Pattern.compile("[增减-]?(0|[1-9][0-9]*)");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** The value of one cell's text, or null when the text cannot be that kind of cell. */
    static BigDecimal cell(String s, Kind kind) {
        switch (kind) {
            case COUNT:
                return COUNT.matcher(s).matches() ? new BigDecimal(s) : null;
            case CHANGE:
                if (!CHANGE.matcher(s).matches()) return null;
                if (s.startsWith("减") || s.startsWith("-")) return new BigDecimal(s.substring(1)).negate();
                return new BigDecimal(s.startsWith("增") ? s.substring(1) : s);
            case AMOUNT:
                return AMOUNT.matcher(s).matches() ? new BigDecimal(s) : null;
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    static Reading read(List<Token> tokens, Map<String, Kind> kinds, List<Equation> equations, List<AtMost> atMost) {
        Map<String, Integer> tokenOf = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            for (String k : tokens.get(t).keys()) {
                if (!kinds.containsKey(k)) throw new IllegalArgumentException("no kind for " + k);
                if (tokenOf.put(k, t) != null) throw new IllegalArgumentException("key in two tokens: " + k);
            }
        }
        List<List<Equation>> localEq = new ArrayList<>();
        List<List<AtMost>> localLe = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            localEq.add(new ArrayList<>());
            localLe.add(new ArrayList<>());
        }
        List<Equation> crossEq = new ArrayList<>();
        List<AtMost> crossLe = new ArrayList<>();
        for (Equation e : equations) {
            Set<Integer> ts = new HashSet<>();
            for (String k : e.keys()) {
                if (kinds.get(k) != Kind.COUNT) throw new IllegalArgumentException("equation over a non-count: " + k);
                Integer t = tokenOf.get(k);
                if (t == null) throw new IllegalArgumentException("equation over an unprinted cell: " + k);
                ts.add(t);
            }
            if (ts.size() == 1) localEq.get(ts.iterator().next()).add(e);
            else crossEq.add(e);
        }
        for (AtMost le : atMost) {
            if (kinds.get(le.small()) != Kind.COUNT || kinds.get(le.large()) != Kind.COUNT) {
                throw new IllegalArgumentException("≤ over a non-count: " + le);
            }
            int a = tokenOf.get(le.small());
            int b = tokenOf.get(le.large());
            if (a == b) localLe.get(a).add(le);
            else crossLe.add(le);
        }

        List<List<BigDecimal[]>> cuts = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            List<BigDecimal[]> c = cuts(tokens.get(t), kinds, localEq.get(t), localLe.get(t));
            if (c.isEmpty()) throw new IllegalStateException("no cut of " + tokens.get(t) + " fits its cells and sums");
            cuts.add(c);
        }
        for (AtMost le : crossLe) {
            int a = tokenOf.get(le.small());
            int b = tokenOf.get(le.large());
            if (cuts.get(a).size() > 1 || cuts.get(b).size() > 1) {
                throw new UnsupportedOperationException("≤ across tokens with several cuts: " + le);
            }
            BigDecimal small = cuts.get(a).get(0)[tokens.get(a).keys().indexOf(le.small())];
            BigDecimal large = cuts.get(b).get(0)[tokens.get(b).keys().indexOf(le.large())];
            if (small.compareTo(large) > 0) throw new IllegalStateException("no reading satisfies " + le);
        }

        // supported cuts: for tokens in no cross-token equation, every cut; the others per component
        List<List<BigDecimal[]>> supported = new ArrayList<>(cuts);
        for (List<Integer> component : components(tokens.size(), crossEq, tokenOf)) {
            Set<Integer> members = new HashSet<>(component);
            List<Equation> eqs = crossEq.stream().filter(e -> members.contains(tokenOf.get(e.left().get(0)))).toList();
            Map<Integer, List<BigDecimal[]>> kept = solve(component, tokens, cuts, eqs);
            kept.forEach(supported::set);
        }

        Map<String, SortedSet<BigDecimal>> values = new LinkedHashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            List<String> keys = tokens.get(t).keys();
            for (int i = 0; i < keys.size(); i++) {
                SortedSet<BigDecimal> set = new TreeSet<>();
                for (BigDecimal[] cut : supported.get(t)) set.add(cut[i]);
                if (set.isEmpty()) throw new IllegalStateException("no joint reading satisfies the constraints");
                values.put(keys.get(i), Collections.unmodifiableSortedSet(set));
            }
        }
        return new Reading(values);
    }

    // ---- one token ----------------------------------------------------------------------------

    /** Every cut of the token into its cells that fits the cells' kinds and the token's own constraints. */
    static List<BigDecimal[]> cuts(Token token, Map<String, Kind> kinds, List<Equation> eqs, List<AtMost> les) {
        List<String> keys = token.keys();
        int n = keys.size();
        Kind[] kind = new Kind[n];
        for (int i = 0; i < n; i++) kind[i] = kinds.get(keys.get(i));
        // equations as index arrays with coefficients
        int[][] idx = new int[eqs.size()][];
        int[][] coef = new int[eqs.size()][];
        for (int e = 0; e < eqs.size(); e++) {
            Equation eq = eqs.get(e);
            List<String> all = eq.keys();
            idx[e] = new int[all.size()];
            coef[e] = new int[all.size()];
            for (int j = 0; j < all.size(); j++) {
                idx[e][j] = keys.indexOf(all.get(j));
                coef[e][j] = j < eq.left().size() ? 1 : -1;
            }
        }
        int[][] le = new int[les.size()][2];
        for (int j = 0; j < les.size(); j++) {
            le[j][0] = keys.indexOf(les.get(j).small());
            le[j][1] = keys.indexOf(les.get(j).large());
        }
        List<BigDecimal[]> out = new ArrayList<>();
        new Cutter(token.text(), kind, idx, coef, le, out).cut(0, 0, new BigDecimal[n]);
        return out;
    }

    private static final class Cutter {
        final String s;
        final Kind[] kind;
        final int[][] idx;
        final int[][] coef;
        final int[][] le;
        final List<BigDecimal[]> out;

        Cutter(String s, Kind[] kind, int[][] idx, int[][] coef, int[][] le, List<BigDecimal[]> out) {
            this.s = s;
            this.kind = kind;
            this.idx = idx;
            this.coef = coef;
            this.le = le;
            this.out = out;
        }

        void cut(int pos, int cell, BigDecimal[] cur) {
            int n = kind.length;
            if (cell == n) {
                if (pos == s.length() && consistent(cur, true)) {
                    if (out.size() >= MAX_CUTS_PER_TOKEN)
                        throw new BoundExceeded("more than " + MAX_CUTS_PER_TOKEN + " cuts of " + s);
                    out.add(cur.clone());
                }
                return;
            }
            int cellsAfter = n - cell - 1;
            for (int end = pos + 1; end <= s.length() - cellsAfter; end++) {
                BigDecimal v = cell(s.substring(pos, end), kind[cell]);
                if (v == null) {
                    // a longer piece that starts the same way may still be valid (a sign, a decimal point)
                    continue;
                }
                cur[cell] = v;
                int verdict = check(cur, cell, end);
                cur[cell] = null;
                if (verdict > 0) break;     // every longer piece is larger still
                if (verdict < 0) continue;
                cur[cell] = v;
                cut(end, cell + 1, cur);
                cur[cell] = null;
            }
        }

        /**
         * 0 when the partial cut may still complete, -1 when this piece fails but a longer one might,
         * 1 when this piece and every longer one fail (the piece is too large).
         */
        int check(BigDecimal[] cur, int cell, int end) {
            // closed or one-sided equations
            for (int e = 0; e < idx.length; e++) {
                BigDecimal left = BigDecimal.ZERO;
                BigDecimal right = BigDecimal.ZERO;
                boolean leftDone = true;
                boolean rightDone = true;
                boolean touches = false;
                for (int j = 0; j < idx[e].length; j++) {
                    BigDecimal v = cur[idx[e][j]];
                    if (idx[e][j] == cell) touches = true;
                    if (coef[e][j] > 0) {
                        if (v == null) leftDone = false;
                        else left = left.add(v);
                    } else {
                        if (v == null) rightDone = false;
                        else right = right.add(v);
                    }
                }
                if (!touches) continue;
                boolean cellLeft = sideOf(e, cell) > 0;
                if (leftDone && rightDone) {
                    int cmp = left.compareTo(right);
                    if (cmp == 0) continue;
                    // the piece just cut is on the larger side: longer pieces only make it larger
                    return (cmp > 0) == cellLeft ? 1 : -1;
                }
                if (leftDone && right.compareTo(left) > 0) return cellLeft ? -1 : 1;
                if (rightDone && left.compareTo(right) > 0) return cellLeft ? 1 : -1;
            }
            for (int[] pair : le) {
                BigDecimal a = cur[pair[0]];
                BigDecimal b = cur[pair[1]];
                if (a != null && b != null && a.compareTo(b) > 0) return pair[0] == cell ? 1 : -1;
            }
            // room left for the cells still to cut: a total no shorter than the parts it already holds
            int need = 0;
            // (a longer piece may lower another cell's bound, so this is no reason to stop trying longer ones)
            for (int c = cell + 1; c < kind.length; c++) need += Math.max(1, lowerBoundDigits(cur, c));
            if (end + need > s.length()) return -1;
            return 0;
        }

        /**
         * Digits of the least value cell {@code c} can take: for the one uncut cell on a side, the other side's sum.
         */
        int lowerBoundDigits(BigDecimal[] cur, int c) {
            int digits = 1;
            for (int e = 0; e < idx.length; e++) {
                int side = sideOf(e, c);
                if (side == 0) continue;
                BigDecimal own = BigDecimal.ZERO;
                BigDecimal other = BigDecimal.ZERO;
                boolean alone = true;
                for (int j = 0; j < idx[e].length; j++) {
                    int k = idx[e][j];
                    BigDecimal v = cur[k];
                    if (coef[e][j] == side) {
                        if (k == c) continue;
                        if (v == null) alone = false;
                        else own = own.add(v);
                    } else if (v != null) {
                        other = other.add(v);
                    }
                }
                if (!alone) continue;
                BigDecimal least = other.subtract(own);
                if (least.signum() > 0) digits = Math.max(digits, least.toBigInteger().toString().length());
            }
            return digits;
        }

        int sideOf(int e, int cell) {
            for (int j = 0; j < idx[e].length; j++) if (idx[e][j] == cell) return coef[e][j];
            return 0;
        }

        boolean consistent(BigDecimal[] cur, boolean complete) {
            for (int e = 0; e < idx.length; e++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int j = 0; j < idx[e].length; j++)
                    sum = sum.add(coef[e][j] > 0 ? cur[idx[e][j]] : cur[idx[e][j]].negate());
                if (sum.signum() != 0) return false;
            }
            for (int[] pair : le) if (cur[pair[0]].compareTo(cur[pair[1]]) > 0) return false;
            return complete;
        }
    }

    // ---- across tokens ------------------------------------------------------------------------

    private static List<List<Integer>> components(int n, List<Equation> eqs, Map<String, Integer> tokenOf) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Set<Integer> involved = new HashSet<>();
        for (Equation e : eqs) {
            int first = tokenOf.get(e.keys().get(0));
            for (String k : e.keys()) {
                int t = tokenOf.get(k);
                involved.add(t);
                parent[find(parent, t)] = find(parent, first);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            if (involved.contains(t)) groups.computeIfAbsent(find(parent, t), x -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** A residual vector, one entry per equation of the component. */
    private record State(long[] r) {
        @Override
        public boolean equals(Object o) {
            return o instanceof State s && Arrays.equals(r, s.r);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(r);
        }

        @Override
        public String toString() {
            return Arrays.toString(r);
        }
    }

    /** The cuts of each token of the component that belong to at least one joint solution. */
    private static Map<Integer, List<BigDecimal[]>> solve(
            List<Integer> component, List<Token> tokens, List<List<BigDecimal[]>> cuts, List<Equation> eqs) {
        List<Integer> order = new ArrayList<>(component);
        order.sort(Comparator.comparingInt((Integer t) -> cuts.get(t).size()).thenComparingInt(t -> t));
        int m = eqs.size();
        int n = order.size();
        // contribution of every cut to every equation
        Map<String, List<long[]>> occurrences = new HashMap<>();  // key -> (equation, sign)
        for (int e = 0; e < m; e++) {
            Equation eq = eqs.get(e);
            List<String> all = eq.keys();
            for (int j = 0; j < all.size(); j++) {
                occurrences.computeIfAbsent(all.get(j), k -> new ArrayList<>()).add(new long[] {0, 0});
                List<long[]> occ = occurrences.get(all.get(j));
                occ.get(occ.size() - 1)[0] = e;
                occ.get(occ.size() - 1)[1] = j < eq.left().size() ? 1 : -1;
            }
        }
        List<long[][]> delta = new ArrayList<>();
        for (int t : order) {
            List<String> keys = tokens.get(t).keys();
            List<BigDecimal[]> cs = cuts.get(t);
            long[][] d = new long[cs.size()][m];
            for (int i = 0; i < keys.size(); i++) {
                for (long[] occ : occurrences.getOrDefault(keys.get(i), List.of())) {
                    int e = (int) occ[0];
                    for (int c = 0; c < cs.size(); c++) {
                        d[c][e] = Math.addExact(d[c][e], Math.multiplyExact(occ[1], cs.get(c)[i].longValueExact()));
                    }
                }
            }
            delta.add(d);
        }
        // bounds on what the tokens from position i on can still add to each residual
        long[][] min = new long[n + 1][m];
        long[][] max = new long[n + 1][m];
        for (int i = n - 1; i >= 0; i--) {
            for (int e = 0; e < m; e++) {
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (long[] d : delta.get(i)) {
                    lo = Math.min(lo, d[e]);
                    hi = Math.max(hi, d[e]);
                }
                min[i][e] = Math.addExact(min[i + 1][e], lo);
                max[i][e] = Math.addExact(max[i + 1][e], hi);
            }
        }
        List<Set<State>> forward = new ArrayList<>();
        forward.add(Set.of(new State(new long[m])));
        long total = 1;
        for (int i = 0; i < n; i++) {
            Set<State> next = new HashSet<>();
            for (State s : forward.get(i)) {
                for (long[] d : delta.get(i)) {
                    long[] r = new long[m];
                    boolean ok = true;
                    for (int e = 0; e < m && ok; e++) {
                        r[e] = s.r()[e] + d[e];
                        ok = r[e] + min[i + 1][e] <= 0 && r[e] + max[i + 1][e] >= 0;
                    }
                    if (ok) next.add(new State(r));
                }
            }
            total += next.size();
            if (total > MAX_STATES) throw new BoundExceeded("more than " + MAX_STATES + " partial sums");
            forward.add(next);
        }
        Set<State> good = forward.get(n);  // only the zero vector survives the bounds at the end
        Map<Integer, List<BigDecimal[]>> kept = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            Set<State> goodHere = new HashSet<>();
            boolean[] used = new boolean[delta.get(i).length];
            for (State s : forward.get(i)) {
                for (int c = 0; c < used.length; c++) {
                    long[] r = new long[m];
                    for (int e = 0; e < m; e++) r[e] = s.r()[e] + delta.get(i)[c][e];
                    if (good.contains(new State(r))) {
                        used[c] = true;
                        goodHere.add(s);
                    }
                }
            }
            List<BigDecimal[]> keep = new ArrayList<>();
            for (int c = 0; c < used.length; c++) if (used[c]) keep.add(cuts.get(order.get(i)).get(c));
            kept.put(order.get(i), keep);
            good = goodHere;
        }
        return kept;
    }
}
