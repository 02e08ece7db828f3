package org.xxgk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.Golden;

class CellCatalogTest {

    @Test
    void v2019KeysAreExactlyTheGoldenKeysInOrder() {
        assertThat(CellCatalog.keys(Template.V2019)).containsExactlyElementsOf(Golden.load("000").cells().keySet());
        assertThat(CellCatalog.keys(Template.V2019)).containsExactlyElementsOf(Golden.load("004").cells().keySet());
    }

    @Test
    void v2021KeysAreTheGoldenKeysPlusTheOptionalOtherSumRow() {
        List<String> keys = new ArrayList<>(CellCatalog.keys(Template.V2021));
        keys.removeIf(k -> k.matches("applications\\.other\\.[a-zA-Z]+") && !k.matches("applications\\.other\\.(overdueCorrection|overdueFee|otherReasons)\\..*"));
        assertThat(keys).containsExactlyElementsOf(Golden.load("001").cells().keySet());
        assertThat(CellCatalog.keys(Template.V2021)).contains("applications.other.total");
    }

    @Test
    void allKeysHoldEveryTemplateOnceInCellsMdOrder() {
        assertThat(CellCatalog.allKeys()).doesNotHaveDuplicates()
                .containsAll(CellCatalog.keys(Template.V2019)).containsAll(CellCatalog.keys(Template.V2021));
        assertThat(CellCatalog.allKeys().indexOf("applications.other.total"))
                .isEqualTo(CellCatalog.allKeys().indexOf("applications.other.overdueCorrection.naturalPerson") - 1);
    }

    @Test
    void legacyKeysSortByNumericPath() {
        List<String> keys = new ArrayList<>(Golden.load("002").cells().keySet());
        List<String> shuffled = new ArrayList<>(keys);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(CellCatalog.keyOrder());
        assertThat(shuffled).containsExactlyElementsOf(keys);
        assertThat(CellCatalog.isLegacyKey("legacy.3.3.4.1")).isTrue();
        assertThat(CellCatalog.isLegacyKey("legacy.1.1.cumulative")).isTrue();
        assertThat(CellCatalog.isLegacyKey("legacy.x")).isFalse();
    }
}
