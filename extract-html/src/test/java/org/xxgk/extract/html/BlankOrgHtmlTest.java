package org.xxgk.extract.html;

import java.io.IOException;
import java.io.InputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;
import org.xxgk.testing.RealLabel;

/**
 * {@code derived/blank-org.html}: fixture 000.html with the five organisation columns of section 三
 * (商业企业 … 其他) emptied in every row (made by core's {@code derived/make.sh}). Those 115 cells
 * must come out blank, not 0 and not shifted: every golden key of {@code blank-org.json}, and the
 * misfile check alone.
 */
class BlankOrgHtmlTest {

    private static AnnualReport read() throws IOException {
        try (InputStream in = BlankOrgHtmlTest.class.getResourceAsStream("/derived/blank-org.html")) {
            if (in == null) throw new IllegalStateException("missing test resource /derived/blank-org.html");
            return Xxgk.read(in, "blank-org.html");
        }
    }

    private static Golden golden() {
        return Golden.load("/derived/blank-org.json", "blank-org");
    }

    @Test
    void blankOrganisationColumnsMatchGolden() throws IOException {
        GoldenAssert.assertMatches(read(), golden());
    }

    @Test
    void blankOrganisationColumnsFileNoValueUnderAWrongKey() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        RealLabel.assertNoMisfiles(soft, "blank-org.html", RealLabel.of(golden()).misfiles(read()));
        soft.assertAll();
    }
}
