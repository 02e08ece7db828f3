package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.internal.RuleRuns;

/**
 * {@code xxgk batch} and {@code xxgk check} over a folder run each per-report rule once per report:
 * the cross-report rules read digests and run no per-report rule again. Counted by the checker's
 * hook, per report and rule, so that a second run of the rules anywhere fails the test.
 */
class RulesRunOnceTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path temp;

    @Test
    void aBatchRunsEachRuleOncePerReport() throws IOException {
        Map<String, Integer> runs = counted(() -> Cli.run(
                "batch", SAMPLES.toString(), "--out", temp.resolve("out").toString(), "--threads", "2", "--fresh"));
        assertOncePerReport(runs);
    }

    @Test
    void aCheckOverAFolderRunsEachRuleOncePerReport() throws IOException {
        Map<String, Integer> runs = counted(() -> Cli.run("check", "--format", "json", SAMPLES.toString()));
        assertOncePerReport(runs);
    }

    private static Map<String, Integer> counted(Runnable command) {
        Map<String, Integer> runs = new ConcurrentHashMap<>();
        RuleRuns.Handle listening = RuleRuns.listen((source, rule) -> runs.merge(source + " " + rule, 1, Integer::sum));
        try {
            command.run();
        } finally {
            listening.close();
        }
        return runs;
    }

    private static void assertOncePerReport(Map<String, Integer> runs) throws IOException {
        assertThat(runs).isNotEmpty().allSatisfy((run, count) -> assertThat(count).as(run).isEqualTo(1));
        List<String> reports;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            reports = files.map(Path::toString).toList();
        }
        // every sample was checked: the counts are not empty because the rules never ran
        assertThat(runs.keySet().stream().map(run -> run.substring(0, run.lastIndexOf(' '))).distinct())
                .hasSameSizeAs(reports);
    }
}
