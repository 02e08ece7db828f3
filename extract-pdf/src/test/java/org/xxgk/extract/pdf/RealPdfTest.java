package org.xxgk.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.RealLabel;

/**
 * Real report 014 as its original PDF (a WPS export: ruled tables, section 三 split across pages,
 * a row label truncated by its cell), scored against {@code real/014.json} as
 * {@code shared/tools/score.py} does; and, alone, the misfile check.
 */
class RealPdfTest {

    private static AnnualReport read() throws IOException {
        try (InputStream in = RealPdfTest.class.getResourceAsStream("/real/014.pdf")) {
            if (in == null) throw new IllegalStateException("missing test resource /real/014.pdf");
            return Xxgk.read(in, "014.pdf");
        }
    }

    @Test
    void pdfMatchesItsLabel() throws IOException {
        RealLabel label = RealLabel.load("/real/014.json", "real/014");
        AnnualReport report = read();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[014.pdf] template").isEqualTo(label.template());
        soft.assertThat(report.year()).as("[014.pdf] year")
                .isEqualTo(label.year() == null ? OptionalInt.empty() : OptionalInt.of(label.year()));
        RealLabel.assertScore(soft, label.score(report, false));
        soft.assertAll();
    }

    @Test
    void pdfFilesNoValueUnderAWrongKey() throws IOException {
        RealLabel label = RealLabel.load("/real/014.json", "real/014");

        SoftAssertions soft = new SoftAssertions();
        RealLabel.assertNoMisfiles(soft, "014.pdf", label.misfiles(read()));
        soft.assertAll();
    }
}
