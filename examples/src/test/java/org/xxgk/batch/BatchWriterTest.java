package org.xxgk.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.XxgkException;
import org.xxgk.check.ReportDigest;
import org.xxgk.model.AnnualReport;
import org.xxgk.spark.SparkDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outputs written as the documents come: the same bytes whatever order they come in, whether
 * their rows are held until their turn or made again from the journal, and whether the digests are
 * kept or read back; the cross-report findings are added to the reports they name.
 */
class BatchWriterTest {

    @TempDir
    Path temp;

    @Test
    void any_order_and_rows_from_the_journal_give_the_same_bytes() throws IOException {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        for (String name : List.of("000_5657be0d32f901c0.txt", "001_7859ced941c8677a.txt",
                "003_f50a9f7ac473722a.txt")) {
            Files.copy(BatchCommandTest.SAMPLES.resolve(name), in.resolve(name));
        }
        // a copy of 000 under another agency (a near-duplicate across reports), and a failure
        String text = Files.readString(BatchCommandTest.SAMPLES.resolve("000_5657be0d32f901c0.txt"));
        String copy = text.replace("重庆市信访办公室", "重庆市某某局");
        assertThat(copy).isNotEqualTo(text);
        Files.writeString(in.resolve("000-copy.txt"), copy, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("002-empty.txt"), "", StandardCharsets.UTF_8);
        BatchFiles walk = BatchFiles.walk(in);
        List<SparkDocument> documents = new ArrayList<>();
        for (BatchFiles.Found file : walk.found()) documents.add(document(file));

        // in order, the rows and digests of the run
        Path inOrder = write(walk, documents, false, Long.MAX_VALUE, true);
        // last first, nothing held: every early document made again from its record; no digests kept
        Path reversed = write(walk, documents, true, 0, false);

        Path results = BatchOutputs.results(inOrder);
        Path again = BatchOutputs.results(reversed);
        KillAndResumeTest.assertSameFiles(again, results);
        assertThat(BatchOutputs.complete(results)).isTrue();
        List<String> rules = new ArrayList<>();
        BatchCommandTest.csv(results.resolve(BatchOutputs.FINDINGS)).forEach(r -> rules.add(r.get(1)));
        assertThat(rules).contains("DUPLICATE_TEXT");
        assertThat(Files.readString(results.resolve(BatchOutputs.FAILURES))).contains("002-empty.txt");
        assertThat(KillAndResumeTest.tree(inOrder)).doesNotContain("journal/next").allMatch(p -> !p.contains("draft"));
    }

    private static SparkDocument document(BatchFiles.Found file) throws IOException {
        String source = file.source();
        try {
            AnnualReport report = BatchJournalTest.READER.read(Files.readAllBytes(file.path()), source);
            return SparkDocument.of(
                    new BatchOutcome.Read(source, report, BatchJournalTest.READER.check(report)));
        } catch (XxgkException e) {
            return SparkDocument.of(BatchOutcome.Failed.of(source, e));
        }
    }

    private Path write(BatchFiles walk, List<SparkDocument> documents, boolean reverse, long held, boolean digests)
            throws IOException {
        Path out = temp.resolve(reverse ? "reversed" : "in-order");
        Map<String, ReportDigest> kept = new HashMap<>();
        try (BatchJournal journal = BatchJournal.open(BatchOutputs.journal(out), "settings", false);
             BatchWriter writer = new BatchWriter(out, journal, walk, true, held)) {
            for (int n = 0; n < documents.size(); n++) {
                int index = reverse ? documents.size() - 1 - n : n;
                SparkDocument document = documents.get(index);
                journal.append(BatchJournal.record(document.source(), "hash", document));
                if (digests && document instanceof SparkDocument.Read read) kept.put(read.source(), read.digest());
                // one document with no rows at all: made from its record in its turn
                writer.add(index, index == 1 ? null : BatchWriter.Rows.of(document));
            }
            writer.publish(out, kept, 2, point -> { });
        }
        return out;
    }
}
