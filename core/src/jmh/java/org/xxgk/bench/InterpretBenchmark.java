package org.xxgk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * {@code reports} count it prints at setup (samples 5, real 7, digitRun and longestRun 1) is the time per report.
 * Not part of {@code mvn verify} (the {@code jmh} profile compiles it into {@code target/jmh-classes}):
 * run from the repository root with
 * <pre>
 * mvn -B -o -Pjmh -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.cp
 * -Dmdep.includeScope=test
 * java -cp core/target/jmh-classes:core/target/classes:$(cat core/target/jmh.cp) org.openjdk.jmh.Main
 * InterpretBenchmark
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
     * Which documents: {@code samples}, {@code real}, {@code digitRun} or {@code longestRun}. The last
     * two are the first sample with the seven values of its first application row printed as one run of
     * digits: 10^4 of them ({@code digitRun}: the reading of that cell gives up at once past
     * {@code RowReadings.MAX_DIGITS}, 40 digits, and the label alignment reads no printed label
     * beyond {@code 2n + 2} characters for a form label of n), or exactly 40 ({@code longestRun}: the
     * split search at its bound, {@code RowReadings.MAX_STEPS} = 300,000 steps, then VALUE_AMBIGUOUS).
     * Measured on the 2-core development machine, nearly idle (5 Dec 2026, JDK 17, CPU time per report):
     * samples 0.67–0.69 ms, real 0.74–0.83 ms, digitRun 1.9–2.1 ms (the 10^4-digit row's worst case: its
     * reading gives up at once), longestRun 36–41 ms (the search's bound). Again on 7 Dec 2026, the machine
     * slower that day (load average 1.3–1.9; {@code -f 2}): samples 0.53 ms, real 0.83 ms, digitRun 2.3 ms,
     * longestRun 52 ms; side by side with one fork each, samples took 528–550 µs a report here, 528–542 µs at
     * 1dac042 and 660–704 µs at 45ed202 (longestRun 50, 52 and 152 ms: three passes of section 三 each split the
     * 40-digit run, until {@code RowReadings.Kept}). Later that day, after session 29's pass, one fork each side by
     * side: samples 440–469 µs a report at b717469 against 527–547 µs at 87360ef; alone, digitRun 2.3 ms, longestRun
     * 55 ms, real 0.88 ms (the machine in a slow hour).
     */
    @Param({"samples", "real", "digitRun", "longestRun"})
    public String set;

    /** The digits of the run-together row of {@code digitRun} and {@code longestRun}. */
    private static final int DIGIT_RUN = 10_000;
    private static final int LONGEST_RUN = 40;

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
                boolean run = set.equals("digitRun") || set.equals("longestRun");
                if (run) {
                    content = withDigitRun(
                                    new String(content, StandardCharsets.UTF_8),
                                    set.equals("digitRun") ? DIGIT_RUN : LONGEST_RUN)
                            .getBytes(StandardCharsets.UTF_8);
                }
                documents.add(new TextDocumentExtractor().extract(content,
                        ExtractionContext.start(p.getFileName().toString(), Limits.DEFAULT)));
                if (run) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents.isEmpty()) throw new IllegalStateException("no .txt reports in " + dir.toAbsolutePath());
        System.out.println("\n" + set + ": reports=" + documents.size());
    }

    private static String withDigitRun(String text, int digits) {
        Matcher m = Pattern.compile("(一、本年新收政府信息公开申请数量[\\s\\u2002]*)(?:\\d+[\\s\\u2002]*){7}").matcher(text);
        if (!m.find())
            throw new IllegalStateException("the first sample no longer prints its first application row as expected");
        return text.substring(0, m.start()) + m.group(1) + "1".repeat(digits) + "\n\n" + text.substring(m.end());
    }

    /**
     * The benchmark thread's CPU time beside JMH's wall-clock score: on a shared machine the score
     * counts the time other processes take the core, the CPU time does not. JMH prints both sums per
     * iteration; {@code cpuMicros / reports} is the CPU time per report.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuMicros;
        public long reports;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMicros = 0;
            reports = 0;
        }
    }

    /** Every document of the set interpreted and checked once: divide the score by the reports count. */
    @Benchmark
    public void interpretAndCheck(Blackhole bh, CpuTime cpu) {
        long start = CpuTime.THREADS.getCurrentThreadCpuTime();
        for (ExtractedDocument d : documents) {
            AnnualReport report = interpreter.interpret(d);
            bh.consume(checker.check(report));
        }
        cpu.cpuMicros += (CpuTime.THREADS.getCurrentThreadCpuTime() - start) / 1000;
        cpu.reports += documents.size();
    }
}
