package org.xxgk.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xxgk.NotAReportException;
import org.xxgk.Reason;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.cli.Cli;
import org.xxgk.model.Template;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch engine: one outcome per job in job order, a watchdog for a job that never returns, nothing escapes. */
class BatchRunnerTest {

    static final XxgkReader READER = Xxgk.builder().build();
    static final Path TEXT = Path.of("samples/001_7859ced941c8677a.txt");

    static {
        // loaded once before the watchdog's 300 ms apply: class loading alone may take longer
        READER.read(TEXT);
    }

    @Test
    void a_hung_job_is_abandoned_as_time_limit_and_the_others_are_read_in_order() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<Watchdog.Job> jobs = List.of(
                new Watchdog.Job("a-hangs", r -> {
                    // ignores interrupts, as a parser stuck in a loop would
                    while (never.getCount() > 0) Thread.onSpinWait();
                    throw new AssertionError("unreachable");
                }),
                new Watchdog.Job("b-reads", r -> r.read(TEXT)),
                new Watchdog.Job("c-bug", r -> {
                    throw new IllegalStateException("boom");
                }),
                new Watchdog.Job("d-not-a-report", r -> {
                    throw new NotAReportException("d-not-a-report", Reason.NOT_A_REPORT, "no report table\nfound");
                }),
                new Watchdog.Job("e-reads", r -> r.read(TEXT)));
        List<String> seen = new ArrayList<>();
        BatchRunner.Listener listener = new BatchRunner.Listener() {
            @Override
            public void done(BatchOutcome outcome) {
                seen.add(outcome.source());
            }

            @Override
            public void idle() {}
        };
        try {
            List<BatchOutcome> outcomes = new BatchRunner(READER, 2, Duration.ofMillis(300)).run(jobs, listener);
            assertThat(outcomes)
                    .extracting(BatchOutcome::source)
                    .containsExactly("a-hangs", "b-reads", "c-bug", "d-not-a-report", "e-reads");
            assertThat(seen).containsExactlyInAnyOrder("a-hangs", "b-reads", "c-bug", "d-not-a-report", "e-reads");

            assertThat(outcomes.get(0)).isEqualTo(new BatchOutcome.Failed("a-hangs", "time-limit",
                    "no result within 300 ms (the batch watchdog); abandoned"));
            BatchOutcome.Read read = (BatchOutcome.Read) outcomes.get(1);
            assertThat(read.report().template()).isEqualTo(Template.V2021);
            assertThat(read.report().source()).isEqualTo(TEXT.toString());
            assertThat(read.findings()).isEqualTo(READER.check(read.report()));
            assertThat(outcomes.get(2)).isEqualTo(new BatchOutcome.Failed("c-bug", "internal",
                    "internal error, please report it: java.lang.IllegalStateException: boom"));
            assertThat(outcomes.get(3))
                    .isEqualTo(new BatchOutcome.Failed("d-not-a-report", "not-a-report", "no report table found"));
            assertThat(outcomes.get(4)).isInstanceOf(BatchOutcome.Read.class);
        } finally {
            never.countDown();
        }
    }

    @Test
    void on_one_thread_a_new_thread_takes_the_place_of_the_one_left_with_a_hung_job() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<Watchdog.Job> jobs = List.of(
                new Watchdog.Job("a-reads", r -> r.read(TEXT)),
                new Watchdog.Job("b-hangs", r -> {
                    while (never.getCount() > 0) Thread.onSpinWait();
                    throw new AssertionError("unreachable");
                }),
                new Watchdog.Job("c-reads", r -> r.read(TEXT)));
        try {
            List<BatchOutcome> outcomes =
                    new BatchRunner(READER, 1, Duration.ofMillis(300)).run(jobs, BatchRunner.SILENT);
            assertThat(outcomes.get(0)).isInstanceOf(BatchOutcome.Read.class);
            assertThat(outcomes.get(1)).isEqualTo(new BatchOutcome.Failed("b-hangs", "time-limit",
                    "no result within 300 ms (the batch watchdog); abandoned"));
            assertThat(outcomes.get(2)).isInstanceOf(BatchOutcome.Read.class);
        } finally {
            never.countDown();
        }
    }

    @Test
    void stream_starts_no_more_than_a_few_documents_per_thread_beyond_those_taken() throws Exception {
        AtomicInteger started = new AtomicInteger();
        int[] taken = {0};
        int[] mostAhead = {0};
        List<Integer> results = new ArrayList<>();
        new BatchRunner(READER, 3, Duration.ofSeconds(10)).stream(200, index -> index % 7, (index, dog) -> {
            started.incrementAndGet();
            return index;
        }, new BatchRunner.Sink<Integer>() {
            @Override
            public void take(Integer result) {
                mostAhead[0] = Math.max(mostAhead[0], started.get() - taken[0]);
                taken[0]++;
                results.add(result);
            }

            @Override
            public void idle() {}
        });
        assertThat(results).hasSize(200).doesNotHaveDuplicates();
        // the results waiting to be taken, and so the memory, are bounded whatever the number of documents
        assertThat(mostAhead[0]).isBetween(1, 3 * BatchRunner.AHEAD);
    }

    @Test
    void of_the_documents_started_ahead_the_heaviest_is_read_first() throws Exception {
        // one thread and as many documents as it starts ahead: all are handed out before it starts,
        // so it reads them heaviest first, ties in order
        assertThat(BatchRunner.AHEAD).isEqualTo(4);
        assertThat(readingOrder(new long[] {1, 5, 3, 5})).containsExactly(1, 3, 2, 0);
        // more documents: each later one joins those left when a result is taken, so only the first
        // pick is fixed (the heaviest of the first four), and every document is read once
        assertThat(readingOrder(new long[] {1, 5, 3, 5, 9, 0, 2})).startsWith(1).hasSize(7).doesNotHaveDuplicates();
        // the outcomes of run() stay in job order whatever order they were read in
        long[] weights = {1, 5, 3, 5, 9, 0, 2};
        List<Watchdog.Job> jobs = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) jobs.add(new Watchdog.Job("job-" + i, r -> r.read(TEXT)));
        List<BatchOutcome> outcomes = new BatchRunner(READER, 2, Duration.ofSeconds(10))
                .run(jobs, index -> weights[index], BatchRunner.SILENT);
        assertThat(outcomes).extracting(BatchOutcome::source)
                .containsExactly("job-0", "job-1", "job-2", "job-3", "job-4", "job-5", "job-6");
    }

    private static List<Integer> readingOrder(long[] weights) throws Exception {
        List<Integer> order = new ArrayList<>();
        new BatchRunner(READER, 1, Duration.ofSeconds(10)).stream(weights.length, index -> weights[index],
                (index, dog) -> {
                    synchronized (order) {
                        order.add(index);
                    }
                    return index;
                }, new BatchRunner.Sink<Integer>() {
                    @Override
                    public void take(Integer result) {}

                    @Override
                    public void idle() {}
                });
        return order;
    }

    @Test
    void no_jobs_no_outcomes() throws Exception {
        assertThat(new BatchRunner(READER, 3, Duration.ofSeconds(1)).run(List.of(), BatchRunner.SILENT)).isEmpty();
    }

    @Test
    void durations_on_the_command_line() {
        assertThat(BatchDurations.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BatchDurations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(BatchDurations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(BatchDurations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(BatchDurations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(BatchDurations.text(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(BatchDurations.text(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
        Cli cli = Cli.run("batch", "samples", "--out", "never", "--max-time", "soon");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()[0]).contains("--max-time", "not a duration: 'soon' (try 60s, 500ms or 2m)");
    }
}
