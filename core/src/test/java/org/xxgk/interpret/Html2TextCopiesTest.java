package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.source.WarningCode;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * The fixture pages as html2text writes them ({@code derived/html2text/}, README there), as crawlers store pages: a
 * Word page's cells hold paragraphs, so each cell's text stands on lines of its own, a bare {@code |} between two
 * cells of a row and blank lines around both; section 二 of the generated pages' kind writes a row a line.
 */
class Html2TextCopiesTest {

    private static AnnualReport read(String id) throws IOException {
        return ResourceText.read(ResourceText.of("/derived/html2text/" + id + ".txt"), id + ".txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void readsItsGoldenFile(String id) throws IOException {
        GoldenAssert.assertMatches(read(id), Golden.load(id));
    }

    @Test
    void aRowWhoseLastCellIsEmptyRunsOnIntoTheNextAndIsNotRead() throws IOException {
        // 003 leaves its zeros blank: a row whose 总计 is blank ends in an empty cell, which html2text writes as white
        // space only, so the next row's label reads as that cell; the row is then short of a cell and not read
        AnnualReport r = read("003");
        Golden golden = Golden.load("003");
        SoftAssertions soft = new SoftAssertions();
        int right = 0;
        for (CellValue cell : r.cells().values()) {
            if (cell.value().isEmpty()) continue;
            BigDecimal want = golden.cells().get(cell.key());
            soft.assertThat(want).as(cell.key()).isNotNull();
            if (want != null) {
                soft.assertThat(cell.value().get()).as(cell.key()).isEqualByComparingTo(want);
                right++;
            }
        }
        soft.assertAll();
        // the 20 values of the rows whose 总计 is blank go unread, every other value is read
        assertThat(right).isEqualTo(golden.cells().values().stream().filter(v -> v != null).count() - 20);
        assertThat(r.value("applications.carriedOver.naturalPerson")).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.ROW_INCOMPLETE);
            assertThat(w.message()).contains("二、上年结转");
        });
        GoldenAssert.assertCellsExcept(r, golden, "applications.");
    }
}
