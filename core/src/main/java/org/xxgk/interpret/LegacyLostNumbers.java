package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;

/**
 * A LEGACY item whose numbering a copy lost altogether ({@code 其中：1.网站公开 条 1049 2753} / {@code 政府公报公开 条 97 97},
 * its {@code 2.} printed elsewhere) reads as an indicator of the top level, and every indicator after it a place off.
 * The table's own sums tell: where the indicator above it is not the sum of its numbered items, and is with this one
 * added, in every column it prints, the item is the list's next, and the indicators after it move back a place.
 */
final class LegacyLostNumbers {

    private static final String PREFIX = "legacy.";

    private LegacyLostNumbers() {}

    /** {@code read} with each such item moved into the list above it. */
    static void regroup(CellSink read) {
        for (int top = 2; read.cells.containsKey(key(top)); top++) {
            if (isListItem(read, top)) moveIntoListAbove(read, top);
        }
    }

    private static boolean isListItem(CellSink read, int top) {
        String label = read.labels.getOrDefault(key(top), "");
        String parent = key(top - 1);
        if (Labels.numbering(label).isPresent() || Labels.isOfWhich(label) || read.cells.containsKey(key(top) + ".1")) {
            return false;
        }
        int items = children(read, parent);
        // the indicator above lists items: one that lists none is no list (行政诉讼数 5 / 行政复议数 5)
        if (items == 0) return false;
        int columns = 0;
        for (boolean cumulative : new boolean[] {false, true}) {
            Optional<BigDecimal> whole = value(read, parent, cumulative);
            Optional<BigDecimal> item = value(read, key(top), cumulative);
            if (whole.isEmpty() && item.isEmpty()) continue;
            if (whole.isEmpty() || item.isEmpty()) return false;
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 1; c <= items; c++) sum = sum.add(value(read, parent + "." + c, cumulative).orElse(
                    BigDecimal.ZERO));
            if (sum.compareTo(whole.get()) == 0 || sum.add(item.get()).compareTo(whole.get()) != 0) return false;
            columns++;
        }
        return columns > 0;
    }

    /** Indicator {@code top} becomes the next item of {@code top - 1}; those after it move back a place. */
    private static void moveIntoListAbove(CellSink read, int top) {
        String into = key(top - 1) + "." + (children(read, key(top - 1)) + 1);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (Map.Entry<String, CellValue> e : read.cells.entrySet()) {
            String k = moved(e.getKey(), top, into);
            CellValue c = e.getValue();
            cells.put(k, new CellValue(k, c.value(), c.unit(), c.raw(), c.provenance()));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        read.labels.forEach((k, v) -> labels.put(moved(k, top, into), v));
        read.cells.clear();
        read.cells.putAll(cells);
        read.labels.clear();
        read.labels.putAll(labels);
    }

    /** Where key {@code k} goes when indicator {@code top} becomes {@code into}. */
    private static String moved(String k, int top, String into) {
        int end = k.indexOf('.', PREFIX.length());
        int n = Integer.parseInt(end < 0 ? k.substring(PREFIX.length()) : k.substring(PREFIX.length(), end));
        String rest = end < 0 ? "" : k.substring(end);
        if (n == top) return into + rest;
        return n > top ? key(n - 1) + rest : k;
    }

    private static int children(CellSink read, String parent) {
        int n = 0;
        while (read.cells.containsKey(parent + "." + (n + 1))) n++;
        return n;
    }

    private static Optional<BigDecimal> value(CellSink read, String key, boolean cumulative) {
        return LegacyTableReader.value(read, cumulative ? CellCatalog.cumulativeKey(key) : key);
    }

    private static String key(int top) {
        return PREFIX + top;
    }
}
