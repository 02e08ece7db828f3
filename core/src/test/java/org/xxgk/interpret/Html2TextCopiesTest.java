package org.xxgk.interpret;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * The fixture pages as html2text writes them ({@code derived/html2text/}, README there), as crawlers store pages: a
 * Word page's cells hold paragraphs, so each cell's text stands on lines of its own, a bare {@code |} between two
 * cells of a row and blank lines around both (003's empty last cells a line of white space each, then the row-end
 * mark right above the next row); section 二 of the generated pages' kind writes a row a line.
 */
class Html2TextCopiesTest {

    private static AnnualReport read(String id) throws IOException {
        return ResourceText.read(ResourceText.of("/derived/html2text/" + id + ".txt"), id + ".txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void readsItsGoldenFile(String id) throws IOException {
        GoldenAssert.assertMatches(read(id), Golden.load(id));
    }
}
