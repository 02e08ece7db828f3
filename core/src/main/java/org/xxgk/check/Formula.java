package org.xxgk.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.xxgk.model.CellCatalog;

/**
 * One instance of an equation: Σ {@code parts} = Σ {@code totals}. A plain sum has one total, the
 * cell that {@code MISSING_TOTAL} watches; the balance 一 + 二 = 三(七) + 四 has two and no such cell.
 *
 * @param whereZh   which row or column, for the Chinese message
 * @param whereEn   the same in English
 * @param parts     the addends: what the parts give ({@code expected})
 * @param totals    the printed side ({@code actual})
 * @param totalCell the cell carrying the total, for {@code MISSING_TOTAL}
 * @param keys      every cell the formula reads, in {@code cells.md} order (sorted once, by the factories)
 */
record Formula(String whereZh, String whereEn, List<String> parts, List<String> totals, Optional<String> totalCell,
               List<String> keys) {

    Formula {
        Objects.requireNonNull(whereZh, "whereZh");
        Objects.requireNonNull(whereEn, "whereEn");
        parts = List.copyOf(parts);
        totals = List.copyOf(totals);
        Objects.requireNonNull(totalCell, "totalCell");
        keys = List.copyOf(keys);
    }

    private static Formula of(
            String whereZh, String whereEn, List<String> parts, List<String> totals, Optional<String> totalCell) {
        return new Formula(whereZh, whereEn, parts, totals, totalCell, sorted(parts, totals));
    }

    /**
     * The keys of both lists once each, in {@code cells.md} order; as they come where they come so (a LEGACY total,
     * then its parts).
     */
    private static List<String> sorted(List<String> parts, List<String> totals) {
        Comparator<String> order = CellCatalog.keyOrder();
        List<String> all = new ArrayList<>(totals.size() + parts.size());
        all.addAll(totals);
        all.addAll(parts);
        boolean inOrder = true;
        for (int i = 1; i < all.size() && inOrder; i++) inOrder = order.compare(all.get(i - 1), all.get(i)) < 0;
        if (inOrder) return List.copyOf(all);
        TreeSet<String> keys = new TreeSet<>(order);
        keys.addAll(all);
        return List.copyOf(keys);
    }

    /** Σ parts = total, {@code total} being the cell {@code MISSING_TOTAL} watches. */
    static Formula sum(String whereZh, String whereEn, List<String> parts, String total) {
        return of(whereZh, whereEn, parts, List.of(total), Optional.of(total));
    }

    /** Σ left = Σ right, with no single total cell. */
    static Formula balance(String whereZh, String whereEn, List<String> left, List<String> right) {
        return of(whereZh, whereEn, left, right, Optional.empty());
    }
}
