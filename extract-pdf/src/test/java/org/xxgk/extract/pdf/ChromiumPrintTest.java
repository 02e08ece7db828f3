package org.xxgk.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

/**
 * The HTML fixture pages printed to PDF by headless Chromium ({@code derived/chromium/}, made by
 * core's {@code derived/make.sh}): portal chrome included, every font a Type 3 font, tables drawn
 * as ruled boxes. Each print against its seed's golden file (template, year, every cell, no value
 * under a key the golden file lacks), and {@code blank-org.pdf}, whose five organisation columns
 * of section 三 are empty boxes, against {@code blank-org.json}. Then the misfile check alone.
 */
class ChromiumPrintTest {

    static final String BLANK_ORG = "blank-org";

    private static AnnualReport read(String id) throws IOException {
        String resource = "/derived/chromium/" + id + ".pdf";
        try (InputStream in = ChromiumPrintTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return Xxgk.read(in, id + ".pdf");
        }
    }

    private static Golden golden(String id) {
        return BLANK_ORG.equals(id) ? Golden.load("/derived/chromium/blank-org.json", BLANK_ORG) : Golden.load(id);
    }

    @ParameterizedTest(name = "chromium/{0}.pdf")
    @ValueSource(strings = {"000", "001", "002", "003", "004", BLANK_ORG})
    void printMatchesGolden(String id) throws IOException {
        AnnualReport report = read(id);
        Golden golden = golden(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[chromium/" + id + ".pdf] template").isEqualTo(golden.template());
        soft.assertThat(report.year()).as("[chromium/" + id + ".pdf] year")
                .isEqualTo(golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year()));
        RealLabel.assertScore(soft, RealLabel.of(golden).compareAll(report));
        soft.assertAll();
    }

    @ParameterizedTest(name = "chromium/{0}.pdf")
    @ValueSource(strings = {"000", "001", "002", "003", "004", BLANK_ORG})
    void printFilesNoValueUnderAWrongKey(String id) throws IOException {
        List<RealLabel.Mismatch> misfiles = RealLabel.of(golden(id)).misfiles(read(id));

        SoftAssertions soft = new SoftAssertions();
        RealLabel.assertNoMisfiles(soft, "chromium/" + id + ".pdf", misfiles);
        soft.assertAll();
    }
}
