package org.xxgk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.cli.Fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, point 3: {@code batch} killed with SIGKILL (in a JVM of its own) while it reads, after a
 * fixed number of reports, while it writes the outputs and between the two renames that publish
 * them; each time the rerun over the same OUT resumes and ends with outputs equal, byte for byte,
 * to those of a run that was never interrupted, and nothing of the killed runs is left behind. A
 * published set is replaced whole or not at all.
 */
class KillAndResumeTest {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final Pattern UNDER_WAY = Pattern.compile("xxgk batch: [1-9]\\d*/\\d+ files");

    @TempDir
    static Path temp;

    static Path input;
    static Path reference;

    /** Copies of the text and HTML samples (3 × 10), a file that is not a report and one that is not read. */
    static void fill(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(BatchCommandTest.SAMPLES)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".pdf")).sorted().toList()) {
                for (int copy = 1; copy <= 3; copy++) {
                    Files.copy(file, dir.resolve("copy" + copy + "-" + file.getFileName()));
                }
            }
        }
        Files.copy(BatchCommandTest.CORPUS.resolve("no-tables.html"), dir.resolve("no-tables.html"));
        Files.copy(BatchCommandTest.CORPUS.resolve("random.bin"), dir.resolve("random.bin"));
    }

    @BeforeAll
    static void aRunThatIsNeverInterrupted() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "kill -9");
        input = temp.resolve("in");
        fill(input);
        reference = clean(input, temp.resolve("reference"));
    }

    static Path clean(Path dir, Path out) {
        Cli cli = batch(dir, out);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return out.resolve("results");
    }

    static Cli batch(Path dir, Path out) {
        return Cli.run("batch", dir.toString(), "--out", out.toString(), "--threads", "2");
    }

    static Fork fork(Path dir, Path out, String pause) {
        List<String> options = pause == null ? List.of() : List.of("-D" + BatchCommand.PAUSE_PROPERTY + "=" + pause);
        return Fork.start(temp, env -> {}, options, "batch", dir.toString(), "--out", out.toString(), "--threads", "2");
    }

    /** Starts a run that stops at {@code pause}, and kills it there with SIGKILL. */
    static void killAt(Path dir, Path out, String pause) throws InterruptedException {
        try (Fork run = fork(dir, out, pause)) {
            run.await("xxgk batch: paused at " + pause, PATIENCE);
            run.kill();
        }
    }

    @Test
    void killed_while_reading_and_publishing_a_rerun_ends_as_an_uninterrupted_run() throws Exception {
        Path out = temp.resolve("out");
        Path journal = out.resolve("journal");
        Path results = out.resolve("results");

        // anywhere while it reads: perhaps in the middle of a record
        try (Fork run = fork(input, out, null)) {
            run.await(UNDER_WAY, PATIENCE);
            run.kill();
        }
        assertThat(results).doesNotExist();
        long afterFirst = Files.size(journal.resolve("records"));

        // after the 20th report (of this run)
        killAt(input, out, "reports:20");
        assertThat(results).doesNotExist();
        assertThat(Files.size(journal.resolve("records"))).isGreaterThan(afterFirst);

        // while the outputs are written
        killAt(input, out, "publish-writing");
        assertThat(results).doesNotExist();
        assertThat(journal.resolve("next")).isDirectory();
        assertThat(BatchOutputs.complete(journal.resolve("next"))).isFalse();

        // between the two renames: the outputs complete in journal/next, no results
        killAt(input, out, "publish-swapping");
        assertThat(results).doesNotExist();
        assertThat(BatchOutputs.complete(journal.resolve("next"))).isTrue();

        Cli rerun = batch(input, out);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("31 files as an earlier run read them");
        assertSameFiles(results, reference);
        assertThat(tree(out))
                .containsExactly(
                        "journal/lock",
                        "journal/records",
                        "results/cells.csv",
                        "results/failures.csv",
                        "results/findings.csv",
                        "results/manifest.json",
                        "results/reports.jsonl",
                        "results/skipped.csv",
                        "results/values.csv");
    }

    @Test
    void a_published_set_is_replaced_whole_or_not_at_all_and_changed_files_are_read_again() throws Exception {
        Path dir = temp.resolve("changing");
        fill(dir);
        Path out = temp.resolve("out-changing");
        Path results = out.resolve("results");
        Path journal = out.resolve("journal");
        clean(dir, out);
        TreeMap<String, byte[]> before = contents(results);

        // one file changed, one gone, one new
        Files.copy(
                BatchCommandTest.SAMPLES.resolve("003_f50a9f7ac473722a.txt"),
                dir.resolve("copy1-000_5657be0d32f901c0.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("copy2-001.html"));
        Files.copy(BatchCommandTest.SAMPLES.resolve("002.html"), dir.resolve("new-002.html"));

        killAt(dir, out, "publish-writing");
        // the old outputs, whole
        TreeMap<String, byte[]> still = contents(results);
        assertThat(still).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(still.get(name)).as(name).isEqualTo(bytes));
        assertThat(BatchOutputs.complete(results)).isTrue();

        killAt(dir, out, "publish-swapping");
        // none at all; the old ones wait in journal/previous, the new ones in journal/next
        assertThat(results).doesNotExist();
        assertThat(BatchOutputs.complete(journal.resolve("previous"))).isTrue();
        assertThat(BatchOutputs.complete(journal.resolve("next"))).isTrue();

        Cli rerun = batch(dir, out);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        // the killed runs had read the changed file and the new one again: all 31 are in the journal
        assertThat(rerun.err())
                .contains(
                        "xxgk batch: 31 files, 30 read, 1 failed; 1 skipped;", "31 files as an earlier run read them");
        assertSameFiles(results, clean(dir, temp.resolve("reference-changing")));
        assertThat(tree(out)).doesNotContain("journal/next", "journal/previous").allMatch(p -> !p.contains(".tmp"));
    }

    static void assertSameFiles(Path actual, Path expected) throws IOException {
        TreeMap<String, byte[]> want = contents(expected);
        TreeMap<String, byte[]> got = contents(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        for (String name : want.keySet()) {
            assertThat(new String(got.get(name), java.nio.charset.StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(want.get(name), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(got.get(name)).as(name).isEqualTo(want.get(name));
        }
    }

    static TreeMap<String, byte[]> contents(Path folder) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return files;
    }

    /** Every file under {@code root}, relative, sorted. */
    static List<String> tree(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
        }
        files.sort(null);
        return files;
    }
}
