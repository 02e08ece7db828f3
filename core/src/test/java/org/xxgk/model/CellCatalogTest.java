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
        keys.removeIf(k -> k.matches("applications\\.other\\.[a-zA-Z]+")
                && !k.matches("applications\\.other\\.(overdueCorrection|overdueFee|otherReasons)\\..*"));
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
        // the hand-written reader agrees with legacy(\.[1-9][0-9]*)+(\.cumulative)?
        for (String key : List.of("legacy", "legacy.", "legacy.1", "legacy.10.2", "legacy.0", "legacy.01", "legacy.1.",
                "legacy.1..2", "legacy.cumulative", "legacy.1.cumulative", "legacy.1.cumulative.cumulative",
                "legacy.1.cumulative.2", "legacy.1.2cumulative", "legacy.1x", "legacyx.1", "v2021.1")) {
            assertThat(CellCatalog.isLegacyKey(key)).as(key)
                    .isEqualTo(java.util.regex.Pattern.matches("legacy(\\.[1-9][0-9]*)+(\\.cumulative)?", key));
        }
    }

    @Test
    void theSumsOfSectionThreeAreStatedOnceForEachForm() {
        List<CellCatalog.RowSum> v2019 = CellCatalog.applicationSums(Template.V2019);
        assertThat(v2019).extracting(CellCatalog.RowSum::id).containsExactly("resultTotal", "balance");
        assertThat(v2019.get(0).minus())
                .containsExactly(
                        "granted",
                        "partlyGranted",
                        "refused.stateSecret",
                        "refused.otherLaw",
                        "refused.security",
                        "refused.thirdParty",
                        "refused.internal",
                        "refused.process",
                        "refused.enforcementFile",
                        "refused.query",
                        "unable.notHeld",
                        "unable.needsCreation",
                        "unable.unclear",
                        "notProcessed.complaint",
                        "notProcessed.repeated",
                        "notProcessed.publication",
                        "notProcessed.massRepeated",
                        "notProcessed.confirmation",
                        "other");
        assertThat(v2019.get(1).plus()).containsExactly("newlyReceived", "carriedOver");
        assertThat(v2019.get(1).minus()).containsExactly("resultTotal", "carriedForward");

        List<CellCatalog.RowSum> v2021 = CellCatalog.applicationSums(Template.V2021);
        assertThat(v2021).extracting(CellCatalog.RowSum::id).containsExactly("resultTotal", "other", "balance");
        assertThat(v2021.get(1).minus())
                .containsExactly("other.overdueCorrection", "other.overdueFee", "other.otherReasons");
        assertThat(CellCatalog.applicationParts(Template.V2021, "other")).isEqualTo(v2021.get(1).minus());
        assertThat(CellCatalog.applicationParts(Template.V2019, "other")).isEmpty();
        assertThat(CellCatalog.applicationSums(Template.LEGACY)).isEmpty();
    }
}
