package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.CellSink.LoneFigure;
import org.xxgk.model.CellCatalog;

/**
 * LEGACY rows that print one figure for the year's and the cumulative column, the other cell blank, in a copy whose
 * places do not tell the column (plain or -raw pdftotext: {@code 2.传真申请数 条 3}). The table's sums may: where a
 * list's parent prints both figures, each of its one-figure rows (the parent's own among them) goes to a column, and
 * the figure is placed where every way of placing them that makes both columns' items add up to the parent agrees
 * ({@code 受理 31 60}, items {@code 7 7 / 3 / 24 24 / 1 / 0 / 0 25}: the years add up to 31 already, so 3 and 1 are
 * cumulative, and 0 either). A zero never tells; a list with an item not read at all tells nothing.
 */
final class LegacyLoneFigures {

    private LegacyLoneFigures() {}

    /** More one-figure rows in one list than this are not tried (2^n ways): a LEGACY list holds a dozen items. */
    private static final int MAX_LONE = 12;

    /** {@code read} with each one-figure row whose column its sums tell placed there, its warning withdrawn. */
    static void place(CellSink read) {
        if (read.loneFigures.isEmpty()) return;
        Map<String, LoneFigure> lone = new LinkedHashMap<>();
        for (LoneFigure f : read.loneFigures) {
            if (!read.cells.containsKey(f.key())) lone.putIfAbsent(f.key(), f);
        }
        // a list tells where its parent prints both figures: a one-figure parent's own list never adds up in both
        Set<String> lists = new LinkedHashSet<>();
        for (String key : lone.keySet()) {
            int dot = key.lastIndexOf('.');
            if (dot > "legacy".length() && !lone.containsKey(key.substring(0, dot))) lists.add(key.substring(0, dot));
        }
        for (String parent : lists) {
            tell(read, lone, parent).forEach((key, cumulative) -> {
                LoneFigure f = lone.get(key);
                RowStream.Token blank = LegacyBlankCells.blank(f.figure().provenance());
                read.putLegacy(key, cumulative ? blank : f.figure(), f.unit(), f.label());
                read.putLegacy(CellCatalog.cumulativeKey(key), cumulative ? f.figure() : blank, f.unit(), f.label());
                read.warnings.remove(f.warning());
            });
        }
    }

    /**
     * The column (cumulative or not) of each one-figure row of {@code parent}'s list that every way of making the
     * list add up in both columns gives it; none where no way does, the parent lacks a figure, or an item is missing.
     */
    private static Map<String, Boolean> tell(CellSink read, Map<String, LoneFigure> lone, String parent) {
        List<String> items = new ArrayList<>();
        for (int c = 1; read.cells.containsKey(parent + "." + c) || lone.containsKey(parent + "." + c); c++) {
            items.add(parent + "." + c);
        }
        if (items.isEmpty() || beyondGap(read, lone, parent, items.size() + 1)) return Map.of();
        // what the parent lacks in each column of the sum of the items that print both figures (a blank adds 0)
        Optional<BigDecimal> year = LegacyTableReader.value(read, parent);
        Optional<BigDecimal> cumulative = LegacyTableReader.value(read, CellCatalog.cumulativeKey(parent));
        if (year.isEmpty() || cumulative.isEmpty()) return Map.of();
        BigDecimal yearLacks = year.get();
        BigDecimal cumulativeLacks = cumulative.get();
        List<String> unknown = new ArrayList<>();
        List<BigDecimal> figures = new ArrayList<>();
        for (String item : items) {
            LoneFigure f = lone.get(item);
            if (f == null) {
                yearLacks = yearLacks.subtract(LegacyTableReader.value(read, item).orElse(BigDecimal.ZERO));
                cumulativeLacks = cumulativeLacks.subtract(
                        LegacyTableReader.value(read, CellCatalog.cumulativeKey(item)).orElse(BigDecimal.ZERO));
            } else if (f.figure().value().number().isPresent()) {
                unknown.add(item);
                figures.add(f.figure().value().number().get());
            } else {
                return Map.of();
            }
        }
        if (unknown.isEmpty() || unknown.size() > MAX_LONE) return Map.of();
        // each way of placing them: bit j set where the j-th is cumulative
        int all = (1 << unknown.size()) - 1;
        int always = all;
        int ever = 0;
        boolean any = false;
        for (int mask = 0; mask <= all; mask++) {
            read.checkTime.run();
            BigDecimal toYear = BigDecimal.ZERO;
            BigDecimal toCumulative = BigDecimal.ZERO;
            for (int k = 0; k < figures.size(); k++) {
                if ((mask >> k & 1) == 1) toCumulative = toCumulative.add(figures.get(k));
                else toYear = toYear.add(figures.get(k));
            }
            if (toYear.compareTo(yearLacks) != 0 || toCumulative.compareTo(cumulativeLacks) != 0) continue;
            any = true;
            always &= mask;
            ever |= mask;
        }
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (!any) return out;
        for (int k = 0; k < unknown.size(); k++) {
            if ((always >> k & 1) == 1) out.put(unknown.get(k), true);
            else if ((ever >> k & 1) == 0) out.put(unknown.get(k), false);
        }
        return out;
    }

    /** Whether an item numbered past the first one not read stands under {@code parent} (its list has a hole). */
    private static boolean beyondGap(CellSink read, Map<String, LoneFigure> lone, String parent, int firstMissing) {
        String prefix = parent + ".";
        for (String k : read.cells.keySet()) if (isItemFrom(k, prefix, firstMissing)) return true;
        for (String k : lone.keySet()) if (isItemFrom(k, prefix, firstMissing)) return true;
        return false;
    }

    private static boolean isItemFrom(String key, String prefix, int from) {
        if (!key.startsWith(prefix)) return false;
        int end = key.indexOf('.', prefix.length());
        String n = end < 0 ? key.substring(prefix.length()) : key.substring(prefix.length(), end);
        return !n.isEmpty() && Character.isDigit(n.charAt(0)) && Integer.parseInt(n) >= from;
    }
}
