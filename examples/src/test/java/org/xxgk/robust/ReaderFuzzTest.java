package org.xxgk.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xxgk.Limits;
import org.xxgk.Reason;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the readers with Jazzer: whatever the bytes, {@link XxgkReader#read(byte[], String)}
 * returns a report or throws an {@link XxgkException} subtype, within its time limit. Anything
 * else escaping is a finding, and so is an {@code XxgkException} that only wraps a bug: an
 * {@link Error} such as {@link OutOfMemoryError} or {@link StackOverflowError} anywhere in the
 * cause chain, the boundary's own {@code internal} (a defect of ours),
 * or (text and HTML, whose parsers never throw on bad input) a
 * programming error such as a {@link NullPointerException} or an index out of bounds.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in {@code mvn verify}) each method runs its seeds only, from
 * {@code src/test/resources/org/xxgk/robust/ReaderFuzzTestInputs/<method>/}. To fuzz one method
 * (Jazzer fuzzes one method per JVM):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl examples -am test -Dtest='ReaderFuzzTest#fuzzHtml' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * runs it for its {@code maxDuration} (20 s, as {@code .ci/run} does). Jazzer takes no command-line
 * override of {@code maxDuration}, and each run resumes from the corpus the runs before it grew, so
 * to fuzz at length repeat the command (30 runs: 10 minutes):
 *
 * <pre>
 * for i in $(seq 30); do JAZZER_FUZZ=1 mvn -B -q -pl examples -am test -Dtest='ReaderFuzzTest#fuzzHtml' \
 *     -Dsurefire.failIfNoSpecifiedTests=false || break; done
 * </pre>
 *
 * A crash is written next to the seeds as {@code crash-<sha1>} and is from then on a regression
 * test; the corpus Jazzer grows goes to {@code examples/.cifuzz-corpus/} (not committed).
 */
class ReaderFuzzTest {

    /** Small limits, so that each input is cheap and a pathological one shows up as a time-limit. */
    static final Limits LIMITS = new Limits(256 << 10, 5, 20_000, Duration.ofSeconds(2));
    /** A call may overrun its deadline by the time to the next check; more than this is a hang. */
    static final Duration BOUND = LIMITS.maxTime().multipliedBy(3);

    /**
     * Each input is read on this worker thread and waited for at most {@link #BOUND}, so that a hang is a
     * finding, not a stuck build. (JUnit's {@code @Timeout} would not do: in fuzzing mode it bounds
     * the whole fuzzing run.)
     */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "reader-fuzz");
        t.setDaemon(true);
        return t;
    });

    static final XxgkReader READER = Xxgk.builder().limits(LIMITS).build();

    /** PDFBox logs every damaged stream through java.util.logging; held here so that the setting is not collected. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    private static final Set<Reason> BUG_REASONS = Set.of(Reason.INTERNAL);
    private static final Set<Class<? extends RuntimeException>> PROGRAMMING_ERRORS = Set.of(
            NullPointerException.class, IndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException.class,
            StringIndexOutOfBoundsException.class, ClassCastException.class, IllegalStateException.class,
            IllegalArgumentException.class, ArithmeticException.class, NegativeArraySizeException.class,
            UnsupportedOperationException.class, java.util.NoSuchElementException.class,
            java.util.ConcurrentModificationException.class);

    @FuzzTest(maxDuration = "20s")
    void fuzzText(byte[] data) {
        read(data, "fuzz.txt", true);
    }

    @FuzzTest(maxDuration = "20s")
    void fuzzHtml(byte[] data) {
        read(data, "fuzz.html", true);
    }

    /**
     * PDFBox throws all sorts of runtime exceptions on damaged files: only errors and the boundary's bug codes count.
     */
    @FuzzTest(maxDuration = "20s")
    void fuzzPdf(byte[] data) {
        read(data, "fuzz.pdf", false);
    }

    private static void read(byte[] data, String name, boolean parserNeverThrows) {
        long start = System.nanoTime();
        Future<?> call = WORKER.submit(() -> {
            READER.read(data, name);
            return null;
        });
        try {
            call.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new AssertionError(
                    "no answer within " + BOUND + " for " + data.length + " bytes (limit " + LIMITS.maxTime() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable thrown = e.getCause();
            if (!(thrown instanceof XxgkException x)) {
                // not the one exception family: a finding, rethrown as it is
                if (thrown instanceof Error error) throw error;
                throw (RuntimeException) thrown;
            }
            check(x, name, parserNeverThrows);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time for %d bytes", data.length).isLessThan(BOUND);
    }

    private static void check(XxgkException e, String name, boolean parserNeverThrows) {
        assertThat(e.source()).isEqualTo(name);
        assertThat(e.getMessage()).startsWith(name + ": ");
        if (BUG_REASONS.contains(e.reason())) throw new AssertionError("a bug behind " + e.reason(), e);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof Error) throw new AssertionError("an Error behind " + e.reason() + ": " + c, e);
            if (parserNeverThrows && PROGRAMMING_ERRORS.contains(c.getClass())) {
                throw new AssertionError("a programming error behind " + e.reason() + ": " + c, e);
            }
        }
    }
}
