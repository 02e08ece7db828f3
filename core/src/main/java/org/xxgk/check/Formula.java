package org.xxgk.check;

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
 */
record Formula(String whereZh, String whereEn, List<String> parts, List<String> totals, Optional<String> totalCell) {

    Formula {
        Objects.requireNonNull(whereZh, "whereZh");
        Objects.requireNonNull(whereEn, "whereEn");
        parts = List.copyOf(parts);
        totals = List.copyOf(totals);
        Objects.requireNonNull(totalCell, "totalCell");
    }

    /** Σ parts = total, {@code total} being the cell {@code MISSING_TOTAL} watches. */
    static Formula sum(String whereZh, String whereEn, List<String> parts, String total) {
        return new Formula(whereZh, whereEn, parts, List.of(total), Optional.of(total));
    }

    /** Σ left = Σ right, with no single total cell. */
    static Formula balance(String whereZh, String whereEn, List<String> left, List<String> right) {
        return new Formula(whereZh, whereEn, left, right, Optional.empty());
    }

    /** Every cell the formula reads, in {@code cells.md} order. */
    List<String> keys() {
        TreeSet<String> keys = new TreeSet<>(CellCatalog.keyOrder());
        keys.addAll(parts);
        keys.addAll(totals);
        return List.copyOf(keys);
    }
}
