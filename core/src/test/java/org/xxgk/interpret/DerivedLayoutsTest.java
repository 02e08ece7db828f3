package org.xxgk.interpret;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

/**
 * The {@code pdftotext -layout} copy of each seed's fixture PDF ({@code derived/pdftotext/}, made
 * by {@code derived/make.sh}) read as plain text: template, year and every golden cell, blank cells
 * included, plus no value under a key the golden file lacks. Agency, date and units are not compared: the PDFs
 * print no publication date for 000 and 001, and a layout copy may legitimately lose them.
 */
class DerivedLayoutsTest {

    static Iterable<String> ids() {
        return Golden.IDS;
    }

    @ParameterizedTest(name = "pdftotext/{0}.txt")
    @MethodSource("ids")
    void pdftotextCopyMatchesGolden(String id) throws IOException {
        String name = id + ".txt";
        AnnualReport report;
        try (InputStream in = DerivedLayoutsTest.class.getResourceAsStream("/derived/pdftotext/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /derived/pdftotext/" + name);
            report = Xxgk.read(in, name);
        }
        Golden golden = Golden.load(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[pdftotext/" + name + "] template").isEqualTo(golden.template());
        soft.assertThat(report.year()).as("[pdftotext/" + name + "] year")
                .isEqualTo(golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year()));
        // every cell, those of rows with blank cells too: the copy keeps a blank as spaces, and 003's rows of section
        // 三 that print one or two values of seven (`二、上年结转… 0`: 0 for 自然人, the rest blank) are read by
        // where their values stand under the header's column words
        for (RealLabel.Mismatch m : RealLabel.of(golden).compareAll(report).mismatches()) {
            soft.fail("[pdftotext/" + name + "] " + m);
        }
        soft.assertThat(report.warnings()).as("[pdftotext/" + name + "] warnings")
                .noneMatch(w -> w.code().code().equals("ROW_INCOMPLETE"));
        soft.assertAll();
    }
}
