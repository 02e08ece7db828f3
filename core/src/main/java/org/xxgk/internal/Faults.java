package org.xxgk.internal;

import java.util.List;

/**
 * Tells a parser's exception on a bad file from a defect of ours. An extractor translates the
 * first into a reason that blames the file; the second must surface as an internal error.
 */
public final class Faults {

    private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.");

    private Faults() {}

    /**
     * Whether {@code e} was thrown inside one of the given packages: the innermost frame outside
     * the JDK (a library's {@code ArrayList.get} out of bounds is the library's) is in one of them.
     */
    public static boolean thrownBy(Throwable e, String... packagePrefixes) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String owner = frame.getClassName();
            if (PLATFORM.stream().anyMatch(owner::startsWith)) continue;
            for (String prefix : packagePrefixes) {
                if (owner.startsWith(prefix)) return true;
            }
            return false;
        }
        return false;
    }
}
