package org.xxgk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.testing.Golden;

/** The examples run on the bundled samples and print what the golden files say. */
class ExamplesSmokeTest {

    static final Path SAMPLES = Path.of("samples");

    interface Example {
        void run() throws Exception;
    }

    /** What an example prints on System.out. */
    static String stdout(Example example) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String plain(BigDecimal value) {
        return value == null ? "blank" : value.toPlainString();
    }

    static long goldenErrors(Golden golden) {
        return golden.expectedFindings().stream().filter(f -> f.severity().equals("ERROR")).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_5657be0d32f901c0.txt", "001.pdf", "002.html", "003.pdf", "004.html"})
    void read_one_report(String name) throws Exception {
        Golden golden = Golden.load(name.substring(0, 3));
        String out = stdout(() -> ReadOneReport.main(new String[] {SAMPLES.resolve(name).toString()}));
        List<String> lines = List.of(out.split("\\R"));
        assertThat(lines.subList(0, 6)).containsExactly(
                "template: " + golden.template(),
                "year:     " + golden.year(),
                "agency:   " + golden.agency(),
                "applications.newlyReceived.total = " + plain(golden.cells().get("applications.newlyReceived.total")),
                "applications.resultTotal.total = " + plain(golden.cells().get("applications.resultTotal.total")),
                "review.reconsideration.total = " + plain(golden.cells().get("review.reconsideration.total")));
        assertThat(lines.stream().filter(l -> l.startsWith("ERROR ")).count()).isEqualTo(goldenErrors(golden));
    }

    @Test
    void check_folder() throws Exception {
        String out = stdout(() -> CheckFolder.main(new String[] {SAMPLES.toString()}));
        List<String> expected = new ArrayList<>();
        for (Golden golden : Golden.all()) {
            long errors = goldenErrors(golden);
            expected.add(golden.id() + ".html: " + errors + " ERROR");
            expected.add(golden.id() + ".pdf: " + errors + " ERROR");
            expected.add(Golden.baseName(golden.id()) + ".txt: " + errors + " ERROR");
        }
        assertThat(out.split("\\R")).containsExactlyElementsOf(expected);
    }
}
