package org.xxgk.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xxgk bench --against}: two builds in one JVM, what they read and the format of the figures. */
class JarComparisonTest {

    private static final String FIGURE = "(\\d+\\.\\d{3})";

    @Test
    void this_build_against_itself_reads_alike_and_gives_a_line_a_format_and_the_ratios_last() {
        // the tests' own class path, loaded a second time: another build of the same code
        Cli cli = Cli.run("bench", "samples", "--against", System.getProperty("java.class.path"), "--pairs", "3",
                "--turn-ms", "1", "--warmup-seconds", "0", "--chromium", "no-such-folder");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("xxgk bench: samples against ").contains(": 15 reports; ",
                "0 s of warm-up, 3 pairs of turns of at least 1 ms");
        assertThat(lines[1]).isEqualTo("readings: the same in both builds, all 15 reports");
        String[] formats = {"pdf", "html", "text"};
        for (int i = 0; i < formats.length; i++) {
            Matcher m = Pattern.compile(formats[i] + " +5 reports: this +(\\d+\\.\\d) us, other +(\\d+\\.\\d) us a"
                    + " report \\(medians\\); this/other " + FIGURE + " \\(pairs' ratios: median, quartiles "
                    + FIGURE + "-" + FIGURE + "\\)").matcher(lines[2 + i]);
            assertThat(m.matches()).as(lines[2 + i]).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isPositive();
            assertThat(Double.parseDouble(m.group(2))).isPositive();
            double median = Double.parseDouble(m.group(3));
            assertThat(median).isBetween(Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        }
        assertThat(lines[5]).matches("this/other pdf=" + FIGURE + " html=" + FIGURE + " text=" + FIGURE);
    }

    @Test
    void reports_read_differently_are_named_and_those_one_build_cannot_read_are_not_timed() throws Exception {
        List<JarComparison.Report> reports = List.of(report("same"), report("differs"), report("unreadable"));
        JarComparison.Agreement agreement = JarComparison.agreement(
                JarComparison.Build.of(new Reader("")), JarComparison.Build.of(new Reader("differs")), reports);
        assertThat(agreement.differ()).containsExactly("differs", "unreadable");
        assertThat(agreement.readByBoth()).containsExactlyInAnyOrder("same", "differs");
    }

    @Test
    void a_build_that_is_not_there_or_not_xxgk_is_named_with_the_reason() {
        Cli missing = Cli.run("bench", "samples", "--against", "no-such.jar");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()[0]).isEqualTo("xxgk: --against no-such.jar: no-such.jar: no such file");
        Cli notXxgk = Cli.run("bench", "samples", "--against", "samples");
        assertThat(notXxgk.exitCode()).isEqualTo(2);
        assertThat(notXxgk.errLines()[0]).isEqualTo("xxgk: --against samples: samples: not a build of xxgk with its"
                + " reading API (java.lang.ClassNotFoundException: org.xxgk.Xxgk)");
    }

    @Test
    void forks_batches_and_no_pairs_are_usage_errors_with_it() {
        Cli forks = Cli.run("bench", "samples", "--against", "x.jar", "--forks", "2");
        assertThat(forks.exitCode()).isEqualTo(2);
        assertThat(forks.errLines()[0])
                .isEqualTo("xxgk: --against times both builds in this JVM: no --forks or --batch-sizes with it");
        Cli pairs = Cli.run("bench", "samples", "--against", "x.jar", "--pairs", "0");
        assertThat(pairs.exitCode()).isEqualTo(2);
        assertThat(pairs.errLines()[0]).isEqualTo("xxgk: --pairs must be at least 1: 0");
    }

    @Test
    void quartiles_are_interpolated_between_the_nearest_values() {
        double[] odd = {1, 2, 3, 4, 5};
        assertThat(JarComparison.quantile(odd, 0.25)).isEqualTo(2.0);
        assertThat(JarComparison.quantile(odd, 0.75)).isEqualTo(4.0);
        double[] even = {1, 2, 3, 4};
        assertThat(JarComparison.quantile(even, 0.25)).isEqualTo(1.75);
        assertThat(JarComparison.quantile(even, 0.75)).isEqualTo(3.25);
        assertThat(JarComparison.quantile(new double[] {7}, 0.75)).isEqualTo(7.0);
    }

    private static JarComparison.Report report(String name) {
        return new JarComparison.Report(name, name.getBytes(StandardCharsets.UTF_8));
    }

    /** A stand-in for a build's reader: reads a report as its text, but one report otherwise, and fails another. */
    public static final class Reader {
        private final String readsOtherwise;

        Reader(String readsOtherwise) {
            this.readsOtherwise = readsOtherwise;
        }

        public String read(byte[] content, String name) {
            if (name.equals("unreadable") && !readsOtherwise.isEmpty()) throw new IllegalArgumentException(name);
            String text = new String(content, StandardCharsets.UTF_8);
            return name.equals(readsOtherwise) ? text + " otherwise" : text;
        }

        public List<String> check(String report) {
            return List.of(report.length() + " characters");
        }
    }
}
