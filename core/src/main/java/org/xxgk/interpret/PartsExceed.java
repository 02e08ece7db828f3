package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of section 三 whose values, as placed, add up to more than a whole they are parts of: every cell of the
 * table counts applications, so where one side of a sum between rows (三(七) = Σ results, 一 + 二 = 三(七) + 四) is all
 * read, the rows read on the other side cannot add up to more than it, whichever rows are missing. A report's own
 * error breaks a sum too; so such rows are left unplaced only in a copy whose values may stand off their labels, and
 * where the other order of such a copy explains the sums better ({@link #offLabels}).
 */
final class PartsExceed {

    private PartsExceed() {}

    /**
     * The rows to leave unplaced: those of the sums a part exceeds as the labels placed the values ({@code placed}),
     * where each row's values read from the values printed before its label ({@code before}: plain pdftotext of a page
     * whose labels wrap over more lines than the values) exceed a smaller share of the sums and columns they can tell.
     * Empty where the labels' order explains the sums as well: the report's own error, the checker's to say.
     */
    static Set<String> offLabels(Map<String, List<BigDecimal>> placed, Map<String, List<BigDecimal>> before,
            FormProfile profile, int width) {
        Exceeding asPlaced = of(placed, profile.equations(), profile::parts, width);
        if (asPlaced.count() == 0) return Set.of();
        Exceeding other = of(before, profile.equations(), profile::parts, width);
        boolean better = other.tested() > 0 && (long) other.count() * asPlaced.tested()
                < (long) asPlaced.count() * other.tested();
        return better ? asPlaced.rows() : Set.of();
    }

    /**
     * The sums one side of which is read whole and adds up to less, in some column, than the rows read on the other
     * side: their rows, and how many sums and columns do so.
     *
     * @param numbers per row read, its values per column (blank as 0)
     */
    private static Exceeding of(Map<String, List<BigDecimal>> numbers, List<FormProfile.Equation> equations,
            Function<String, List<String>> parts, int width) {
        Set<String> rows = new LinkedHashSet<>();
        int count = 0;
        int tested = 0;
        for (FormProfile.Equation e : equations) {
            Side plus = side(e.plus(), numbers, parts);
            Side minus = side(e.minus(), numbers, parts);
            tested += testable(plus, minus, width) + testable(minus, plus, width);
            int columns = exceeding(plus, minus, numbers, width) + exceeding(minus, plus, numbers, width);
            if (columns == 0) continue;
            count += columns;
            rows.addAll(plus.read());
            rows.addAll(minus.read());
        }
        return new Exceeding(rows, count, tested);
    }

    /**
     * The rows of the sums that a part exceeds, the count of sums and columns where one does, and of those where it
     * could be told (a side read whole, a row read on the other).
     */
    private record Exceeding(Set<String> rows, int count, int tested) {}

    /** The rows of one side of a sum that are read, and whether they are all of it. */
    private record Side(List<String> read, boolean whole) {}

    private static Side side(List<String> ids, Map<String, List<BigDecimal>> numbers,
            Function<String, List<String>> parts) {
        List<String> read = new ArrayList<>();
        boolean whole = true;
        for (String id : ids) {
            if (numbers.containsKey(id)) {
                read.add(id);
                continue;
            }
            // a row the report leaves out stands for its parts (V2021's (六) as its three sub-rows)
            List<String> p = parts.apply(id);
            for (String r : p) if (numbers.containsKey(r)) read.add(r);
            whole &= !p.isEmpty() && p.stream().allMatch(numbers::containsKey);
        }
        return new Side(read, whole);
    }

    private static int testable(Side part, Side whole, int width) {
        return whole.whole() && !part.read().isEmpty() ? width : 0;
    }

    /** The columns in which {@code whole} is read whole and {@code part}'s rows read add up to more. */
    private static int exceeding(Side part, Side whole, Map<String, List<BigDecimal>> numbers, int width) {
        if (!whole.whole() || part.read().isEmpty()) return 0;
        int columns = 0;
        for (int c = 0; c < width; c++) {
            if (total(part.read(), numbers, c).compareTo(total(whole.read(), numbers, c)) > 0) columns++;
        }
        return columns;
    }

    private static BigDecimal total(List<String> rows, Map<String, List<BigDecimal>> numbers, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String r : rows) sum = sum.add(Optional.ofNullable(numbers.get(r).get(column)).orElse(BigDecimal.ZERO));
        return sum;
    }
}
