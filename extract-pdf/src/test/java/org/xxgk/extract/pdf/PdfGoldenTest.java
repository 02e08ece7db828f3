package org.xxgk.extract.pdf;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/** Every golden key of each seed, read from its PDF through the facade. */
class PdfGoldenTest {

    @ParameterizedTest(name = "{0}.pdf")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void pdfMatchesGolden(String id) {
        AnnualReport report = Xxgk.read(new ByteArrayInputStream(Fixtures.bytes(id)), id + ".pdf");

        GoldenAssert.assertMatches(report, Golden.load(id));
    }
}
