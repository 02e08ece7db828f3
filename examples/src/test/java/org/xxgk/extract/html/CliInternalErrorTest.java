package org.xxgk.extract.html;

import org.xxgk.cli.Main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defect of xxgk (injected in the HTML extractor's own table reading; this test sits in its
 * package for that) is an internal error for the command line: exit 3, the stack trace for the bug
 * report, and in a batch a failures row with reason {@code internal}; the other files are read.
 */
class CliInternalErrorTest {

    private static final Path SAMPLES = Path.of("samples");

    @AfterEach
    void removeTheFault() {
        TableReader.faultForTests = () -> { };
    }

    private static void injectFault() {
        TableReader.faultForTests = () -> {
            throw new IllegalStateException("injected defect");
        };
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkExitsThreeAndPrintsTheStackTrace() {
        injectFault();

        Run run = run(
                "check",
                SAMPLES.resolve("003.html").toString(),
                SAMPLES.resolve("003_f50a9f7ac473722a.txt").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains("003.html: internal error in xxgk")
                .contains("[internal]")
                .contains("java.lang.IllegalStateException: injected defect")
                .contains("at org.xxgk.extract.html.TableReader");
        assertThat(run.err()).doesNotContain("corrupt-html");
    }

    @Test
    void batchRecordsItAsInternalKeepsTheOthersAndExitsThree(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLES.resolve("003.html"), in.resolve("003.html"));
        Files.copy(SAMPLES.resolve("003_f50a9f7ac473722a.txt"), in.resolve("003_f50a9f7ac473722a.txt"));
        Path out = tmp.resolve("out");
        injectFault();

        Run run = run("batch", in.toString(), "--out", out.toString(), "--threads", "1");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        List<String> failures = Files.readAllLines(out.resolve("results/failures.csv"), StandardCharsets.UTF_8);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(1)).contains("003.html").contains(",internal,");
        assertThat(Files.readString(out.resolve("results/cells.csv"), StandardCharsets.UTF_8))
                .contains("003_f50a9f7ac473722a.txt");
        assertThat(Files.readString(out.resolve("internal-errors.log"), StandardCharsets.UTF_8))
                .contains("003.html").contains("java.lang.IllegalStateException: injected defect");
    }
}
