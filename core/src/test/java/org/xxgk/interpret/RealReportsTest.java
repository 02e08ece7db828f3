package org.xxgk.interpret;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.RealLabel;

/**
 * The seven real reports of {@code real/} (crawler copies, pdftotext, OCR Markdown) read as
 * plain text, every labelled cell scored as {@code shared/tools/score.py} does: the same decimal,
 * or blank/absent on both sides, or absent where the label lists the key under
 * {@code ambiguousInText}; template and year equal; and, except for LEGACY, no value under a key
 * the label lacks.
 */
class RealReportsTest {

    static Iterable<String> ids() {
        return RealLabel.REAL_IDS;
    }

    static AnnualReport read(String id) throws IOException {
        String name = id + ".txt";
        try (InputStream in = RealReportsTest.class.getResourceAsStream("/real/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /real/" + name);
            return Xxgk.read(in, name);
        }
    }

    @ParameterizedTest(name = "real/{0}.txt")
    @MethodSource("ids")
    void realReportMatchesItsLabel(String id) throws IOException {
        RealLabel label = RealLabel.real(id);
        AnnualReport report = read(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[" + id + ".txt] template").isEqualTo(label.template());
        soft.assertThat(report.year()).as("[" + id + ".txt] year")
                .isEqualTo(label.year() == null ? OptionalInt.empty() : OptionalInt.of(label.year()));
        RealLabel.assertScore(soft, label.score(report, true));
        soft.assertAll();
    }
}
