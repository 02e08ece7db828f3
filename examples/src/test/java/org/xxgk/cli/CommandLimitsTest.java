package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code extract} and {@code check} take the per-document limits that {@code batch} takes. */
class CommandLimitsTest {

    static final Path SAMPLES = Path.of("samples");
    static final String PDF = SAMPLES.resolve("001.pdf").toString();
    static final String HTML = SAMPLES.resolve("002.html").toString();

    @ParameterizedTest
    @ValueSource(strings = {"extract", "check", "batch"})
    void help_shows_the_four_limits_and_their_defaults(String command) {
        Cli cli = Cli.run(command, "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().replaceAll("\\s+", " ")).contains(
                "--max-bytes=BYTES Largest file read (default 67108864)",
                "--max-pages=PAGES Most PDF pages read (default 200)",
                "--max-cells=CELLS Most table cells in one file (default 200000)",
                "--max-time=TIME Longest time for one file, such as 60s, 500ms or 2m (default 60s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "check"})
    void a_file_over_a_limit_is_one_line_with_its_reason_and_the_others_go_on(String command) {
        Cli cli = Cli.run(command, "--max-pages", "1", PDF, HTML);
        assertThat(cli.exitCode()).isEqualTo(Main.UNREADABLE);
        assertThat(cli.errLines())
                .containsExactly("xxgk: " + PDF + ": 4 pages, more than the limit of 1 [too-many-pages]");
        assertThat(cli.out()).contains(HTML).doesNotContain(PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "check"})
    void each_limit_is_applied(String command) {
        assertThat(Cli.run(command, "--max-bytes", "1000", HTML).errLines())
                .containsExactly("xxgk: " + HTML + ": 23620 bytes, more than the limit of 1000 [too-large]");
        assertThat(Cli.run(command, "--max-cells", "10", HTML).errLines())
                .singleElement()
                .asString()
                .startsWith("xxgk: " + HTML + ": ")
                .endsWith("table cells, more than the limit of 10 [too-many-cells]");
        assertThat(Cli.run(command, "--max-time", "1ms", PDF).errLines())
                .containsExactly("xxgk: " + PDF + ": took longer than the limit of 1 ms [time-limit]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "check"})
    void a_file_within_raised_or_lowered_limits_is_read(String command) {
        Cli cli = Cli.run(
                command,
                "--max-pages",
                "4",
                "--max-bytes",
                "200000000",
                "--max-cells",
                "1000",
                "--max-time",
                "2m",
                PDF);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains(PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "check"})
    void a_limit_that_is_not_positive_is_a_usage_error(String command) {
        Cli cli = Cli.run(command, "--max-time", "0s", HTML);
        assertThat(cli.exitCode()).isEqualTo(Main.UNREADABLE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).containsExactly("xxgk: maxTime must be positive: PT0S",
                "Try 'xxgk " + command + " --help' for more information.");
    }
}
