package org.xxgk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * How long this JVM's JIT compilers have spent compiling, by the JVM's own count. A turn of the
 * bench during which they compiled is not steady state, and it is unfair to the ratio of two
 * threads over one: a one-thread run has the compiler working on the other processor for free, a
 * two-thread run shares its processors with it. The bench's code is large (PDFBox, Tabula, jsoup
 * and xxgk), and methods called once per document reach the optimising compiler only after
 * thousands of documents: in a mixed loop over the samples the optimising compiler still took about
 * half a processor 20 s in, and two threads sharing the machine with it read 1.2–1.6 times as fast
 * as one, against 1.8–2.0 while it was quiet.
 */
final class JitClock {

    /** Compiling for at most this share of a stretch of time leaves it quiet. */
    static final double QUIET_SHARE = 0.02;

    private final Optional<CompilationMXBean> compilers;

    private JitClock(Optional<CompilationMXBean> compilers) {
        this.compilers = compilers;
    }

    /** This JVM's count; one that keeps none (an interpreter-only JVM, say) is always quiet. */
    static JitClock ofThisJvm() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return new JitClock(Optional.ofNullable(bean).filter(CompilationMXBean::isCompilationTimeMonitoringSupported));
    }

    /** Milliseconds spent compiling since the JVM started, summed over the compiler threads. */
    long millis() {
        return compilers.map(CompilationMXBean::getTotalCompilationTime).orElse(0L);
    }

    /** Whether compiling {@code compiledMillis} in {@code elapsedNanos} of wall time is quiet. */
    static boolean quiet(long compiledMillis, long elapsedNanos) {
        return compiledMillis * 1e6 <= QUIET_SHARE * elapsedNanos;
    }
}
