package org.xxgk.extract.html;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/** Every fixture page, through the facade, against its seed's hand-checked golden file. */
class HtmlGoldenTest {

    @ParameterizedTest(name = "{0}.html")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void fixtureMatchesItsGoldenFile(String id) {
        AnnualReport report = Xxgk.read(new ByteArrayInputStream(HtmlFixtures.bytes(id)), id + ".html");

        GoldenAssert.assertMatches(report, Golden.load(id));
    }
}
