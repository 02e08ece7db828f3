package org.xxgk.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xxgk bench}: the format of its last line, never a speed. */
class BenchCommandTest {

    static final Pattern LAST = Pattern.compile(
            "pdf/tabula=(\\d+\\.\\d{2}) pdf/pdfbox=(\\d+\\.\\d{2}) html/jsoup=(\\d+\\.\\d{2}) text=(\\d+)/s"
                    + " batch2/batch1=(\\d+\\.\\d{2}) order-ideal=(\\d+\\.\\d{2}) interpret\\+check=(\\d+)us"
                    + "( chromium/pdfbox=\\d+\\.\\d{2})?("
                    + " batch2/batch1@\\d+=\\d+\\.\\d{2} heap@\\d+=\\d+MB cross@\\d+=\\d+\\.\\d{2}%)*");

    /** One measured round, no warm-up, no waiting for the JIT: the format, quickly. */
    static final String[] QUICK = {"--rounds", "1", "--warmup", "0", "--warmup-seconds", "0", "--settle-seconds", "0"};

    /** The Chromium-printed PDFs of the test resources, from the examples folder the tests run in. */
    static final String CHROMIUM = "../extract-pdf/src/test/resources/derived/chromium";

    @Test
    void one_round_on_the_samples_ends_with_the_summary_line() {
        Cli cli = Cli.run(args("samples"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        String[] lines = cli.out().split("\\R");
        assertThat(lines[0])
                .startsWith("xxgk bench: samples: 15 reports (5 PDF, 5 HTML, 5 text); 0 s alone + 0 warm-up + 1"
                        + " measured rounds");
        Matcher m = LAST.matcher(lines[lines.length - 1]);
        assertThat(m.matches()).as(lines[lines.length - 1]).isTrue();
        for (int group = 1; group <= 5; group++) {
            assertThat(Double.parseDouble(m.group(group))).as(m.group(0) + " figure " + group).isPositive();
        }
        // two threads at most twice as fast as one, and never slower, whatever the order of the documents
        assertThat(Double.parseDouble(m.group(6))).isBetween(1.0, 2.0);
        // 11 workloads (no Chromium PDFs here) in one round
        assertThat(lines[1]).matches("JIT: not waited for; 0 of 11 measured turns taken again because it compiled"
                + " in them, \\d+ compiling still");
    }

    @Test
    void settling_the_jit_is_said_and_each_turn_is_counted() {
        // 11 workloads (no Chromium PDFs) in two rounds
        Cli cli = Cli.run("bench", "samples", "--rounds", "2", "--warmup", "0", "--warmup-seconds", "0",
                "--settle-seconds", "0.5", "--chromium", "no-such-folder");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String jit = cli.out().split("\\R")[1];
        Matcher m = Pattern.compile("JIT: (quiet after \\d+\\.\\d s of whole rounds|still compiling after"
                + " --settle-seconds); (\\d+) of 22 measured turns taken again because it compiled in them,"
                + " (\\d+) compiling still").matcher(jit);
        assertThat(m.matches()).as(jit).isTrue();
        // a turn still compiling after its retakes is one of those taken again, three times
        assertThat(Integer.parseInt(m.group(2))).isGreaterThanOrEqualTo(3 * Integer.parseInt(m.group(3)));
        assertThat(LAST.matcher(cli.out().split("\\R")[cli.out().split("\\R").length - 1]).matches()).isTrue();
    }

    @Test
    void negative_settle_seconds_are_a_usage_error() {
        Cli cli = Cli.run("bench", "samples", "--settle-seconds", "-1");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).isEqualTo("xxgk: --settle-seconds must not be negative: -1.0");
    }

    private static String[] args(String... more) {
        String[] all = new String[1 + more.length + QUICK.length];
        all[0] = "bench";
        System.arraycopy(more, 0, all, 1, more.length);
        System.arraycopy(QUICK, 0, all, 1 + more.length, QUICK.length);
        return all;
    }

    @Test
    void the_chromium_ratio_and_the_batch_as_a_process_are_on_the_last_line() {
        Cli cli = Cli.run(args("samples", "--chromium", CHROMIUM, "--batch-sizes", "20"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String[] lines = cli.out().split("\\R");
        String last = lines[lines.length - 1];
        assertThat(LAST.matcher(last).matches()).as(last).isTrue();
        assertThat(last).contains(" chromium/pdfbox=", " batch2/batch1@20=", " heap@20=", " cross@20=");
        assertThat(cli.out()).contains("interpretation + check", "batch process     20 files");
    }

    @Test
    void bad_rounds_are_a_usage_error() {
        Cli cli = Cli.run("bench", "samples", "--rounds", "0");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).isEqualTo("xxgk: --rounds must be at least 1: 0");
    }

    @Test
    void negative_warm_up_seconds_are_a_usage_error() {
        Cli cli = Cli.run("bench", "samples", "--warmup-seconds", "-1");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).isEqualTo("xxgk: --warmup-seconds must not be negative: -1.0");
    }

    @Test
    void forks_give_a_line_each_and_their_medians_last() {
        Cli cli = Cli.run(args("samples", "--forks", "3", "--chromium", "no-such-folder"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(lines[i]).startsWith("fork " + (i + 1) + ": ");
            assertThat(LAST.matcher(lines[i].substring(8)).matches()).as(lines[i]).isTrue();
        }
        assertThat(LAST.matcher(lines[3]).matches()).as(lines[3]).isTrue();
    }

    @Test
    void the_medians_of_the_forks_keep_each_figure_as_printed() {
        assertThat(Forks.medians(java.util.List.of(
                        "pdf/tabula=0.70 text=2000/s interpret+check=500us cross@300=0.40% html/jsoup=n/a",
                        "pdf/tabula=0.90 text=1800/s interpret+check=700us cross@300=0.20% html/jsoup=n/a",
                        "pdf/tabula=0.80 text=2100/s interpret+check=450us cross@300=0.30% html/jsoup=n/a")))
                .isEqualTo("pdf/tabula=0.80 text=2000/s interpret+check=500us cross@300=0.30% html/jsoup=n/a");
        assertThat(Forks.medians(java.util.List.of("text=2000/s heap@300=21MB", "text=1801/s heap@300=22MB")))
                .isEqualTo("text=1901/s heap@300=22MB");
    }

    @Test
    void no_forks_are_a_usage_error() {
        Cli cli = Cli.run("bench", "samples", "--forks", "0");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).isEqualTo("xxgk: --forks must be at least 1: 0");
    }
}
