package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code xxgk bench}: the format of its last line, never a speed. */
class BenchCommandTest {

    static final Pattern LAST = Pattern.compile(
            "pdf/tabula=(\\d+\\.\\d{2}) pdf/pdfbox=(\\d+\\.\\d{2}) html/jsoup=(\\d+\\.\\d{2}) text=(\\d+)/s batch2/batch1=(\\d+\\.\\d{2})");

    @Test
    void one_round_on_the_samples_ends_with_the_summary_line() {
        Cli cli = Cli.run("bench", "samples", "--rounds", "1", "--warmup", "0");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        String[] lines = cli.out().split("\\R");
        assertThat(lines[0]).startsWith("xxgk bench: samples: 15 reports (5 PDF, 5 HTML, 5 text); 0 warm-up + 1 measured rounds");
        Matcher m = LAST.matcher(lines[lines.length - 1]);
        assertThat(m.matches()).as(lines[lines.length - 1]).isTrue();
        for (int group = 1; group <= 5; group++) {
            assertThat(Double.parseDouble(m.group(group))).as(m.group(0) + " figure " + group).isPositive();
        }
    }

    @Test
    void bad_rounds_are_a_usage_error() {
        Cli cli = Cli.run("bench", "samples", "--rounds", "0");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).isEqualTo("xxgk: --rounds must be at least 1: 0");
    }
}
