package org.xxgk.interpret;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

/**
 * The worst failure, alone: a number filed under the wrong key. For the real reports of
 * {@code real/} and the {@code pdftotext -layout} copies of the seed PDFs in
 * {@code derived/pdftotext/}, no key may carry a value other than its label's (a blank label
 * included), and no key the label lacks may carry a value, whatever the template. A value left
 * absent is allowed here (the other tests count it); a guess that lands on another split is not.
 */
class MisfileTest {

    static List<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        for (String id : RealLabel.REAL_IDS) files.add(Arguments.of("/real/" + id + ".txt", RealLabel.real(id)));
        for (String id : Golden.IDS)
            files.add(Arguments.of("/derived/pdftotext/" + id + ".txt", RealLabel.of(Golden.load(id))));
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void noValueUnderAWrongKey(String resource, RealLabel label) throws IOException {
        AnnualReport report;
        try (InputStream in = MisfileTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            report = Xxgk.read(in, resource.substring(resource.lastIndexOf('/') + 1));
        }

        SoftAssertions soft = new SoftAssertions();
        RealLabel.assertNoMisfiles(soft, resource + " vs " + label.name(), label.misfiles(report));
        soft.assertAll();
    }
}
