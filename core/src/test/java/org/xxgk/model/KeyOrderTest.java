package org.xxgk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link CellCatalog#inKeyOrder} orders as a map sorted by {@link CellCatalog#keyOrder()} does. */
class KeyOrderTest {

    @Test
    void catalogueKeysAloneOrderAsTheComparator() {
        // a V2019 or V2021 report's cells: every key the catalogue's, some left out
        Random random = new Random(21);
        for (Template template : List.of(Template.V2019, Template.V2021)) {
            for (int round = 0; round < 10; round++) {
                List<String> keys = new ArrayList<>(CellCatalog.keys(template));
                Collections.shuffle(keys, random);
                assertOrdersAsTheComparator(numbered(keys.subList(0, keys.size() - round * 7)));
            }
        }
    }

    @Test
    void placingEachKeyOnceOrdersAsTheComparator() {
        List<String> keys = new ArrayList<>(CellCatalog.keys(Template.V2021));
        keys.addAll(CellCatalog.keys(Template.V2019));
        for (int a = 1; a <= 12; a++) {
            keys.add(CellCatalog.legacyKey(List.of(a)));
            keys.add(CellCatalog.cumulativeKey(CellCatalog.legacyKey(List.of(a))));
            for (int b = 1; b <= 11; b++) {
                keys.add(CellCatalog.legacyKey(List.of(a, b)));
                keys.add(CellCatalog.cumulativeKey(CellCatalog.legacyKey(List.of(a, b))));
                keys.add(CellCatalog.legacyKey(List.of(a, b, 3)));
            }
        }
        keys.addAll(List.of("legacy.01", "legacy", "legacy.", "legacy.x", "zzz", "active", "a.b",
                "legacy.2.cumulative.1", "legacy.999999999", "legacy.3.999999999.cumulative", "legacy.12.10.1"));
        Random random = new Random(15);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(keys, random);
            Map<String, Integer> map = numbered(keys);
            assertOrdersAsTheComparator(map);
            // a number of ten digits (past what a key's place holds as read) takes the comparator's way
            map.put("legacy.1234567890", -1);
            assertOrdersAsTheComparator(map);
        }
    }

    @Test
    void legacyKeysOrderByTheirNumbersEachCumulativeValueStraightAfterItsOwn() {
        List<String> inOrder = List.of("legacy.1", "legacy.1.cumulative", "legacy.1.1", "legacy.1.1.cumulative",
                "legacy.1.2", "legacy.1.10", "legacy.1.10.3", "legacy.2", "legacy.9", "legacy.10", "legacy.99",
                "legacy.100", "legacy.2147483647", "legacy.2147483648", "legacy.98765432109876",
                "legacy.98765432109876.1");
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<String> keys = new ArrayList<>(inOrder);
            Collections.shuffle(keys, random);
            // numbers past an int too: compared by value, never read into one
            keys.sort(CellCatalog.keyOrder());
            assertThat(keys).containsExactlyElementsOf(inOrder);
        }
        assertThat(CellCatalog.keyOrder().compare("legacy.3.cumulative", "legacy.3.cumulative")).isZero();
        assertThat(CellCatalog.keyOrder().compare("legacy.3", "legacy.3")).isZero();
    }

    /** Each key to its place in {@code keys}, in that order. */
    private static Map<String, Integer> numbered(List<String> keys) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) map.put(keys.get(i), i);
        return map;
    }

    private static void assertOrdersAsTheComparator(Map<String, Integer> map) {
        TreeMap<String, Integer> tree = new TreeMap<>(CellCatalog.keyOrder());
        tree.putAll(map);
        assertThat(new ArrayList<>(CellCatalog.inKeyOrder(map).entrySet())).containsExactlyElementsOf(tree.entrySet());
    }
}
