package org.xxgk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xxgk.Limits;
import org.xxgk.check.ConsistencyChecker;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.text.TextDocumentExtractor;
import org.xxgk.interpret.ReportInterpreter;
import org.xxgk.model.AnnualReport;

/**
 * Interpretation + per-report check of one text report, on documents extracted beforehand: the
 * bundled samples ({@code examples/samples/*.txt}) and the real reports ({@code core/src/test/resources/real/*.txt}).
 * One operation reads and checks every document of the set once; JMH's score divided by the
 * {@code reports} count it prints at setup (samples 5, real 7, digitRun 1) is the time per report.
 * Not part of {@code mvn verify} (the {@code jmh} profile compiles it into {@code target/jmh-classes}):
 * run from the repository root with
 * <pre>
 * mvn -B -o -Pjmh -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.cp -Dmdep.includeScope=test
 * java -cp core/target/jmh-classes:core/target/classes:$(cat core/target/jmh.cp) org.openjdk.jmh.Main InterpretBenchmark
 * </pre>
 * The machine's load moves the figures: compare builds in alternating runs and take medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterpretBenchmark {

    /**
     * Which documents: {@code samples}, {@code real}, or {@code digitRun}: the first sample with the
     * seven values of its first application row printed as one run of 10^4 digits, the alignment's
     * worst case (every form row's reading of that cell gives up past {@code RowReadings.MAX_DIGITS}).
     */
    @Param({"samples", "real", "digitRun"})
    public String set;

    private final ReportInterpreter interpreter = new ReportInterpreter();
    private final ConsistencyChecker checker = new ConsistencyChecker();
    private List<ExtractedDocument> documents;

    @Setup
    public void extract() {
        Path root = Path.of(System.getProperty("xxgk.root", "."));
        Path dir = set.equals("real") ? root.resolve("core/src/test/resources/real") : root.resolve("examples/samples");
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] content = Files.readAllBytes(p);
                if (set.equals("digitRun")) {
                    content = withDigitRun(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                documents.add(new TextDocumentExtractor().extract(content,
                        ExtractionContext.start(p.getFileName().toString(), Limits.DEFAULT)));
                if (set.equals("digitRun")) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents.isEmpty()) throw new IllegalStateException("no .txt reports in " + dir.toAbsolutePath());
        System.out.println("\n" + set + ": reports=" + documents.size());
    }

    private static String withDigitRun(String text) {
        Matcher m = Pattern.compile("(一、本年新收政府信息公开申请数量[\\s\\u2002]*)(?:\\d+[\\s\\u2002]*){7}").matcher(text);
        if (!m.find()) throw new IllegalStateException("the first sample no longer prints its first application row as expected");
        return text.substring(0, m.start()) + m.group(1) + "1".repeat(10_000) + "\n\n" + text.substring(m.end());
    }

    /** Every document of the set interpreted and checked once: divide the score by the reports count. */
    @Benchmark
    public void interpretAndCheck(Blackhole bh) {
        for (ExtractedDocument d : documents) {
            AnnualReport report = interpreter.interpret(d);
            bh.consume(checker.check(report));
        }
    }
}
