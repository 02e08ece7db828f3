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
 * by {@code derived/make.sh}) read as plain text: template, year and every golden cell, plus no
 * value under a key the golden file lacks. Agency, date and units are not compared: the PDFs
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
        RealLabel.Score score = RealLabel.of(golden).compareAll(report);
        // where the copy drops a row's blank cells (003 prints `二、上年结转… 0` for 0 | blank ×5 | 0), no reading of
        // the row is possible: its cells must be absent, with a warning, and nothing else may be missing
        boolean rowWarned = report.warnings().stream().anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE"));
        for (RealLabel.Mismatch m : score.mismatches()) {
            boolean lostBlank = !m.misfiled() && rowWarned && rowHasBlank(golden, m.key());
            if (!lostBlank) soft.fail("[pdftotext/" + name + "] " + m);
        }
        soft.assertAll();
    }

    /** Whether the golden row of {@code key} ({@code applications.granted.research}) holds a blank cell. */
    private static boolean rowHasBlank(Golden golden, String key) {
        String row = key.substring(0, key.lastIndexOf('.') + 1);
        return golden.cells().entrySet().stream().anyMatch(e -> e.getKey().startsWith(row) && e.getValue() == null
                && e.getKey().lastIndexOf('.') == key.lastIndexOf('.'));
    }
}
