package org.xxgk.internal;

import java.util.Objects;

/**
 * A hook on the per-report rules, for the tests that prove a batch or a check over a folder runs
 * each rule once per report: the checker tells it every rule it runs. Off (one volatile read per
 * rule) unless a test listens; promises nothing.
 */
public final class RuleRuns {

    /** Told each per-report rule run: the report's source and the rule's id. */
    @FunctionalInterface
    public interface Listener {
        void ran(String source, String rule);
    }

    /** Stops the listening. */
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    private static volatile Listener listener;

    private RuleRuns() {}

    /** Listens until the returned handle is closed; one listener at a time. */
    public static synchronized Handle listen(Listener l) {
        Objects.requireNonNull(l, "l");
        if (listener != null) throw new IllegalStateException("a listener is already installed");
        listener = l;
        return () -> {
            synchronized (RuleRuns.class) {
                listener = null;
            }
        };
    }

    /** The checker ran {@code rule} on the report from {@code source}. */
    public static void ran(String source, String rule) {
        Listener l = listener;
        if (l != null) l.ran(source, rule);
    }
}
