package org.xxgk.interpret;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/** Every seed read as plain text matches its golden file, every key. */
class TextGoldenTest {

    static Iterable<String> ids() {
        return Golden.IDS;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("ids")
    void seedMatchesGolden(String id) throws IOException {
        String name = Golden.baseName(id) + ".txt";
        AnnualReport report;
        try (InputStream in = TextGoldenTest.class.getResourceAsStream("/seeds/" + name)) {
            report = Xxgk.read(in, name);
        }
        GoldenAssert.assertMatches(report, Golden.load(id));
    }
}
