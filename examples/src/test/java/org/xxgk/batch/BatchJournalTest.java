package org.xxgk.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.model.AnnualReport;
import org.xxgk.output.CellsCsv;
import org.xxgk.spark.SparkDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch's journal: records survive a reopen, a torn tail is cut off, other settings start over, one run at a time.
 */
class BatchJournalTest {

    static final XxgkReader READER = Xxgk.builder().build();

    static BatchJournal.Record record(String source, String hash) throws IOException {
        AnnualReport report = READER.read(Files.readAllBytes(Path.of("samples/001_7859ced941c8677a.txt")), source);
        return BatchJournal.record(
                source, hash, SparkDocument.of(new BatchOutcome.Read(source, report, READER.check(report))));
    }

    static BatchJournal.Record failure(String source, String hash) {
        return BatchJournal.record(
                source, hash, SparkDocument.of(new BatchOutcome.Failed(source, "not-a-report", "no table")));
    }

    @Test
    void records_survive_a_reopen_and_a_torn_tail_is_cut_off(@TempDir Path dir) throws IOException {
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            journal.append(record("a.txt", "h1"));
            journal.append(failure("b.txt", "h2"));
            journal.append(record("c.txt", "h3"));
        }
        Path records = dir.resolve(BatchJournal.RECORDS);
        long whole = Files.size(records);
        // a kill in the middle of the third record's write
        try (FileChannel channel = FileChannel.open(records, StandardOpenOption.WRITE)) {
            channel.truncate(whole - 100);
        }
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            assertThat(journal.resumable()).isEqualTo(2);
            assertThat(journal.note()).isEmpty();
            assertThat(journal.done("a.txt", "h1")).isPresent();
            assertThat(journal.done("a.txt", "other")).isEmpty();
            assertThat(journal.done("a.txt", "")).isEmpty();
            assertThat(journal.done("b.txt", "h2")).get().extracting(BatchJournal.Entry::failed).isEqualTo(true);
            assertThat(journal.done("c.txt", "h3")).isEmpty();
            SparkDocument a = journal.read(journal.entry("a.txt").orElseThrow());
            assertThat(a).isInstanceOf(SparkDocument.Read.class);
            assertThat(((SparkDocument.Read) a).cells()).hasSize(CellsCsv.HEADER.size()).first().isEqualTo("a.txt");
            assertThat(((SparkDocument.Read) a).values()).isNotEmpty();
            assertThat(journal.read(journal.entry("b.txt").orElseThrow()))
                    .isEqualTo(new SparkDocument.Failed("b.txt", "not-a-report", "no table"));
            // appended after the cut, at the cut
            journal.append(record("c.txt", "h3"));
        }
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            assertThat(journal.resumable()).isEqualTo(3);
            assertThat(journal.done("c.txt", "h3")).isPresent();
        }
        assertThat(Files.size(records)).isEqualTo(whole);
    }

    @Test
    void a_journal_of_other_settings_or_a_fresh_run_starts_over(@TempDir Path dir) throws IOException {
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            journal.append(failure("a.txt", "h1"));
        }
        try (BatchJournal journal = BatchJournal.open(dir, "s2", false)) {
            assertThat(journal.resumable()).isZero();
            assertThat(journal.note()).get().asString().contains("another xxgk build or with other limits");
            journal.append(failure("a.txt", "h1"));
        }
        try (BatchJournal journal = BatchJournal.open(dir, "s2", true)) {
            assertThat(journal.resumable()).isZero();
            assertThat(journal.note()).isEmpty();
        }
        // garbage where the header should be
        Files.write(dir.resolve(BatchJournal.RECORDS), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        try (BatchJournal journal = BatchJournal.open(dir, "s2", false)) {
            assertThat(journal.resumable()).isZero();
        }
    }

    @Test
    void one_run_at_a_time(@TempDir Path dir) throws IOException {
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            assertThat(journal.resumable()).isZero();
            assertThatThrownBy(() -> BatchJournal.open(dir, "s1", false))
                    .isInstanceOf(BatchJournal.LockedException.class);
        }
        BatchJournal.open(dir, "s1", false).close();
    }

    @Test
    void compaction_keeps_the_last_record_of_each_source_asked_for(@TempDir Path dir) throws IOException {
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            for (int i = 0; i < 5; i++) journal.append(failure("a.txt", "h" + i));
            journal.append(failure("gone.txt", "g"));
            journal.append(failure("b.txt", "b"));
            journal.compact(List.of("a.txt", "b.txt"));
        }
        try (BatchJournal journal = BatchJournal.open(dir, "s1", false)) {
            assertThat(journal.resumable()).isEqualTo(2);
            assertThat(journal.done("a.txt", "h4")).isPresent();
            assertThat(journal.done("b.txt", "b")).isPresent();
            assertThat(journal.entry("gone.txt")).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("records", "lock");
        }
    }
}
